package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.SourceLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new user tripped on in the window (issue 16, "Wrong or confusing"), each driven as a
 * person would, on the seed bytes {@code b'aaabaaacaaadaaae'} as {@code >i4}, shape (2, 2).
 */
@ExtendWith(ApplicationExtension.class)
class NewUserTripsTest {
    private MainViewModel model;
    private WindowAssembly assembled;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindow.seedModel();
        assembled = TestWindow.showAssembled(stage, model);
    }

    private MainWindow window() {
        return assembled.window();
    }

    private void show(String hexText, String dtype, String shape, String strides, String offset) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.load(SourceLoader.paste(hexText));
            model.setLayout(dtype, shape, strides, offset);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String bytesUpTo(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(String.format("%02x", i));
        }
        return sb.toString();
    }

    // ---- 1 ----------------------------------------------------------------------------------

    @Test
    void theSliceLabelSaysWhichSliceTheAxisSpinnerShows(FxRobot robot) {
        show(bytesUpTo(48), "<i2", "3,2,2", "", "0");
        Label slice = robot.lookup(".slice-text").queryAs(Label.class);
        assertThat(slice.getText()).isEqualTo("showing a[0, :, :]");
        robot.clickOn("#axis-0-index").type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup(".slice-text").queryAs(Label.class).getText())).isEqualTo("showing a[1, :, :]");
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup(".slice-text").queryAs(Label.class).getText())).isEqualTo("showing a[2, :, :]");
        // np.ndarray((3,2,2), '<i2', bytes(range(48)))[2, 1, 1] == 5910
        assertThat(onFx(() -> window().gridView().visibleText(new long[] {2, 1, 1}))).isEqualTo("5910");
    }
}
