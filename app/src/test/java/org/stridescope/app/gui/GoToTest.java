package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stridescope.app.gui.TestWindow.onFx;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.model.GoToTarget;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.core.layout.ByteRange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Go To… (Ctrl+G) on the seed, typed into like a person would, and what it accepts. */
@ExtendWith(ApplicationExtension.class)
class GoToTest {
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        TestWindow.show(stage, model);
    }

    private void goTo(FxRobot robot, String text) {
        robot.clickOn("#hex-view");
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        robot.clickOn(TestWindow.whenVisible(robot, "#go-to-text"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    @Test
    void aByteOffsetInHexSelectsThatByteAndTheElementThatReadsIt(FxRobot robot) {
        goTo(robot, "0xd");
        assertThat(robot.lookup("#go-to-status").queryAs(Label.class).getText())
                .isEqualTo("byte 13 (0xd), read by 1 element");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection()).isEqualTo(new Selection.Bytes(13, 13));
        assertThat(model.selectedReadersProperty().get().first().get(0)).containsExactly(1, 1);
    }

    @Test
    void anIndexSelectsTheElementAndANegativeOneCountsFromTheEnd(FxRobot robot) {
        goTo(robot, "a[-1, 0]");
        assertThat(robot.lookup("#go-to-status").queryAs(Label.class).getText()).isEqualTo("element [1, 0], bytes 8..11");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Selection.Elements) model.selection()).lead()).containsExactly(1, 0);
        assertThat(model.selectedBytesProperty().get()).containsExactly(new ByteRange(8, 12));
    }

    @Test
    void somewhereThatIsNotThereSaysWhyAndCannotBeAccepted(FxRobot robot) {
        goTo(robot, "[2, 0]");
        assertThat(robot.lookup("#go-to-status").queryAs(Label.class).getText())
                .isEqualTo("index 2 is out of bounds for axis 0 with size 2");
        assertThat(robot.lookup("#go-to-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.selection())).isInstanceOf(Selection.Nothing.class);
    }

    @Test
    void theTextsItReads() {
        long[] shape = {2, 3};
        assertThat(GoToTarget.parse("1234", 5000, shape)).isEqualTo(new GoToTarget.Byte(1234));
        assertThat(GoToTarget.parse(" 0X4D2 ", 5000, shape)).isEqualTo(new GoToTarget.Byte(1234));
        assertThat(GoToTarget.parse("1_234", 5000, null)).isEqualTo(new GoToTarget.Byte(1234));
        assertThat(((GoToTarget.Element) GoToTarget.parse("(1, -1)", 5000, shape)).index()).containsExactly(1, 2);
        assertThat(((GoToTarget.Element) GoToTarget.parse("view[0,2]", 5000, shape)).index()).containsExactly(0, 2);
        assertThat(((GoToTarget.Element) GoToTarget.parse("1, 1", 5000, shape)).index()).containsExactly(1, 1);
        assertThat(((GoToTarget.Element) GoToTarget.parse("[]", 5000, new long[0])).index()).isEmpty();
        assertThat(((GoToTarget.Element) GoToTarget.parse("[4]", 5000, new long[] {5})).index()).containsExactly(4);
        assertThatThrownBy(() -> GoToTarget.parse("5000", 5000, shape)).hasMessageContaining("outside the buffer")
                .hasMessageContaining("5,000 bytes");
        assertThatThrownBy(() -> GoToTarget.parse("0xzz", 5000, shape)).hasMessageContaining("decimal (1234) or hex (0x4d2)");
        assertThatThrownBy(() -> GoToTarget.parse("[1]", 5000, shape)).hasMessage(
                "the array has 2 dimensions (shape (2, 3)), so an element needs 2 indices, not 1.");
        assertThatThrownBy(() -> GoToTarget.parse("[1, x]", 5000, shape)).hasMessageContaining("'x' is not an index");
        assertThatThrownBy(() -> GoToTarget.parse("[0, 0]", 5000, null)).hasMessageContaining("no array");
        assertThatThrownBy(() -> GoToTarget.parse("  ", 5000, shape)).hasMessageContaining("Type a byte offset");
    }
}
