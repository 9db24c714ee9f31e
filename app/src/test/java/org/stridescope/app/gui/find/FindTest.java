package org.stridescope.app.gui.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.core.layout.ByteRange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Find… on the seed b'aaabaaacaaadaaae' as >i4 (2, 2), typed into as a person would. */
@ExtendWith(ApplicationExtension.class)
class FindTest {
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        TestWindow.show(stage, model);
    }

    private void find(FxRobot robot, String text) {
        robot.clickOn("#hex-view");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.clickOn(TestWindow.whenVisible(robot, "#find-text"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text).type(KeyCode.ENTER);
    }

    private String countLine(FxRobot robot) {
        return onFx(() -> robot.lookup("#find-count").queryAs(Label.class).getText());
    }

    private void waitForCount(FxRobot robot, String text) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.equals(countLine(robot)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the find bar says '" + countLine(robot) + "', not '" + text + "'");
        }
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aHexPatternIsCountedAndF3StepsTheHexSelectionThroughTheMatches(FxRobot robot) {
        find(robot, "61 61 61");
        waitForCount(robot, "match 1 of 4");
        assertThat(onFx(model::selection)).isEqualTo(new Selection.Bytes(0, 2));
        key(robot, KeyCode.F3);
        assertThat(onFx(model::selection)).isEqualTo(new Selection.Bytes(4, 6));
        assertThat(onFx(() -> model.selectedBytesProperty().get())).containsExactly(new ByteRange(4, 7));
        assertThat(countLine(robot)).isEqualTo("match 2 of 4");
        // the grid: the element that reads these bytes is the one lit
        assertThat(onFx(() -> model.selectedReadersProperty().get().first().get(0))).containsExactly(0, 1);
        key(robot, KeyCode.SHIFT, KeyCode.F3);
        key(robot, KeyCode.SHIFT, KeyCode.F3);
        assertThat(onFx(model::selection)).isEqualTo(new Selection.Bytes(12, 14)); // round the start to the last
        assertThat(countLine(robot)).isEqualTo("match 4 of 4");
    }

    @Test
    void aValueUnderTheDtypeIsFoundAndListedWithTheElementThatReadsIt(FxRobot robot) {
        robot.clickOn("#hex-view");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.clickOn(TestWindow.whenVisible(robot, "#find-mode"));
        robot.clickOn(TestWindow.whenVisible(robot, FindMode.VALUE.toString()));
        find(robot, "1633771876");
        waitForCount(robot, "match 1 of 1");
        assertThat(onFx(model::selection)).isEqualTo(new Selection.Bytes(8, 11));
        assertThat(onFx(() -> model.selectedReadersProperty().get().first().get(0))).containsExactly(1, 0);
        @SuppressWarnings("unchecked")
        ListView<Integer> list = robot.lookup("#found-list").queryAs(ListView.class);
        assertThat(onFx(() -> list.getItems().size())).isEqualTo(1);
        assertThat(onFx(() -> ((FoundList) list).describe(0))).isEqualTo("byte 8 (0x8), to 11: read by a[1, 0]");
        assertThat(robot.lookup("#find-tolerance").query().isVisible()).isFalse(); // integers are found exactly

        // as >f2, 61 61 is 688.5 and 61 62 is 689.0 (NumPy: np.frombuffer(seed, '>f2', 1, i)): within 1 of 688
        // at the 8 places 61 61 starts and at byte 2
        onFx(() -> {
            model.dtypeTextProperty().set(">f2");
            model.shapeTextProperty().set("8");
            return null;
        });
        robot.clickOn(TestWindow.whenVisible(robot, "#find-tolerance"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("1");
        find(robot, "688");
        waitForCount(robot, "match 1 of 9");
    }

    @Test
    void aPatternThatDoesNotReadSaysWhatToFixAndANewFileForgetsTheMatches(FxRobot robot) {
        find(robot, "61 zz");
        waitForCount(robot, countLine(robot)); // the answer is at once: no search starts
        assertThat(countLine(robot)).startsWith("line 1, column 4: expected a hex digit");
        find(robot, "64");
        waitForCount(robot, "match 1 of 1");
        onFx(() -> {
            model.load(new org.stridescope.core.buffer.HeapByteSource(new byte[] {1, 2, 3}, "other"));
            return null;
        });
        assertThat(countLine(robot)).isEmpty();
        key(robot, KeyCode.F3); // nothing to step through: the bar is there to search again
        assertThat(onFx(model::selection)).isInstanceOf(Selection.Nothing.class);
    }

    @Test
    void aLongSearchShowsItsProgressAndCancelStopsIt(FxRobot robot) {
        // A gigabyte that comes slowly, as from a slow disk.
        org.stridescope.core.buffer.ByteSource slow = new org.stridescope.core.buffer.ByteSource() {
            @Override
            public long size() {
                return 1L << 30;
            }

            @Override
            public byte get(long pos) {
                return 0;
            }

            @Override
            public void read(long pos, byte[] dst, int off, int len) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                java.util.Arrays.fill(dst, off, off + len, (byte) 0);
            }

            @Override
            public String name() {
                return "slow";
            }
        };
        onFx(() -> {
            model.load(slow);
            return null;
        });
        find(robot, "01");
        robot.clickOn(TestWindow.whenVisible(robot, "#find-cancel"));
        waitForCount(robot, "cancelled");
        assertThat(robot.lookup("#find-progress").tryQuery().map(javafx.scene.Node::isVisible)).contains(false);
        assertThat(robot.lookup("#find-run").query().isDisabled()).isFalse(); // ready to search again
    }
}
