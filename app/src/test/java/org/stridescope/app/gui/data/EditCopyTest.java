package org.stridescope.app.gui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Copy (Ctrl+C): what the views' right-click Copy copies, from the menu bar and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class EditCopyTest {
    /** The seed: b'aaabaaacaaadaaae' as >i4, shape (2, 2). */
    private static final byte[] SEED = "aaabaaacaaadaaae".getBytes(StandardCharsets.US_ASCII);
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        window = TestWindow.show(stage, model);
    }

    @BeforeEach
    void emptyClipboard() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("before");
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    private static String clipboard() {
        return onFx(() -> Clipboard.getSystemClipboard().getString());
    }

    /** NumPy's value of element k of the seed read as >i4 (big-endian int32). */
    private static String value(int k) {
        return Integer.toString(ByteBuffer.wrap(SEED, 4 * k, 4).getInt());
    }

    private Point2D centreOf(Node node, Bounds local) {
        assertThat(local).as("on screen").isNotNull();
        return node.localToScreen(local.getCenterX(), local.getCenterY());
    }

    private void clickElement(FxRobot robot, long... index) {
        robot.clickOn(centreOf(window.gridView(), onFx(() -> window.gridView().cellBounds(index))));
    }

    private void clickByte(FxRobot robot, long pos) {
        robot.clickOn(centreOf(window.hexView(), onFx(() -> window.hexView().byteBounds(pos))));
    }

    /**
     * What the system sends on a right-click (or the menu key): headless Monocle sends none, so
     * the request is made here; the menu it opens is then clicked as a person would.
     */
    private void requestMenu(Node view, Bounds cell) {
        Point2D screen = centreOf(view, cell);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> javafx.event.Event.fireEvent(view, new ContextMenuEvent(
                ContextMenuEvent.CONTEXT_MENU_REQUESTED, cell.getCenterX(), cell.getCenterY(), screen.getX(), screen.getY(),
                false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anElementThenEditCopyPutsItsValueOnTheClipboard(FxRobot robot) {
        clickElement(robot, 0, 1);
        robot.clickOn("#menu-edit");
        robot.clickOn(TestWindow.whenVisible(robot, "#menu-copy"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard()).isEqualTo(value(1));
        MenuItem copy = onFx(() -> window.menus().edit().getItems().stream()
                .filter(m -> "menu-copy".equals(m.getId())).findFirst().orElseThrow());
        assertThat(onFx(() -> copy.getAccelerator().getDisplayText())).isEqualTo("Ctrl+C");
    }

    @Test
    void ctrlCInTheBytesCopiesTheSelectedBytesAsHex(FxRobot robot) {
        clickByte(robot, 6);
        robot.press(KeyCode.SHIFT);
        clickByte(robot, 8);
        robot.release(KeyCode.SHIFT);
        ctrl(robot, KeyCode.C);
        assertThat(clipboard()).isEqualTo(String.format("%02x %02x %02x", SEED[6], SEED[7], SEED[8]));
    }

    @Test
    void ctrlCInTheArrayCopiesTheSelectedValue(FxRobot robot) {
        clickElement(robot, 1, 0);
        ctrl(robot, KeyCode.C);
        assertThat(clipboard()).isEqualTo(value(2));
    }

    @Test
    void rightClickCopyCopiesTheSameAsEditCopy(FxRobot robot) {
        clickElement(robot, 1, 1);
        requestMenu(window.gridView(), onFx(() -> window.gridView().cellBounds(new long[] {1, 1})));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.gridView().getContextMenu().isShowing())).as("the array's menu is open").isTrue();
        robot.clickOn(TestWindow.whenVisible(robot, "#view-copy"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard()).isEqualTo(value(3));
    }

    @Test
    void ctrlCInATextFieldCopiesTheFieldsText(FxRobot robot) {
        clickElement(robot, 0, 0); // a selection Edit > Copy would copy
        robot.doubleClickOn("#shape");
        ctrl(robot, KeyCode.A);
        ctrl(robot, KeyCode.C);
        assertThat(clipboard()).isEqualTo("2,2");
    }
}
