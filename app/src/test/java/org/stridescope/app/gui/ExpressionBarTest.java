package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.layout.ByteRange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The expression bar and console typed into like a person would, on the seed
 * {@code a = np.ndarray((2,2), '>i4', b'aaabaaacaaadaaae')}. Values are NumPy 1.24's.
 */
@ExtendWith(ApplicationExtension.class)
class ExpressionBarTest {
    // >>> a.T
    private static final String A_T_REPR = """
            array([[1633771874, 1633771876],
                   [1633771875, 1633771877]], dtype=int32)""";

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        window = TestWindow.show(stage, model);
    }


    private static void apply(FxRobot robot, String expression) {
        robot.clickOn("#expr");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        if (!expression.isEmpty()) {
            robot.write(expression);
        }
        robot.type(KeyCode.ENTER);
    }

    private static String field(FxRobot robot) {
        return robot.lookup("#expr").queryAs(TextField.class).getText();
    }

    private static String console(FxRobot robot) {
        return robot.lookup("#console-text").queryAs(TextArea.class).getText();
    }

    private void click(FxRobot robot, javafx.scene.Node node, Bounds local) {
        assertThat(local).as("on screen").isNotNull();
        Point2D p = node.localToScreen(local.getCenterX(), local.getCenterY());
        robot.clickOn(p);
    }

    @Test
    void typingATransposeSwapsTheGridsAxesAndTheHighlightingFollows(FxRobot robot) {
        apply(robot, "a.T");
        // a.T.tolist() == [[1633771874, 1633771876], [1633771875, 1633771877]]
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {0, 1}))).isEqualTo("1633771876");
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {1, 0}))).isEqualTo("1633771875");
        // a.T[0, 1] is a[1, 0]: bytes 8..11 light up
        click(robot, window.gridView(), onFx(() -> window.gridView().cellBounds(new long[] {0, 1})));
        assertThat(model.selectedBytesProperty().get()).containsExactly(new ByteRange(8, 12));
        Palette p = window.hexView().paletteProperty().get();
        for (long pos = 0; pos < 16; pos++) {
            long b = pos;
            assertThat(onFx(() -> window.hexView().colourOf(b))).as("byte %d", pos)
                    .matches(c -> (b >= 8 && b <= 11) == p.selection().equals(c));
        }
        // byte 13 is in a[1, 1], element [1, 1] of a.T
        click(robot, window.hexView(), onFx(() -> window.hexView().byteBounds(13)));
        assertThat(model.selectedReadersProperty().get().first()).containsExactly(new long[] {1, 1});
        assertThat(onFx(() -> window.gridView().colourOf(new long[] {1, 1}))).isEqualTo(p.readers());
    }

    @Test
    void aBadExpressionShowsNumpysMessageAndTheLastArrayStays(FxRobot robot) {
        apply(robot, "a.T");
        apply(robot, "a[5]");
        Label message = robot.lookup("#expr-error-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("index 5 is out of bounds for axis 0 with size 2");
        assertThat(robot.lookup("#expr-error-type").queryAs(Label.class).getText()).isEqualTo("IndexError:");
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {0, 1}))).isEqualTo("1633771876");
        assertThat(model.staleProperty().get()).isTrue();
        assertThat(console(robot)).endsWith(">>> a[5]\nIndexError: index 5 is out of bounds for axis 0 with size 2\n");
        // Still usable: a good expression clears it.
        apply(robot, "a");
        assertThat(message.getParent().getParent().isVisible()).isFalse();
        assertThat(model.staleProperty().get()).isFalse();
    }

    @Test
    void ctrlLFromTheGridPutsTheCursorInTheExpressionBar(FxRobot robot) {
        var cell = onFx(() -> window.gridView().cellBounds(new long[] {1, 1}));
        robot.clickOn(window.gridView().localToScreen(cell.getCenterX(), cell.getCenterY()));
        assertThat(onFx(() -> window.gridView().isFocused())).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.write("a.T").type(KeyCode.ENTER);
        assertThat(model.exprTextProperty().get()).isEqualTo("a.T");
        // np.ndarray((2,2), '>i4', b'aaabaaacaaadaaae').T[0, 1]
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {0, 1}))).isEqualTo("1633771876");
    }

    @Test
    void upBringsBackThePreviousExpressionsAndEscapeTheAppliedOne(FxRobot robot) {
        apply(robot, "a.T");
        apply(robot, "a[::-1]");
        robot.write("a[0");
        robot.type(KeyCode.UP);
        assertThat(field(robot)).isEqualTo("a[::-1]");
        robot.type(KeyCode.UP);
        assertThat(field(robot)).isEqualTo("a.T");
        robot.type(KeyCode.DOWN, 2);
        assertThat(field(robot)).isEqualTo("a[::-1]a[0");
        robot.type(KeyCode.ESCAPE);
        assertThat(field(robot)).isEqualTo("a[::-1]");
        robot.type(KeyCode.UP, 2).type(KeyCode.ENTER);
        assertThat(model.exprTextProperty().get()).isEqualTo("a.T");
    }

    @Test
    void theConsoleShowsThePromptLineAndNumpysPrintOut(FxRobot robot) {
        apply(robot, "a.T");
        assertThat(console(robot)).isEqualTo(">>> a.T\n" + A_T_REPR + "\n");
        apply(robot, "");
        assertThat(console(robot)).startsWith(">>> a.T\n").contains("\n>>> a\narray([[1633771874, 1633771875],");
        robot.clickOn("#console-clear");
        assertThat(console(robot)).isEmpty();
    }

    @Test
    void theTransposeButtonWritesDotTOntoTheExpression(FxRobot robot) {
        apply(robot, "a[::2]");
        robot.clickOn("#button-transpose");
        assertThat(field(robot)).isEqualTo("a[::2].T");
        // a[::2].T: shape (2, 1), strides (4, 16)
        assertThat(model.array().layout().strides()).containsExactly(4, 16);
        assertThat(console(robot)).endsWith(">>> a[::2].T\narray([[1633771874],\n       [1633771875]], dtype=int32)\n");
        robot.clickOn("#button-reset");
        assertThat(field(robot)).isEmpty();
        assertThat(model.array().layout().strides()).containsExactly(8, 4);
    }

    @Test
    void flipAxisFromTheButtonAndTheViewMenu(FxRobot robot) {
        robot.clickOn("#button-flip");
        robot.clickOn("Axis 1 (length 2)   np.flip(…, 1)");
        assertThat(field(robot)).isEqualTo("np.flip(a, 1)");
        // np.flip(a, 1): strides (8, -4), offset 4
        assertThat(model.array().layout().strides()).containsExactly(8, -4);
        assertThat(model.array().layout().offset()).isEqualTo(4);
        robot.clickOn("#menu-view").clickOn("#menu-array").clickOn("#menu-flip");
        robot.clickOn("Axis 0 (length 2)   np.flip(…, 0)");
        assertThat(field(robot)).isEqualTo("np.flip(np.flip(a, 1), 0)");
        // np.flip(np.flip(a, 1), 0): strides (-8, -4), offset 12
        assertThat(model.array().layout().strides()).containsExactly(-8, -4);
        assertThat(model.array().layout().offset()).isEqualTo(12);
    }

    @Test
    void theSliceDialogWritesTheSliceAndAppliesIt(FxRobot robot) {
        robot.clickOn("#button-slice");
        robot.clickOn(TestWindow.whenVisible(robot, "#slice-step-0")).write("-1");
        robot.clickOn("#slice-start-1").write("1");
        assertThat(robot.lookup("#slice-preview").queryAs(Label.class).getText()).isEqualTo("a[::-1, 1:]");
        robot.clickOn("OK");
        assertThat(field(robot)).isEqualTo("a[::-1, 1:]");
        // a[::-1, 1:]: shape (2, 1), strides (-8, 4), offset 12
        assertThat(model.array().layout().shape()).containsExactly(2, 1);
        assertThat(model.array().layout().offset()).isEqualTo(12);
    }

    @Test
    void broadcastFromTheViewMenu(FxRobot robot) {
        robot.clickOn("#menu-view").clickOn("#menu-array").clickOn("#menu-broadcast");
        javafx.scene.control.TextField shape = (javafx.scene.control.TextField) TestWindow.whenVisible(robot, "#dialog-shape");
        assertThat(shape.getText()).isEqualTo("2,2");
        robot.clickOn(shape).press(KeyCode.HOME).release(KeyCode.HOME).write("3,");
        robot.clickOn("OK");
        assertThat(field(robot)).isEqualTo("np.broadcast_to(a, (3, 2, 2))");
        // np.broadcast_to(a, (3, 2, 2)).strides == (0, 8, 4)
        assertThat(model.array().layout().strides()).containsExactly(0, 8, 4);
    }
}
