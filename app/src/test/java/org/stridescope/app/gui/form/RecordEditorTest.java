package org.stridescope.app.gui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The record editor (Fields… by the dtype field), used with the keyboard on the seed's 16 bytes. */
@ExtendWith(ApplicationExtension.class)
class RecordEditorTest {
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        model.shapeTextProperty().set(""); // np.frombuffer: as many records as the bytes hold
        TestWindow.show(stage, model);
    }

    private void open(FxRobot robot) {
        robot.clickOn("#edit-fields");
        TestWindow.whenVisible(robot, "#record-fields");
    }

    private void typeInto(FxRobot robot, String id, String text) {
        robot.clickOn(TestWindow.whenVisible(robot, id));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    private String summary(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#record-summary").queryAs(Label.class).getText();
    }

    @Test
    void twoFieldsAlignedShowTheirPaddingAndBecomeTheArraysRecords(FxRobot robot) {
        open(robot);
        robot.clickOn("#field-add");
        typeInto(robot, "#field-name", "a");
        typeInto(robot, "#field-type", "u1");
        robot.clickOn("#field-add");
        typeInto(robot, "#field-name", "b");
        typeInto(robot, "#field-type", "<i4");
        assertThat(summary(robot)).isEqualTo("itemsize 5 · no padding");
        robot.clickOn("#record-align");
        assertThat(summary(robot)).isEqualTo("itemsize 8 · padding: bytes 1..3 after 'a'");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.dtypeTextProperty().get()).isEqualTo("np.dtype([('a', 'u1'), ('b', '<i4')], align=True)");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(onFx(() -> model.arrayProperty().get().layout().dtype().itemsize())).isEqualTo(8);
        assertThat(onFx(() -> model.arrayProperty().get().layout().shape())).containsExactly(2);

        // one undo step puts the old dtype back
        robot.clickOn("#hex-view");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.dtypeTextProperty().get()).isEqualTo(">i4");
    }

    @Test
    void opensOnTheRecordTypedAndShowsNumpysErrorWithOkOff(FxRobot robot) {
        onFx(() -> {
            model.dtypeTextProperty().set("[('x', '<f4'), ('y', '<i2', (2,))]");
            return null;
        });
        open(robot);
        assertThat(onFx(() -> robot.lookup("#record-fields").queryAs(TableView.class).getItems().size())).isEqualTo(2);
        assertThat(summary(robot)).isEqualTo("itemsize 8 · no padding");
        robot.clickOn(robot.lookup("#record-fields").queryAs(TableView.class));
        robot.type(KeyCode.DOWN);
        typeInto(robot, "#field-name", "x");
        assertThat(summary(robot)).isEqualTo("ValueError: field 'x' occurs more than once");
        Node ok = robot.lookup("#record-ok").query();
        assertThat(ok.isDisabled()).isTrue();
        robot.type(KeyCode.ENTER); // does nothing while the table is not a dtype
        typeInto(robot, "#field-name", "y");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn("#field-up");
        assertThat(summary(robot)).isEqualTo("itemsize 8 · no padding");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.dtypeTextProperty().get()).isEqualTo("[('x', '<f4'), ('y', '<i2', (2,))]");
    }

    @Test
    void okOnAnUntouchedRecordKeepsItsTitlesAndItsItemsize(FxRobot robot) {
        String typed = "{'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [0, 4], 'titles': [None, 'Beta'], 'itemsize': 16}";
        onFx(() -> {
            model.dtypeTextProperty().set(typed);
            return null;
        });
        org.stridescope.core.dtype.DType before = org.stridescope.core.dtype.DType.parse(typed);
        open(robot);
        assertThat(onFx(() -> robot.lookup("#record-itemsize").queryAs(javafx.scene.control.TextField.class).getText()))
                .isEqualTo("16");
        robot.clickOn(robot.lookup("#record-fields").queryAs(TableView.class));
        robot.type(KeyCode.DOWN);
        assertThat(onFx(() -> robot.lookup("#field-title").queryAs(javafx.scene.control.TextField.class).getText())).isEqualTo("Beta");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // The same dtype NumPy makes of the typed text: b still titled 'Beta', 16 bytes a record (11 of them padding).
        assertThat(org.stridescope.core.dtype.DType.parse(model.dtypeTextProperty().get())).isEqualTo(before);
        assertThat(onFx(() -> model.arrayProperty().get().layout().dtype().itemsize())).isEqualTo(16);
    }
}
