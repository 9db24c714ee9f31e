package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.hex.CoverageStrip;
import org.stridescope.app.gui.hex.HexLegend;
import org.stridescope.app.gui.hex.HexView;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Coverage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The learning views driven like a person would: stride arrows, the walk, coverage tint and
 * strip, header bytes. Layouts and counts are NumPy 1.24's.
 */
@ExtendWith(ApplicationExtension.class)
class LearningViewsTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        window = TestWindow.show(stage, model);
    }


    /** Runs on the FX thread, then lets the pulses it causes run. */
    private static void act(Runnable action) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private HexView hex() {
        return window.hexView();
    }

    private CoverageStrip strip(FxRobot robot) {
        return robot.lookup("#coverage-strip").queryAs(CoverageStrip.class);
    }

    /** Shows new bytes and layout, then waits for the strip's background result for it. */
    private void show(FxRobot robot, ByteSource bytes, long header, String dtype, String shape, String strides) {
        act(() -> {
            model.load(bytes, header);
            model.stridesTextProperty().set("");
            model.dtypeTextProperty().set(dtype);
            model.shapeTextProperty().set(shape);
            model.stridesTextProperty().set(strides);
        });
        assertThat(model.errorProperty().get()).isNull();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> strip(robot).resultArray() == model.array());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the coverage strip never caught up", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The hex view's tints of bytes from..to-1, asked in one go. */
    private java.util.List<javafx.scene.paint.Color> colours(long from, long to) {
        return onFx(() -> java.util.stream.LongStream.range(from, to).mapToObj(hex()::colourOf).toList());
    }

    private long[] lead() {
        return ((Selection.Elements) model.selection()).lead();
    }

    @Test
    void strideArrowsNameTheByteDistanceToEachNeighbour() {
        act(() -> model.selectElement(new long[] {0, 0}, false));
        // np.ndarray((2,2),'>i4',b).strides == (8, 4)
        assertThat(onFx(() -> hex().strideArrowLabels())).containsExactly("axis 0: +8 B", "axis 1: +4 B");
        act(() -> model.selectElement(new long[] {1, 1}, false));
        assertThat(onFx(() -> hex().strideArrowLabels())).containsExactly("axis 0, one back: -8 B", "axis 1, one back: -4 B");
        act(() -> hex().strideArrowsProperty().set(false));
        assertThat(onFx(() -> hex().strideArrowLabels())).isEmpty();
    }

    @Test
    void aBroadcastAxisIsALoopThatSaysEveryIndexReadsTheSameBytes(FxRobot robot) {
        // np.broadcast_to(np.frombuffer(bytes(16), '<i4'), (3, 4)).strides == (0, 4)
        show(robot, new HeapByteSource(new byte[16], "zeros"), 0, "<i4", "3,4", "0,4");
        act(() -> model.selectElement(new long[] {1, 2}, false));
        assertThat(onFx(() -> hex().strideArrowLabels()))
                .containsExactly("axis 0 stride 0: every index reads the same bytes", "axis 1: +4 B");
    }

    @Test
    void arrowLabelsLeaveTheBytesTheyPointAtReadable(FxRobot robot) {
        // Sliding windows on one row: np.ndarray((6, 3), '<i2', bytes(16), strides=(2, 2)); [1, 0] reads
        // bytes 2..3 and both arrows point at 4..5, all on the one row the labels could cover.
        show(robot, new HeapByteSource(new byte[16], "zeros"), 0, "<i2", "6,3", "2,2");
        act(() -> model.selectElement(new long[] {1, 0}, false));
        List<javafx.geometry.Rectangle2D> boxes = onFx(() -> hex().strideArrowLabelBoxes());
        assertThat(boxes).hasSize(2);
        for (long pos = 0; pos < 16; pos++) { // with room below the bytes, no label hides any of them
            long b = pos;
            javafx.geometry.Bounds at = onFx(() -> hex().byteBounds(b));
            assertThat(boxes).as("byte %d", pos).noneMatch(r -> r.intersects(at.getMinX(), at.getMinY(), at.getWidth(), at.getHeight()));
        }
    }

    @Test
    void playMovesTheSelectionAndStepMovesItOneElement(FxRobot robot) {
        act(() -> model.selectElement(new long[] {0, 0}, false));
        robot.clickOn("#walk-forward");
        assertThat(lead()).containsExactly(0, 1);
        robot.clickOn("#walk-back");
        assertThat(lead()).containsExactly(0, 0);
        robot.clickOn("#walk-play");
        try {
            WaitForAsyncUtils.waitFor(4, TimeUnit.SECONDS, () -> !java.util.Arrays.equals(lead(), new long[] {0, 0}));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("playing did not move the selection", e);
        }
        robot.clickOn("#walk-play"); // pause
        // The hex view follows: the selected element's bytes are the lit ones.
        assertThat(model.selectedBytesProperty().get()).containsExactly(model.array().bytesOf(lead()));
        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.array().flatIndex(lead())).isBetween(2L, 3L);
    }

    @Test
    void coverageTintCountsTheReadersOfSlidingWindows(FxRobot robot) {
        // w = as_strided(np.frombuffer(bytes(range(24)), '<i4'), (4, 3), (4, 4)); readers per byte:
        // [1]*4 + [2]*4 + [3]*8 + [2]*4 + [1]*4
        show(robot, new HeapByteSource(new byte[24], "zeros"), 0, "<i4", "4,3", "4,4");
        robot.clickOn("#toggle-coverage");
        long[] expected = {1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1};
        Palette p = hex().paletteProperty().get();
        java.util.List<javafx.scene.paint.Color> tints = colours(0, expected.length);
        for (int pos = 0; pos < expected.length; pos++) {
            assertThat(tints.get(pos)).as("byte %d", pos).isEqualTo(expected[pos] == 1 ? p.coverOnce() : p.coverSeveral());
        }
        Bounds cell = onFx(() -> hex().byteBounds(9));
        robot.moveTo(hex().localToScreen(cell.getCenterX(), cell.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusBar().getText()).contains("Pointer on byte 9", "read by 3 elements");
        assertThat(robot.lookup("#hex-legend").queryAs(HexLegend.class).texts())
                .contains("never read", "once", "several");
        CoverageStrip s = strip(robot);
        assertThat(s.kindAt(0)).isEqualTo(Coverage.Kind.ONCE);
        assertThat(s.kindAt(s.rows() / 2)).isEqualTo(Coverage.Kind.SEVERAL);
        assertThat(s.kindAt(s.rows() - 1)).isEqualTo(Coverage.Kind.ONCE);
    }

    @Test
    void coverageCountsARecordsPaddingAsNeverRead(FxRobot robot) {
        // np.dtype({'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [0, 4], 'itemsize': 12}), 3 records:
        // a reads byte 0, b bytes 4..7 of each record; 1..3 and 8..11 are padding, read by no element
        show(robot, new HeapByteSource(new byte[36], "zeros"), 0,
                "{'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [0, 4], 'itemsize': 12}", "3", "");
        robot.clickOn("#toggle-coverage");
        Palette p = hex().paletteProperty().get();
        java.util.List<javafx.scene.paint.Color> tints = colours(0, 36);
        for (int pos = 0; pos < 36; pos++) {
            int k = pos % 12;
            boolean field = k == 0 || (k >= 4 && k < 8);
            assertThat(tints.get(pos)).as("byte %d", pos).isEqualTo(field ? p.coverOnce() : p.coverNever());
        }
        assertThat(robot.lookup("#hex-legend").queryAs(HexLegend.class).texts())
                .contains("never read (padding too)", "once", "several");
        Bounds cell = onFx(() -> hex().byteBounds(14));
        robot.moveTo(hex().localToScreen(cell.getCenterX(), cell.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusBar().getText()).contains("Pointer on byte 14", "record [1], padding", "no field reads it");
        CoverageStrip s = strip(robot);
        assertThat(s.kindAt(0)).as("a's byte and padding").isIn(Coverage.Kind.PARTLY, Coverage.Kind.ONCE);
        boolean someNever = false;
        boolean someOnce = false;
        for (int r = 0; r < s.rows(); r++) {
            someNever |= s.kindAt(r) == Coverage.Kind.NEVER;
            someOnce |= s.kindAt(r) == Coverage.Kind.ONCE;
        }
        assertThat(someNever).as("rows of padding alone are never read").isTrue();
        assertThat(someOnce).isTrue();
        assertThat(java.util.stream.IntStream.range(0, s.rows()).mapToObj(s::kindAt))
                .as("no byte is read twice").doesNotContain(Coverage.Kind.SEVERAL);
    }

    @Test
    void coverageOfABroadcastIsSeveralEverywhereItReads(FxRobot robot) {
        // np.broadcast_to(x, (3, 4)) of 4 int32 (strides (0, 4)): each byte is read by all 3 rows.
        show(robot, new HeapByteSource(new byte[20], "zeros"), 0, "<i4", "3,4", "0,4");
        act(() -> hex().coverageProperty().set(true));
        Palette p = hex().paletteProperty().get();
        assertThat(colours(0, 16)).containsOnly(p.coverSeveral());
        assertThat(onFx(() -> hex().colourOf(17))).as("past the array").isEqualTo(p.coverNever());
        act(() -> model.hoverByte(5));
        assertThat(window.statusBar().getText()).contains("read by 3 elements");
        CoverageStrip s = strip(robot);
        assertThat(s.kindAt(0)).isEqualTo(Coverage.Kind.SEVERAL);
        assertThat(s.kindAt(s.rows() - 1)).isEqualTo(Coverage.Kind.NEVER);
    }

    @Test
    void clickingTheStripScrollsTheHexViewThereAndOnlyTheMarkerFollowsScrolling(FxRobot robot) {
        long size = 1 << 20;
        show(robot, new HeapByteSource(new byte[(int) size], "1 MiB"), 0, "|u1", "", "");
        CoverageStrip s = strip(robot);
        int paints = s.paints();
        Bounds b = s.getLayoutBounds();
        robot.clickOn(s.localToScreen(new Point2D(b.getWidth() / 2, b.getHeight() * 0.75)));
        WaitForAsyncUtils.waitForFxEvents();
        ByteRange visible = hex().visibleBytesProperty().get();
        long target = (long) (size * 0.75);
        long pixel = (long) Math.ceil(size / b.getHeight()); // bytes one pixel row of the strip stands for
        assertThat(visible.start()).isLessThanOrEqualTo(target + 2 * pixel);
        assertThat(visible.endExclusive()).isGreaterThan(target - 2 * pixel);
        double markerY = s.marker().getY();
        assertThat(markerY).isCloseTo(b.getHeight() * 0.75, org.assertj.core.data.Offset.offset(b.getHeight() * 0.05));
        act(() -> hex().skin().scrollBy(-5000, 0));
        assertThat(s.marker().getY()).isLessThan(markerY);
        assertThat(s.paints()).as("scrolling repaints only the marker").isEqualTo(paints);
    }

    @Test
    void headerBytesHaveTheirOwnTintAndLegendAndCountAsNeverRead(FxRobot robot) {
        // A .npy-like source: 8 header bytes, then 2 little-endian int32.
        show(robot, new HeapByteSource(new byte[16], "npy"), 8, "<i4", "2", "");
        act(() -> model.offsetTextProperty().set("8"));
        WaitForAsyncUtils.waitForFxEvents();
        Palette p = hex().paletteProperty().get();
        assertThat(onFx(() -> hex().colourOf(3))).isEqualTo(p.fileHeader());
        assertThat(onFx(() -> hex().colourOf(9))).isNotEqualTo(p.fileHeader());
        assertThat(robot.lookup("#hex-legend").queryAs(HexLegend.class).texts()).contains("header");
        assertThat(CoverageStrip.kindOf(model.array(), new ByteRange(0, 8), 8)).isEqualTo(Coverage.Kind.NEVER);
        assertThat(CoverageStrip.kindOf(model.array(), new ByteRange(4, 12), 8)).isEqualTo(Coverage.Kind.PARTLY);
        act(() -> model.hoverByte(2));
        assertThat(window.statusBar().getText()).contains("file header");
    }
}
