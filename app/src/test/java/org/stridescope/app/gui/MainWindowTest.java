package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.grid.ArrayGridView;
import org.stridescope.app.gui.hex.HexView;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.model.SourceLoader;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.layout.ByteRange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window driven like a person would: real clicks and keys on the seed bytes
 * {@code b'aaabaaacaaadaaae'} read as {@code >i4}, shape (2, 2). Values are NumPy 1.24's.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
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

    private ArrayGridView grid() {
        return window.gridView();
    }

    private Point2D centreOf(javafx.scene.Node node, Bounds local) {
        assertThat(local).as("the cell is on screen").isNotNull();
        return node.localToScreen(local.getCenterX(), local.getCenterY());
    }

    private void clickElement(FxRobot robot, long... index) {
        Bounds b = onFx(() -> grid().cellBounds(index));
        robot.clickOn(centreOf(grid(), b));
    }

    private void clickByte(FxRobot robot, long pos) {
        Bounds b = onFx(() -> hex().byteBounds(pos));
        robot.clickOn(centreOf(hex(), b));
    }

    @Test
    void theGridShowsNumpysValuesOfTheSeedBytes() {
        WaitForAsyncUtils.waitForFxEvents();
        // np.ndarray((2,2), '>i4', b'aaabaaacaaadaaae').tolist()
        assertThat(onFx(() -> grid().visibleText(new long[] {0, 0}))).isEqualTo("1633771874");
        assertThat(onFx(() -> grid().visibleText(new long[] {0, 1}))).isEqualTo("1633771875");
        assertThat(onFx(() -> grid().visibleText(new long[] {1, 0}))).isEqualTo("1633771876");
        assertThat(onFx(() -> grid().visibleText(new long[] {1, 1}))).isEqualTo("1633771877");
        assertThat(grid().paintedCells()).isEqualTo(4);
    }

    @Test
    void clickingAnElementLightsUpTheBytesItReads(FxRobot robot) {
        clickElement(robot, 1, 0);
        assertThat(((Selection.Elements) model.selection()).lead()).containsExactly(1, 0);
        assertThat(model.selectedBytesProperty().get()).containsExactly(new ByteRange(8, 12));
        Palette p = hex().paletteProperty().get();
        for (long pos = 0; pos < 16; pos++) {
            long b = pos;
            assertThat(onFx(() -> hex().colourOf(b))).as("byte %d", pos)
                    .matches(c -> (b >= 8 && b <= 11) == p.selection().equals(c));
        }
        assertThat(window.statusBar().getText()).contains("[1, 0]", "8..11", "1633771876");
    }

    @Test
    void clickingAByteSelectsTheElementThatReadsIt(FxRobot robot) {
        clickByte(robot, 13);
        assertThat(model.selection()).isEqualTo(new Selection.Bytes(13, 13));
        assertThat(model.selectedReadersProperty().get().count()).isEqualTo(1);
        assertThat(model.selectedReadersProperty().get().first().get(0)).containsExactly(1, 1);
        assertThat(window.statusBar().getText()).contains("Byte 13", "read by 1 element: [1, 1]");
        Palette p = grid().paletteProperty().get();
        assertThat(onFx(() -> grid().colourOf(new long[] {1, 1}))).isEqualTo(p.readers());
        assertThat(onFx(() -> grid().colourOf(new long[] {1, 0}))).isNull();
    }

    @Test
    void typingAStrideThatDoesNotFitShowsNumpysMessageAndKeepsTheArray(FxRobot robot) {
        ShownArray before = model.array();
        robot.clickOn("#strides").write("8,8");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("strides is incompatible with shape of requested array and size of buffer");
        assertThat(model.array()).isSameAs(before);
        assertThat(model.staleProperty().get()).isTrue();
        // The message sits below the fields (none of them moved for it), in sight; the strides are
        // marked; and the fill buttons keep their words.
        Node box = message.getParent();
        Bounds last = onFx(() -> robot.lookup("#offset").query().localToScreen(robot.lookup("#offset").query().getBoundsInLocal()));
        Bounds shown = onFx(() -> box.localToScreen(box.getBoundsInLocal()));
        assertThat(shown.getMinY()).isGreaterThan(last.getMaxY() - 2);
        assertThat(robot.lookup("#strides").query().getStyleClass()).contains("error");
        assertThat(onFx(() -> ((Label) window.lookup("#status-error")).getText())).as("the message is in sight however the form is scrolled")
                .contains("strides is incompatible");
        for (String id : new String[] {"#fill-c-order", "#fill-f-order"}) {
            javafx.scene.control.Button b = robot.lookup(id).queryAs(javafx.scene.control.Button.class);
            assertThat(onFx(() -> b.getWidth() >= b.prefWidth(-1) - 0.5)).as(id + " not cut short").isTrue();
        }
        // Still usable: fixing the stride brings the array back.
        robot.eraseText(3).write("8,4");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(message.getParent().isVisible()).isFalse();
    }

    @Test
    void aDtypeNumpyDoesNotKnowIsExplainedAndTheDtypeFieldMarked(FxRobot robot) {
        robot.clickOn(robot.lookup("#dtype").queryAs(javafx.scene.control.ComboBox.class).getEditor())
                .press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(">i9");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("data type '>i9' not understood");
        assertThat(robot.lookup("#error-message").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#error-type").queryAs(Label.class).getText()).isEqualTo("TypeError in dtype");
        assertThat(robot.lookup("#dtype").queryAs(javafx.scene.control.ComboBox.class).getEditor().getStyleClass()).contains("error");
        assertThat(onFx(() -> ((Label) window.lookup("#array-summary")).getText())).contains("last valid: ");
    }

    @Test
    void arrowKeysMoveTheElementSelectionAndItsBytesFollow(FxRobot robot) {
        clickElement(robot, 0, 0);
        robot.type(KeyCode.RIGHT);
        assertThat(((Selection.Elements) model.selection()).lead()).containsExactly(0, 1);
        assertThat(model.selectedBytesProperty().get()).containsExactly(new ByteRange(4, 8));
        robot.type(KeyCode.DOWN);
        assertThat(((Selection.Elements) model.selection()).lead()).containsExactly(1, 1);
        assertThat(model.selectedBytesProperty().get()).containsExactly(new ByteRange(12, 16));
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertThat(model.selectedBytesProperty().get()).containsExactly(new ByteRange(8, 16));
    }

    @Test
    void arrowKeysMoveTheByteSelectionAndItsReaderFollows(FxRobot robot) {
        clickByte(robot, 3);
        assertThat(model.selectedReadersProperty().get().first().get(0)).containsExactly(0, 0);
        robot.type(KeyCode.RIGHT);
        assertThat(model.selection()).isEqualTo(new Selection.Bytes(4, 4));
        assertThat(model.selectedReadersProperty().get().first().get(0)).containsExactly(0, 1);
        robot.type(KeyCode.END);
        assertThat(model.selection()).isEqualTo(new Selection.Bytes(15, 15));
        assertThat(model.selectedReadersProperty().get().first().get(0)).containsExactly(1, 1);
    }

    @Test
    void draggingOverBytesHighlightsEveryElementThatReadsThem(FxRobot robot) {
        Point2D from = centreOf(hex(), onFx(() -> hex().byteBounds(2)));
        Point2D to = centreOf(hex(), onFx(() -> hex().byteBounds(9)));
        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY).dropTo(to);
        assertThat(model.selection()).isEqualTo(new Selection.Bytes(2, 9));
        assertThat(model.selectedReadersProperty().get().count()).isEqualTo(3);
        assertThat(window.statusBar().getText()).contains("read by 3 elements");
    }

    @Test
    void shiftClickSelectsABoxOfElementsAndTheUnionOfTheirBytes(FxRobot robot) {
        clickElement(robot, 0, 1);
        robot.press(KeyCode.SHIFT);
        clickElement(robot, 1, 1);
        robot.release(KeyCode.SHIFT);
        assertThat(model.selectedBytesProperty().get()).containsExactly(new ByteRange(4, 8), new ByteRange(12, 16));
    }

    @Test
    void theByteOrderButtonsRewriteTheDtype(FxRobot robot) {
        robot.clickOn("#order-little");
        assertThat(model.dtypeTextProperty().get()).isEqualTo("<i4");
        robot.clickOn("#order-big");
        assertThat(model.dtypeTextProperty().get()).isEqualTo(">i4");
    }

    @Test
    void hoveringAnElementLightsItsBytesLighter(FxRobot robot) {
        Bounds b = onFx(() -> grid().cellBounds(new long[] {0, 1}));
        robot.moveTo(centreOf(grid(), b));
        assertThat(model.hoverElementProperty().get()).containsExactly(0, 1);
        Palette p = hex().paletteProperty().get();
        assertThat(onFx(() -> hex().colourOf(5))).isEqualTo(p.hover());
        assertThat(onFx(() -> hex().colourOf(8))).isNotEqualTo(p.hover());
    }

    @Test
    void oneHexRowCanBeTheStrideOfAnAxisSoTheArraysRowsLineUp(FxRobot robot) {
        robot.clickOn("#row-width");
        robot.clickOn("stride of axis 0 (8 bytes)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hex().bytesPerRowProperty().get()).isEqualTo(8);
        Bounds row0 = onFx(() -> hex().byteBounds(0));
        Bounds row1 = onFx(() -> hex().byteBounds(8));
        assertThat(row1.getMinX()).isEqualTo(row0.getMinX());
        assertThat(row1.getMinY()).isGreaterThan(row0.getMinY());
    }

    @Test
    void aSnapshotIsAPngOfTheWholeWindow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path png = dir.resolve("shot.png");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            try {
                org.stridescope.app.gui.data.WindowPicture.writePng(stage.getScene(), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    private void show(String hexText, String dtype, String shape, String strides, String offset) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.load(SourceLoader.paste(hexText));
            model.dtypeTextProperty().set(dtype);
            model.shapeTextProperty().set(shape);
            model.stridesTextProperty().set(strides);
            model.offsetTextProperty().set(offset);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String bytes0to47() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 48; i++) {
            sb.append(String.format("%02x", i));
        }
        return sb.toString();
    }

    @Test
    void bytesAreTintedByWhatTheArrayMakesOfThem() {
        // np.ndarray((3,4), '<i2', bytes(range(48)), offset=2, strides=(16,2)):
        // element [i, j] reads bytes 2+16i+2j and the next; rows read 2..9, 18..25, 34..41.
        show(bytes0to47(), "<i2", "3,4", "16,2", "2");
        Palette p = hex().paletteProperty().get();
        assertThat(onFx(() -> hex().colourOf(0))).as("before the array").isNull();
        assertThat(onFx(() -> hex().colourOf(2))).as("[0, 0]").isEqualTo(p.readEven());
        assertThat(onFx(() -> hex().colourOf(3))).as("[0, 0]").isEqualTo(p.readEven());
        assertThat(onFx(() -> hex().colourOf(4))).as("[0, 1]").isEqualTo(p.readOdd());
        assertThat(onFx(() -> hex().colourOf(10))).as("gap between rows").isEqualTo(p.gap());
        assertThat(onFx(() -> hex().colourOf(41))).as("[2, 3]").isEqualTo(p.readOdd());
        assertThat(onFx(() -> hex().colourOf(42))).as("after the array").isNull();
        // np.ndarray(...)[1, 2] == 5910
        assertThat(onFx(() -> grid().visibleText(new long[] {1, 2}))).isEqualTo("5910");
    }

    @Test
    void theOtherAxesIndexPicksWhichSliceOfAThreeDimensionalArrayIsShown(FxRobot robot) {
        show(bytes0to47(), "<i2", "2,2,2", "", "0");
        assertThat(onFx(() -> grid().visibleText(new long[] {0, 1, 1}))).isNotNull();
        assertThat(onFx(() -> grid().visibleText(new long[] {1, 1, 1}))).isNull();
        robot.clickOn("#axis-0-index").type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid().planeProperty().get().fixed()).containsExactly(1, 0, 0);
        // np.ndarray((2,2,2), '<i2', bytes(range(48)))[1].tolist() == [[2312, 2826], [3340, 3854]]
        assertThat(onFx(() -> grid().visibleText(new long[] {1, 1, 1}))).isEqualTo("3854");
    }

    @Test
    void aSelectedElementComesIntoSightEvenWhenItsValuesWidenTheColumns(FxRobot robot) {
        // float32 thirds: 0.0, 0.33333334, 0.6666667, 1.0, ... (10 characters where the seed had 10 digits, then wider)
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(100 * 37 * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 100 * 37; i++) {
            b.putFloat(i / 3f - 600f);
        }
        // Selected before the grid has painted any of these values (as --select does): it scrolls to a
        // column near the right edge with the old widths, then the values widen the columns.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.load(new org.stridescope.core.buffer.HeapByteSource(b.array(), "thirds"));
            model.setLayout("<f4", "100,37", "", "0");
            model.selectElement(new long[] {3, 5}, false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> grid().visibleText(new long[] {3, 5}))).as("the selected element is in sight")
                .isEqualTo(model.array().value(new long[] {3, 5}));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.selectElement(new long[] {90, 30}, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> grid().visibleText(new long[] {90, 30}))).as("and one far away too")
                .isEqualTo(model.array().value(new long[] {90, 30}));
    }

    @Test
    void typingANameInTheDtypeFieldOffersMatchingTypes(FxRobot robot) {
        robot.doubleClickOn("#dtype");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("int16");
        // Suggestions come from a background thread after a short pause: wait for them, however busy the machine.
        java.util.function.Supplier<List<String>> offered = () -> robot.lookup(".auto-complete-popup .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream().map(c -> String.valueOf(c.getItem())).toList();
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> offered.get().containsAll(List.of("<i2", ">i2")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no <i2 / >i2 among the suggestions " + offered.get(), e);
        }
        // Free text is still taken as typed: NumPy knows 'int16'.
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.array().layout().dtype().str()).isEqualTo("<i2");
    }
}
