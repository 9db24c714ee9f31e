package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.grid.ArrayGridView;
import org.stridescope.app.gui.hex.HexView;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.model.UserPrefs;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the spirit of Flowless's cell-count tests: however big the array or the file, a frame
 * paints only the cells that fit on screen, and the far end is reachable.
 */
@ExtendWith(ApplicationExtension.class)
class OnlyVisibleCellsArePaintedTest {
    static final long GIB16 = org.stridescope.app.gui.bench.UiBenchmark.pattern16Gib().size();

    private MainViewModel model;
    private MainWindow window;

    /** 16 GiB of bytes that exist only as a formula: no file, no memory (the UI benchmark's). */
    static ByteSource sixteenGib() {
        return org.stridescope.app.gui.bench.UiBenchmark.pattern16Gib();
    }

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        window = WindowAssembly.build(model, UserPrefs.defaults()).window();
        stage.setScene(StridescopeApp.scene(window, 1400, 900));
        stage.show();
    }

    private int maxVisibleGridCells() {
        ArrayGridView g = window.gridView();
        // At most one partly visible row and column more than fit: rows of >= 10 px, columns of >= 20 px.
        return (int) ((g.getHeight() / 10 + 1) * (g.getWidth() / 20 + 1));
    }

    @Test
    void aMillionByMillionBroadcastPaintsOnlyTheVisibleCells(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.load(new HeapByteSource(new byte[] {42}, "one byte"));
            model.dtypeTextProperty().set("u1");
            model.shapeTextProperty().set("1000000,1000000");
            model.stridesTextProperty().set("0,0");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).isNull();
        int painted = window.gridView().paintedCells();
        assertThat(painted).isPositive().isLessThan(maxVisibleGridCells());

        Bounds first = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> window.gridView().cellBounds(new long[] {0, 0})));
        robot.clickOn(window.gridView().localToScreen(first.getCenterX(), first.getCenterY()));
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        assertThat(((Selection.Elements) model.selection()).lead()).containsExactly(999_999, 999_999);
        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> window.gridView().visibleText(new long[] {999_999, 999_999})))).isEqualTo("42");
        assertThat(window.gridView().paintedCells()).isPositive().isLessThan(maxVisibleGridCells());
        // The one byte is read by all 10^12 elements, and the status bar says so.
        HexView hex = window.hexView();
        Bounds b = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> hex.byteBounds(0)));
        robot.clickOn(hex.localToScreen(b.getCenterX(), b.getCenterY()));
        assertThat(model.selectedReadersProperty().get().count()).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void aSixteenGibSourceScrollsToItsLastByteAndPaintsOneScreenful(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.load(sixteenGib());
            model.dtypeTextProperty().set("<f8");
            model.shapeTextProperty().set("");
        });
        WaitForAsyncUtils.waitForFxEvents();
        HexView hex = window.hexView();
        int perScreen = (int) ((hex.getHeight() / 10 + 1) * 16);
        assertThat(hex.paintedCells()).isPositive().isLessThanOrEqualTo(perScreen);
        Bounds b = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> hex.byteBounds(0)));
        robot.clickOn(hex.localToScreen(b.getCenterX(), b.getCenterY()));
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        assertThat(model.selection()).isEqualTo(new Selection.Bytes(GIB16 - 1, GIB16 - 1));
        assertThat(hex.firstVisibleRow()).isGreaterThan(GIB16 / 16 - 100);
        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> hex.byteBounds(GIB16 - 1)))).isNotNull();
        // The grid followed: the element that reads the last byte is on screen.
        long last = GIB16 / 8 - 1;
        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> window.gridView().cellBounds(new long[] {last})))).isNotNull();
        assertThat(hex.paintedCells()).isPositive().isLessThanOrEqualTo(perScreen);
    }
}
