package org.stridescope.app.gui.rawimage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.core.analysis.RowWidthFinder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > Find Row Width… on a raw image file, used as a person would: a 40-row uint8 picture 37
 * pixels wide whose rows are padded to 40 bytes (junk in the padding), opened read-only as raw bytes.
 */
@ExtendWith(ApplicationExtension.class)
class FindRowWidthTest {
    static final int ROWS = 40;
    static final int WIDTH = 37;
    static final int PITCH = 40;
    @TempDir
    static Path dir;
    private static byte[] bytes;
    private MainViewModel model;
    private MainWindow window;

    /** A smooth picture (a gradient and a bright disc) with a little noise; 0xee..0xf0 in the padding. */
    static byte[] paddedPicture() {
        Random noise = new Random(14);
        byte[] b = new byte[ROWS * PITCH];
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < PITCH; x++) {
                int v;
                if (x >= WIDTH) {
                    v = 0xee + x - WIDTH;
                } else {
                    double disc = Math.hypot(x - 18, y - 20) < 9 ? 120 : 0;
                    v = (int) Math.max(0, Math.min(255, 2 * x + 2 * y + disc + noise.nextGaussian() * 2));
                }
                b[y * PITCH + x] = (byte) v;
            }
        }
        return b;
    }

    @Start
    void start(Stage stage) throws IOException {
        bytes = paddedPicture();
        Path file = dir.resolve("frame.raw");
        Files.write(file, bytes);
        model = new MainViewModel();
        model.open(file);
        model.dtypeTextProperty().set("u1");
        window = TestWindow.show(stage, model);
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        robot.clickOn("#hex-view"); // out of the text fields
        robot.press(KeyCode.CONTROL);
        robot.press(keys).release(keys);
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long value(int row, int column) {
        return Long.parseLong(onFx(() -> model.array().value(new long[] {row, column})));
    }

    @SuppressWarnings("unchecked")
    private ListView<RowWidthFinder.Candidate> candidates(FxRobot robot) {
        return robot.lookup("#find-row-width-candidates").queryAs(ListView.class);
    }

    @Test
    void theTruePitchComesFirstAndChoosingItSetsALayoutThatUndoes(FxRobot robot) throws Exception {
        assertThat(field(robot, "#shape")).isEmpty(); // np.frombuffer: 1600 bytes in a row
        shortcut(robot, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !onFx(() -> candidates(robot).getItems().isEmpty()));
        assertThat(onFx(() -> candidates(robot).getItems().get(0).bytes())).isEqualTo(PITCH);
        assertThat(text(robot, "#find-row-width-found")).contains("u1 from byte 0 of ").contains("frame.raw");
        assertThat(field(robot, "#shape")).as("finding alone changes nothing").isEmpty();

        robot.clickOn(TestWindow.whenVisible(robot, "#find-row-width-candidates .list-cell"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#find-row-width-candidates .list-cell").nth(0).queryAs(javafx.scene.control.ListCell.class)
                .getText()).startsWith("40 bytes = 40 × |u1, score ").endsWith("(best)");
        assertThat(field(robot, "#shape")).isEqualTo("40,40");
        assertThat(field(robot, "#strides")).isEqualTo("40,1");
        assertThat(value(1, 0)).isEqualTo(bytes[PITCH] & 0xff);
        assertThat(value(39, 39)).as("the padding is still in the picture").isEqualTo(0xee + 2);
        assertThat(text(robot, "#find-row-width-padding")).isEqualTo("no row padding");

        // narrowing the width within the pitch leaves the padding out
        robot.doubleClickOn("#find-row-width-width .text-field");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("37").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).isEqualTo("40,37");
        assertThat(field(robot, "#strides")).isEqualTo("40,1");
        assertThat(value(39, 36)).isEqualTo(bytes[39 * PITCH + 36] & 0xff);
        assertThat(text(robot, "#find-row-width-padding")).startsWith("row padding: 3 bytes per row, bytes no element reads");
        robot.clickOn("#find-row-width-tint");
        assertThat(onFx(() -> window.lookup("#hex-view") instanceof org.stridescope.app.gui.hex.HexView h
                && h.coverageProperty().get())).as("the tint that marks the padding never read").isTrue();

        // ÷2 halves width and pitch; ×2 doubles them back
        robot.clickOn("#find-row-width-half");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).isEqualTo("80,18"); // (1600 - 18) / 20 + 1 whole rows
        assertThat(field(robot, "#strides")).isEqualTo("20,1");
        assertThat(value(1, 0)).isEqualTo(bytes[20] & 0xff);
        robot.clickOn("#find-row-width-double");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).isEqualTo("40,36");
        assertThat(field(robot, "#strides")).isEqualTo("40,1");

        // RGB: three elements a pixel, in the same pitch
        robot.clickOn("#find-row-width-channels-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).isEqualTo("40,13,3");
        assertThat(field(robot, "#strides")).isEqualTo("40,3,1");
        assertThat(text(robot, "#find-row-width-padding")).startsWith("row padding: 1 byte per row");

        // each step undoes on its own, back to the bytes in one row
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "#shape")).isEqualTo("40,36");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "#shape")).isEqualTo("80,18");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "#shape")).isEqualTo("40,37");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "#shape")).isEqualTo("40,40");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "#shape")).isEmpty();
        assertThat(field(robot, "#strides")).isEmpty();
        assertThat(onFx(() -> model.array().layout().ndim())).isEqualTo(1);
    }

    @Test
    void draggingTheWidthSliderRedrawsAsItMovesAndUndoesInOneStep(FxRobot robot) throws Exception {
        robot.clickOn("#menu-view").clickOn("#menu-find-row-width");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !onFx(() -> candidates(robot).getItems().isEmpty()));
        robot.clickOn(TestWindow.whenVisible(robot, "#find-row-width-candidates .list-cell"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).isEqualTo("40,40");
        // with the pitch kept, the thumb runs over widths 1..40: dragging left narrows the rows
        robot.drag("#find-row-width-slider .thumb").moveBy(-30, 0).moveBy(-30, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        String shape = field(robot, "#shape");
        assertThat(shape).startsWith("40,").isNotEqualTo("40,40");
        long width = Long.parseLong(shape.substring(3));
        assertThat(width).isLessThan(40);
        assertThat(field(robot, "#strides")).isEqualTo("40,1");
        assertThat(onFx(() -> model.array().layout().shape(1))).isEqualTo(width);
        assertThat(text(robot, "#find-row-width-padding")).startsWith("row padding: " + (40 - width) + " bytes per row");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "#shape")).as("the whole drag is one step").isEqualTo("40,40");
    }

    @Test
    void bytesReadAsTextGetAMessageSayingWhatToChange(FxRobot robot) throws Exception {
        robot.doubleClickOn("#dtype").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("S4");
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#find-row-width-problem").isEmpty());
        assertThat(text(robot, "#find-row-width-problem")).startsWith("row widths need numbers, not |S4")
                .contains("Set the dtype to numbers (u1 for 8-bit gray or RGB bytes)").doesNotContain("--dtype");
        assertThat(onFx(() -> candidates(robot).getItems())).isEmpty();
        assertThat(field(robot, "#shape")).isEmpty();
    }
}
