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

    // ---- 2 ----------------------------------------------------------------------------------

    private void retype(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean marked(FxRobot robot, String field) {
        return onFx(() -> robot.lookup(field).query().getStyleClass().contains("error"));
    }

    /** True if the node is wholly inside the form's visible part. */
    private boolean inSightInForm(FxRobot robot, String query) {
        return onFx(() -> {
            javafx.scene.Node pane = window().lookup(".form-scroll");
            javafx.geometry.Bounds view = pane.localToScreen(pane.getBoundsInLocal());
            javafx.scene.Node n = robot.lookup(query).query();
            javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
            return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
        });
    }

    @Test
    void aNegativeOffsetIsMarkedOnTheOffsetFieldWhichStaysInSight(FxRobot robot) {
        retype(robot, "#offset", "-4");
        assertThat(model.errorProperty().get()).isNotNull();
        assertThat(marked(robot, "#offset")).as("the offset carries the message").isTrue();
        assertThat(marked(robot, "#shape")).as("the shape is fine").isFalse();
        assertThat(inSightInForm(robot, "#offset")).isTrue();
    }

    @Test
    void aShapeTooBigForTheBytesIsMarkedOnTheShapeField(FxRobot robot) {
        retype(robot, "#shape", "3,3");
        // np.ndarray((3,3), '>i4', b'aaabaaacaaadaaae'): TypeError: buffer is too small for requested array
        assertThat(model.errorProperty().get().getMessage()).isEqualTo("buffer is too small for requested array");
        assertThat(marked(robot, "#shape")).as("the shape carries the message").isTrue();
        assertThat(marked(robot, "#offset")).isFalse();
        assertThat(inSightInForm(robot, "#shape")).isTrue();
    }

    @Test
    void anOffsetThatPushesTheArrayPastTheEndIsMarkedOnTheOffsetJustTyped(FxRobot robot) {
        retype(robot, "#offset", "4");
        assertThat(model.errorProperty().get().getMessage()).isEqualTo("buffer is too small for requested array");
        assertThat(marked(robot, "#offset")).isTrue();
        assertThat(marked(robot, "#shape")).isFalse();
    }

    @Test
    void withStridesGivenTheOffsetJustTypedCarriesTheMessageNotTheStrides(FxRobot robot) {
        retype(robot, "#strides", "8,4");
        assertThat(model.errorProperty().get()).isNull();
        retype(robot, "#offset", "4");
        // np.ndarray((2,2), '>i4', b'aaabaaacaaadaaae', offset=4, strides=(8,4)):
        // ValueError: strides is incompatible with shape of requested array and size of buffer
        assertThat(model.errorProperty().get().getMessage())
                .isEqualTo("strides is incompatible with shape of requested array and size of buffer");
        assertThat(marked(robot, "#offset")).as("the field the user just changed").isTrue();
        assertThat(marked(robot, "#strides")).isFalse();
        // Typing the shape next moves the mark to the shape: (1, 2) fits, (3, 2) does not.
        retype(robot, "#shape", "3,2");
        assertThat(marked(robot, "#shape")).isTrue();
        assertThat(marked(robot, "#offset")).isFalse();
    }

    // ---- 3 ----------------------------------------------------------------------------------

    @Test
    void theLastValidArrayIsTheOneBeforeTheEditNotAHalfTypedValue(FxRobot robot) {
        retype(robot, "#shape", "3,3");
        // "3" alone was a valid (3,) on the way; the array the user had was (2, 2).
        assertThat(model.staleProperty().get()).isTrue();
        assertThat(model.array().layout().shape()).containsExactly(2, 2);
        assertThat(onFx(() -> ((Label) window().lookup("#array-summary")).getText())).contains("shape (2, 2)");
        assertThat(onFx(() -> window().gridView().visibleText(new long[] {1, 1}))).isEqualTo("1633771877");
        // A valid value typed next is shown at once, and the edit after it starts from there.
        retype(robot, "#shape", "4");
        assertThat(model.staleProperty().get()).isFalse();
        assertThat(model.array().layout().shape()).containsExactly(4);
        robot.clickOn("#offset");
        retype(robot, "#shape", "4,4");
        assertThat(model.array().layout().shape()).containsExactly(4);
    }
}
