package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.model.LayoutHistory;
import org.stridescope.app.gui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Undo and Redo over the layout, used with the keyboard as a person would, on the seed. */
@ExtendWith(ApplicationExtension.class)
class LayoutUndoTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        window = TestWindow.show(stage, model);
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        robot.clickOn("#hex-view"); // out of the text fields: there Ctrl+Z is the field's own
        robot.press(KeyCode.CONTROL);
        robot.press(keys).release(keys);
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem editItem(String id) {
        return onFx(() -> window.menus().edit().getItems().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow());
    }

    @Test
    void ctrlZStepsBackThroughFillsTypingAndOperationsAndCtrlShiftZForward(FxRobot robot) {
        String seedStrides = field(robot, "#strides");
        assertThat(editItem("menu-undo").isDisable()).as("nothing to undo yet").isTrue();

        robot.clickOn("#fill-f-order");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#strides")).isEqualTo("4,8");
        // typing "4,1" over the shape is one step, not three
        robot.doubleClickOn("#shape").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("4,1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).isEqualTo("4,1");
        robot.clickOn("#button-transpose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.exprTextProperty().get()).isEqualTo("a.T");
        assertThat(editItem("menu-undo").getText()).isEqualTo("_Undo expression");

        shortcut(robot, KeyCode.Z);
        assertThat(model.exprTextProperty().get()).isEmpty();
        assertThat(field(robot, "#shape")).isEqualTo("4,1");
        assertThat(editItem("menu-undo").getText()).isEqualTo("_Undo shape");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "#shape")).isEqualTo("2,2");
        assertThat(field(robot, "#strides")).isEqualTo("4,8");
        assertThat(model.array().value(new long[] {1, 0})).as("the F-order array is back").isEqualTo("1633771875");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "#strides")).isEqualTo(seedStrides);
        assertThat(model.array().value(new long[] {1, 0})).isEqualTo("1633771876");
        assertThat(editItem("menu-undo").isDisable()).isTrue();

        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertThat(field(robot, "#strides")).isEqualTo("4,8");
        shortcut(robot, KeyCode.Y);
        assertThat(field(robot, "#shape")).isEqualTo("4,1");
        assertThat(editItem("menu-redo").getText()).isEqualTo("_Redo expression");
        // a new change after undoing forgets what could have been redone
        robot.clickOn("#fill-c-order");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editItem("menu-redo").isDisable()).isTrue();
    }
}
