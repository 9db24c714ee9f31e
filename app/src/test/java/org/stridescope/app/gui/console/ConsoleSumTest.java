package org.stridescope.app.gui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.SourceLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A float32 sum over a Fortran-order view prints NumPy's last digit: NumPy adds in memory order,
 * so summing in index order would print 6633.333. Expected text from NumPy 1.24:
 * np.ndarray((20, 10), '<f4', (np.arange(200, dtype='f4') / np.float32(3)).tobytes(), 0, (4, 80)).sum().
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleSumTest {
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindow.seedModel();
        TestWindow.show(stage, model);
    }

    private static String thirds() {
        ByteBuffer b = ByteBuffer.allocate(800).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 200; i++) {
            b.putFloat(i / 3f);
        }
        return HexFormat.of().formatHex(b.array());
    }

    private void typeInto(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSumOverAFortranOrderViewPrintsNumpysLastDigit(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.load(SourceLoader.paste(thirds()));
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        typeInto(robot, "#dtype", "<f4");
        typeInto(robot, "#shape", "20, 10");
        robot.clickOn("#fill-f-order");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.array().layout().strides())).containsExactly(4, 80);

        typeInto(robot, "#expr", "a.sum()");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String transcript = onFx(() -> robot.lookup("#console-text").queryAs(TextArea.class).getText());
        assertThat(transcript.substring(transcript.lastIndexOf(">>> a.sum()")))
                .contains("A number, not a view").endsWith("\n6633.3335\n");
    }
}
