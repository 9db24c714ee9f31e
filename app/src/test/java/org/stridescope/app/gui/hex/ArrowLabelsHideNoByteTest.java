package org.stridescope.app.gui.hex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.layout.ByteRange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #16 item 12: in a hex view full of bytes (a small window, every row holding bytes) the
 * stride arrows' labels hide no byte's hex text and no other label, and still name each stride,
 * as the selection, the scroll and the bytes per row change.
 */
@ExtendWith(ApplicationExtension.class)
class ArrowLabelsHideNoByteTest {
    private MainViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindow.seedModel();
        window = TestWindow.show(stage, model);
    }

    private HexView hex() {
        return window.hexView();
    }

    /** 512 bytes (0, 7, 14, ... wrapping) in a window 900 wide, read with that layout. */
    private void showFullView(int windowHeight, String dtype, String shape, String strides) {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setWidth(900);
            stage.setHeight(windowHeight);
            model.load(new HeapByteSource(bytes, "full"));
            model.setLayout(dtype, shape, strides, "0");
            hex().strideArrowsProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).isNull();
    }

    private void chooseRowWidth(FxRobot robot, int bytes) {
        robot.clickOn("#row-width");
        robot.clickOn(bytes + " bytes per row");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hex().bytesPerRowProperty().get()).isEqualTo(bytes);
    }

    private void select(long... index) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.selectElement(index, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every label and tag box against every hex pair in sight and against each other. */
    private void assertLabelsHideNoByte(String when) {
        List<Rectangle2D> boxes = onFx(() -> {
            List<Rectangle2D> all = new ArrayList<>(hex().strideArrowLabelBoxes());
            all.addAll(hex().strideArrowTagBoxes());
            return all;
        });
        assertThat(boxes).as(when).isNotEmpty();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("%s: labels %s and %s overlap", when, boxes.get(i), boxes.get(j)).isFalse();
            }
        }
        ByteRange inSight = onFx(() -> hex().visibleBytesProperty().get());
        assertThat(inSight.length()).as("%s: the view is full, with more bytes than fit", when).isLessThan(512);
        List<Bounds> cells = onFx(() -> java.util.stream.LongStream.range(inSight.start(), inSight.endExclusive())
                .mapToObj(hex()::byteBounds).filter(java.util.Objects::nonNull).toList());
        assertThat(cells.size()).as(when).isGreaterThanOrEqualTo(16);
        for (Bounds cell : cells) {
            assertThat(boxes).as("%s: a label over the hex pair at %s", when, cell)
                    .noneMatch(r -> r.intersects(cell.getMinX(), cell.getMinY(), cell.getWidth(), cell.getHeight()));
        }
    }

    @Test
    void inAFullViewNoLabelHidesAByteOrAnotherLabel(FxRobot robot) {
        // np.ndarray((4, 4, 8), '<i4', bytes(512)).strides == (128, 32, 4)
        showFullView(800, "<i4", "4,4,8", "");
        for (int width : new int[] {16, 8}) {
            chooseRowWidth(robot, width);
            select(2, 2, 4);
            assertThat(onFx(() -> hex().strideArrowLabels()))
                    .containsExactly("axis 0: +128 B", "axis 1: +32 B", "axis 2: +4 B");
            assertLabelsHideNoByte(width + " bytes per row, [2, 2, 4]");
            List<Rectangle2D> tags = onFx(() -> hex().strideArrowTagBoxes());
            assertThat(tags).as("the arrows in sight carry their tags").isNotEmpty();
            // nor does a tag sit between the selected element's bytes 336..339, where it would read as one of them
            Bounds first = onFx(() -> hex().byteBounds(336));
            Bounds last = onFx(() -> hex().byteBounds(339));
            assertThat(tags).noneMatch(t -> t.intersects(first.getMinX(), first.getMinY(), last.getMaxX() - first.getMinX(), first.getHeight()));

            long before = onFx(() -> hex().firstVisibleRow());
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> hex().skin().scrollBy(1, 0));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> hex().firstVisibleRow())).isEqualTo(before + 1);
            assertLabelsHideNoByte(width + " bytes per row, scrolled");

            select(3, 3, 7); // the last element: every neighbour is one back
            assertThat(onFx(() -> hex().strideArrowLabels()))
                    .containsExactly("axis 0, one back: -128 B", "axis 1, one back: -32 B", "axis 2, one back: -4 B");
            assertLabelsHideNoByte(width + " bytes per row, [3, 3, 7]");
        }
    }

    @Test
    void aBroadcastAxisKeepsItsWordsInAFullView(FxRobot robot) {
        // np.lib.stride_tricks.as_strided(np.frombuffer(bytes(512), '<i4'), (4, 4, 8), (0, 32, 4))
        showFullView(600, "<i4", "4,4,8", "0,32,4"); // the smallest window: a few rows of bytes
        chooseRowWidth(robot, 8);
        select(1, 1, 3);
        assertThat(onFx(() -> hex().strideArrowLabels()))
                .containsExactly("axis 0 stride 0: every index reads the same bytes", "axis 1: +32 B", "axis 2: +4 B");
        assertLabelsHideNoByte("a stride-0 axis");
    }
}
