package org.stridescope.app.gui.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.picture.Colormap;
import org.stridescope.core.picture.Picture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Picture tab driven like a person would, on a (24, 32) float32 ramp (value 0.5 * (32 r + c) - 3):
 * pixels and bytes linked both ways, the black and white points dragged, the wheel's zoom, and the
 * colours on screen being core's rule.
 */
@ExtendWith(ApplicationExtension.class)
class PictureViewTest {
    static final int H = 24;
    static final int W = 32;

    private MainViewModel model;
    private MainWindow window;
    private WindowAssembly assembled;
    private Stage stage;

    static double valueAt(long r, long c) {
        return 0.5 * (r * W + c) - 3;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ByteBuffer b = ByteBuffer.allocate(H * W * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < H * W; i++) {
            b.putFloat((float) valueAt(i / W, i % W));
        }
        model = new MainViewModel();
        model.load(new HeapByteSource(b.array(), "ramp"));
        model.dtypeTextProperty().set("<f4");
        model.shapeTextProperty().set(H + "," + W);
        assembled = TestWindow.showAssembled(stage, model);
        window = assembled.window();
    }

    private PicturePane pane() {
        return assembled.picture().pane();
    }

    private PictureView view() {
        return pane().view();
    }

    /** Brings the Picture tab in front by clicking it. */
    private void openPicture(FxRobot robot) {
        robot.clickOn("#tab-picture");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view().isVisible() && view().getWidth() > 0)).isTrue();
    }

    /** Where on screen the pixel (r, c) is, at fraction (fx, fy) of its square. */
    private Point2D onScreen(long r, long c, double fx, double fy) {
        return onFx(() -> {
            Point2D at = view().screenOf(r, c);
            double z = view().zoom();
            return view().canvas().localToScreen(at.getX() + fx * z, at.getY() + fy * z);
        });
    }

    @Test
    void clickingAPixelSelectsItsElementAndLightsItsBytes(FxRobot robot) {
        openPicture(robot);
        robot.clickOn(onScreen(5, 7, 0.5, 0.5));
        assertThat(((Selection.Elements) model.selection()).lead()).containsExactly(5, 7);
        long first = 4L * (5 * W + 7);
        assertThat(model.selectedBytesProperty().get()).containsExactly(new ByteRange(first, first + 4));
        Palette p = window.hexView().paletteProperty().get();
        for (long pos = first - 2; pos < first + 6; pos++) {
            long at = pos;
            boolean lit = pos >= first && pos < first + 4;
            assertThat(onFx(() -> window.hexView().colourOf(at))).as("byte %d", pos).matches(c -> lit == p.selection().equals(c));
        }
        assertThat(window.statusBar().getText()).contains("[5, 7]");
        // the arrow keys walk the selected pixel
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DOWN);
        assertThat(((Selection.Elements) model.selection()).lead()).containsExactly(6, 8);
    }

    @Test
    void selectingBytesInTheHexViewMarksTheirPixels(FxRobot robot) {
        openPicture(robot);
        long first = 4L * (1 * W + 5); // element [1, 5]
        robot.clickOn(window.hexView().localToScreen(center(onFx(() -> window.hexView().byteBounds(first + 2)))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection()).isEqualTo(new Selection.Bytes(first + 2, first + 2));
        assertThat(onFx(() -> view().marked())).extracting(px -> px[0] + "," + px[1]).containsExactly("1,5");
        // dragging over the bytes of [1, 5] and [1, 6]: both marked
        Point2D from = window.hexView().localToScreen(center(onFx(() -> window.hexView().byteBounds(first + 1))));
        Point2D to = window.hexView().localToScreen(center(onFx(() -> window.hexView().byteBounds(first + 5))));
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view().marked())).extracting(px -> px[0] + "," + px[1]).containsExactlyInAnyOrder("1,5", "1,6");
    }

    private static Point2D center(javafx.geometry.Bounds b) {
        assertThat(b).as("on screen").isNotNull();
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void draggingTheBlackPointSetsVminInItsFieldAndRecoloursThePicture(FxRobot robot) {
        openPicture(robot);
        double vmax = valueAt(H - 1, W - 1);
        assertThat(robot.lookup("#picture-vmin").queryTextInputControl().getText()).isEqualTo("-3");
        assertThat(robot.lookup("#picture-vmax").queryTextInputControl().getText()).isEqualTo(PicturePane.shownText(vmax));
        Color before = shownColour(10, 0);
        Histogram h = pane().histogram();
        Point2D from = onFx(() -> h.localToScreen(h.xOf(-3), h.getHeight() / 2));
        Point2D to = onFx(() -> h.localToScreen(h.xOf(-3) + (h.xOf(vmax) - h.xOf(-3)) * 0.5, h.getHeight() / 2));
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        Double vmin = pane().vminProperty().get();
        assertThat(vmin).as("about half way up the range").isBetween(-3 + (vmax + 3) * 0.4, -3 + (vmax + 3) * 0.6);
        assertThat(pane().vmaxProperty().get()).as("the white point stays").isNull();
        assertThat(robot.lookup("#picture-vmin").queryTextInputControl().getText()).isEqualTo(PicturePane.shownText(vmin));
        Color after = shownColour(10, 0);
        assertThat(after).isNotEqualTo(before);
        assertThat(after).isEqualTo(rule(Colormap.named("gray"), valueAt(10, 0), vmin, vmax));
        assertThat(shownColour(2, 0)).as("below vmin: black").isEqualTo(Color.rgb(0, 0, 0));
    }

    @Test
    void typingVmaxAndRobustSetTheRange(FxRobot robot) {
        openPicture(robot);
        robot.doubleClickOn("#picture-vmax");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("100").type(KeyCode.ENTER);
        assertThat(pane().vmaxProperty().get()).isEqualTo(100.0);
        assertThat(shownColour(H - 1, W - 1)).isEqualTo(rule(Colormap.named("gray"), valueAt(H - 1, W - 1), -3, 100));
        robot.clickOn("#picture-robust");
        // np.percentile(0.5 * np.arange(768) - 3, [1, 99]) -> [0.835, 376.665]
        assertThat(pane().vminProperty().get()).isCloseTo(0.835, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pane().vmaxProperty().get()).isCloseTo(376.665, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theWheelZoomsKeepingThePixelUnderTheMouseInPlace(FxRobot robot) {
        openPicture(robot);
        Point2D exact = onScreen(9, 20, 0.3, 0.7);
        Point2D mouse = new Point2D(Math.round(exact.getX()), Math.round(exact.getY())); // the pointer is on whole pixels
        robot.moveTo(mouse);
        double[] before = underMouse(mouse);
        double zoom = view().zoom();
        for (int i = 0; i < 3; i++) {
            robot.scroll(1, VerticalDirection.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(view().zoom()).isNotEqualTo(zoom);
        double[] after = underMouse(mouse);
        assertThat(after[0]).isCloseTo(before[0], org.assertj.core.data.Offset.offset(1e-6));
        assertThat(after[1]).isCloseTo(before[1], org.assertj.core.data.Offset.offset(1e-6));
        for (int i = 0; i < 6; i++) {
            robot.scroll(1, VerticalDirection.UP);
            WaitForAsyncUtils.waitForFxEvents();
        }
        double[] again = underMouse(mouse);
        assertThat(again[0]).isCloseTo(before[0], org.assertj.core.data.Offset.offset(1e-6));
        // keys, once the picture has the focus: 1 is 1:1, 0 fits, + doubles
        robot.clickOn(mouse);
        robot.type(KeyCode.DIGIT1);
        assertThat(view().zoom()).isEqualTo(1.0);
        robot.type(KeyCode.DIGIT0);
        double fit = view().zoom();
        assertThat(fit * W).isLessThanOrEqualTo(view().canvas().getWidth() + 1e-6);
        robot.type(KeyCode.EQUALS);
        assertThat(view().zoom()).isEqualTo(Math.min(PictureView.MAX_ZOOM, fit * 2));
    }

    /** The element coordinates {column, row} (fractional) under a screen point. */
    private double[] underMouse(Point2D screen) {
        return onFx(() -> {
            Point2D local = view().canvas().screenToLocal(screen);
            double[] o = view().origin();
            return new double[] {o[0] + local.getX() / view().zoom(), o[1] + local.getY() / view().zoom()};
        });
    }

    @Test
    void thePixelsOnScreenAreCoresColoursForTheirValues(FxRobot robot) {
        openPicture(robot);
        robot.clickOn("#picture-colormap");
        robot.clickOn("viridis");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane().colormapProperty().get()).isEqualTo("viridis");
        WritableImage screen = onFx(() -> view().canvas().snapshot(null, null));
        Colormap viridis = Colormap.named("viridis");
        double vmax = valueAt(H - 1, W - 1);
        for (long[] px : new long[][] {{0, 0}, {3, 4}, {12, 17}, {23, 31}, {20, 2}}) {
            Point2D at = onFx(() -> view().screenOf(px[0], px[1]));
            double z = view().zoom();
            Color c = screen.getPixelReader().getColor((int) (at.getX() + z * 0.5), (int) (at.getY() + z * 0.5));
            assertThat(c).as("pixel %d, %d", px[0], px[1]).isEqualTo(rule(viridis, valueAt(px[0], px[1]), -3, vmax));
        }
    }

    @Test
    void aViewThatIsNoPictureSaysWhyInWords(FxRobot robot) {
        openPicture(robot);
        onFx(() -> {
            model.dtypeTextProperty().set("S4");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label why = robot.lookup("#picture-refusal").queryAs(javafx.scene.control.Label.class);
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).startsWith("Cannot draw a picture of |S4 elements").contains("Pick a numeric field");
        assertThat(view().isVisible()).isFalse();
    }

    @Test
    void aCubeShowsTheGridsPlane(FxRobot robot) {
        onFx(() -> {
            model.shapeTextProperty().set("4,6," + W);
            return null;
        });
        openPicture(robot);
        assertThat(robot.lookup("#picture-note").queryAs(javafx.scene.control.Label.class).getText())
                .contains("32 x 6 pixels", "a[0, :, :]");
        robot.clickOn(onScreen(2, 3, 0.5, 0.5));
        assertThat(((Selection.Elements) model.selection()).lead()).containsExactly(0, 2, 3);
    }

    @Test
    void exportViewAsPictureWritesTheViewAtTheChosenZoomInTheColoursOnScreen(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            pane().colormapProperty().set("magma");
            pane().vmaxProperty().set(50.0);
            return null;
        });
        Path out = dir.resolve("ramp.png");
        onFx(() -> assembled.picture().startExport(out, 2));
        assembled.picture().lastExport().join(TimeUnit.SECONDS.toMillis(20));
        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(2 * W);
        assertThat(png.getHeight()).isEqualTo(2 * H);
        Colormap magma = Colormap.named("magma");
        for (long[] px : new long[][] {{0, 0}, {1, 3}, {5, 9}, {23, 31}}) {
            Color want = rule(magma, valueAt(px[0], px[1]), -3, 50);
            int argb = png.getRGB((int) px[1] * 2 + 1, (int) px[0] * 2 + 1);
            assertThat(Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff)).isEqualTo(want);
        }
    }

    /** The colour in the image on screen of pixel (r, c). */
    private Color shownColour(long r, long c) {
        return onFx(() -> {
            PictureRenderer.Request q = view().shown().request();
            int i = java.util.Arrays.binarySearch(q.rows(), r);
            int j = java.util.Arrays.binarySearch(q.columns(), c);
            return view().shown().image().getPixelReader().getColor(j, i);
        });
    }

    /** cli.md's rule: row clip(floor((v - vmin) / (vmax - vmin) * 256), 0, 255) of the table. */
    static Color rule(Colormap map, double v, double vmin, double vmax) {
        int rgba = map.rgba(Picture.index(v, vmin, vmax));
        return Color.rgb(rgba >>> 24, rgba >>> 16 & 0xff, rgba >>> 8 & 0xff);
    }
}
