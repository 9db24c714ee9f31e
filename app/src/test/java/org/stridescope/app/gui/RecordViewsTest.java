package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.List;
import java.util.stream.LongStream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.grid.ArrayGridView;
import org.stridescope.app.gui.hex.HexLegend;
import org.stridescope.app.gui.hex.HexView;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.RecordSelectionTest;
import org.stridescope.app.gui.view.Palette;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A record array in the window, clicked like a person would: NumPy 1.24's
 * {@code np.frombuffer(b, np.dtype([('a','u1'),('b','<i4')], align=True))}, four records of 8
 * bytes (a at 0, padding 1..3, b at 4..7), values {@code [(1, 2), (3, 4), (5, 6), (7, 8)]}.
 */
@ExtendWith(ApplicationExtension.class)
class RecordViewsTest {
    private MainViewModel model;
    private MainWindow window;
    private org.stridescope.app.gui.learn.LearnFeature learn;

    @Start
    void start(Stage stage) {
        model = RecordSelectionTest.records();
        WindowAssembly assembled = TestWindow.showAssembled(stage, model);
        window = assembled.window();
        learn = assembled.learn();
        stage.requestFocus();
    }

    private HexView hex() {
        return window.hexView();
    }

    private ArrayGridView grid() {
        return window.gridView();
    }

    private Palette palette() {
        return hex().paletteProperty().get();
    }

    private List<Color> colours(long from, long to) {
        return onFx(() -> LongStream.range(from, to).mapToObj(hex()::colourOf).toList());
    }

    private static Point2D centre(javafx.scene.Node node, Bounds b) {
        assertThat(b).as("on screen").isNotNull();
        return node.localToScreen(b.getCenterX(), b.getCenterY());
    }

    @Test
    void eachFieldHasItsColourInEveryRecordAndPaddingIsNotRead(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Palette p = palette();
        assertThat(colours(0, 8)).containsExactly(p.field(0, false), p.gap(), p.gap(), p.gap(),
                p.field(1, false), p.field(1, false), p.field(1, false), p.field(1, false));
        // Record [1] (odd): the same fields, a shade apart so neighbouring records stay distinct.
        assertThat(colours(8, 16)).containsExactly(p.field(0, true), p.gap(), p.gap(), p.gap(),
                p.field(1, true), p.field(1, true), p.field(1, true), p.field(1, true));
        assertThat(colours(16, 17)).containsExactly(p.field(0, false));
        assertThat(p.field(0, false)).isNotEqualTo(p.field(1, false)).isNotEqualTo(p.field(0, true));
        assertThat(robot.lookup("#hex-legend").queryAs(HexLegend.class).texts())
                .startsWith("a", "b", "padding, not read");
        assertThat(onFx(() -> grid().fieldColumnNames())).containsExactly("a", "b");
        assertThat(onFx(() -> grid().fieldCellBounds(new long[] {2}, 1))).isNotNull();
    }

    @Test
    void clickingAFieldCellLightsThatFieldsBytesOnlyAndTheRowHeaderTheWholeRecord(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Palette p = palette();
        robot.clickOn(centre(grid(), onFx(() -> grid().fieldCellBounds(new long[] {1}, 1))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(colours(12, 16)).containsOnly(p.selection());
        assertThat(colours(8, 12)).doesNotContain(p.selection());
        assertThat(colours(16, 32)).doesNotContain(p.selection());
        assertThat(onFx(() -> grid().fieldColourOf(new long[] {1}, 1))).isEqualTo(p.selection());
        assertThat(onFx(() -> grid().fieldColourOf(new long[] {1}, 0))).isNotEqualTo(p.selection());
        assertThat(window.statusBar().getText()).contains("Record [1]", "field b", "bytes 12..15", "value 4");
        // Explain adds the field's named offset to the record's address
        assertThat(onFx(() -> learn.panel().elementText())).contains("Element a[1], field b",
                "offset + i·s0 + 4 (b) = 0 + 1·8 + 4 = 12   →\u00A0bytes\u00A012..15");

        Bounds a2 = onFx(() -> grid().fieldCellBounds(new long[] {2}, 0));
        robot.clickOn(grid().localToScreen(a2.getMinX() - 8, a2.getCenterY())); // the row header "2"
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(colours(16, 24)).containsOnly(p.selection());
        assertThat(colours(12, 16)).doesNotContain(p.selection());
        assertThat(onFx(() -> grid().fieldColourOf(new long[] {2}, 0))).isEqualTo(p.selection());
        assertThat(onFx(() -> grid().fieldColourOf(new long[] {2}, 1))).isEqualTo(p.selection());
    }

    @Test
    void pointingAtAFieldCellLightsThatFieldsBytesNotTheWholeRecord(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Palette p = palette();
        robot.moveTo(centre(grid(), onFx(() -> grid().fieldCellBounds(new long[] {2}, 1))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(colours(20, 24)).as("field b of record 2").containsOnly(p.hover());
        assertThat(colours(16, 20)).as("field a and the padding").doesNotContain(p.hover());
        assertThat(onFx(() -> grid().fieldColourOf(new long[] {2}, 1))).isEqualTo(p.hover());
        assertThat(onFx(() -> grid().fieldColourOf(new long[] {2}, 0))).isNotEqualTo(p.hover());
        assertThat(window.statusBar().getText()).contains("record [2]", "field b", "bytes 20..23", "value 6");

        robot.moveTo(centre(grid(), onFx(() -> grid().fieldCellBounds(new long[] {2}, 0))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(colours(16, 17)).as("now field a").containsOnly(p.hover());
        assertThat(colours(20, 24)).doesNotContain(p.hover());
    }

    @Test
    void clickingAByteNamesItsRecordAndField(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(centre(hex(), onFx(() -> hex().byteBounds(13))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusBar().getText()).contains("record [1], field b, byte 2 of 4");
        robot.clickOn(centre(hex(), onFx(() -> hex().byteBounds(25))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusBar().getText()).contains("record [3], padding: byte 2 of 8, no field reads it");
    }

    @Test
    void aRecordOfAHundredThousandFieldsPaintsOnlyTheCellsInSight() {
        onFx(() -> {
            model.load(new org.stridescope.core.buffer.HeapByteSource(new byte[20 * 100_008], "wide records"));
            model.dtypeTextProperty().set("[('t','<f8'),('data','u1',(100000,))]");
            model.shapeTextProperty().set("");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.array().fields().columns()).isEqualTo(100_001);
        assertThat(onFx(() -> grid().paintedCells())).isBetween(1, 2_000);
        assertThat(onFx(() -> grid().fieldColumnNames().subList(0, 3))).containsExactly("t", "data[0]", "data[1]");
        Palette p = palette();
        assertThat(colours(8, 10)).containsOnly(p.field(1, false));
        assertThat(colours(100_008, 100_009)).containsOnly(p.field(0, true));
    }
}
