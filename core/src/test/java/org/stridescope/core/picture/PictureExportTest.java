package org.stridescope.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.Vectors;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.inspect.BatchLine;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.io.ExportFormat;
import org.stridescope.core.io.ProgressMonitor;
import org.stridescope.core.io.ViewExport;
import org.stridescope.core.layout.Layout;

/** The PNG export: a file any decoder reads back as the rule's pixels; refusals leave no file. */
class PictureExportTest {
    @TempDir
    Path dir;

    @Test
    void everyVectorCaseWrittenAsPngDecodesToTheSamePixels() throws Exception {
        int written = 0;
        for (Map<?, ?> c : Vectors.lines("/vectors/pictures.jsonl")) {
            Map<?, ?> input = (Map<?, ?>) c.get("input");
            Inspection inspection = BatchLine.of(input).inspect();
            Path out = dir.resolve(c.get("id") + ".png");
            PictureStyle style = new PictureStyle((String) input.get("colormap"), number(input.get("vmin")),
                    number(input.get("vmax")));
            if (Picture.refusal(inspection.layout()) != null) {
                assertThatThrownBy(() -> ViewExport.export(inspection.source(), inspection.layout(), out, ExportFormat.PNG,
                        style, ProgressMonitor.NONE)).isInstanceOfSatisfying(StridescopeError.class,
                                e -> assertThat(e.type()).isEqualTo("InputError"));
                assertThat(out).doesNotExist();
                continue;
            }
            assertThat(ViewExport.export(inspection.source(), inspection.layout(), out, ExportFormat.PNG, style,
                    ProgressMonitor.NONE)).isTrue();
            Picture p = Picture.of(inspection.layout());
            byte[] rgba = PicturesVectorsTest.rgba(p, inspection, style);
            assertDecodesTo(out, rgba, (int) p.width(), (int) p.height());
            written++;
        }
        assertThat(written).isGreaterThan(50);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("."))).as("no temporary files").isEmpty();
        }
    }

    @Test
    void aPictureWiderThanOneRunAndMoreThanOneIdatChunkDecodes() throws Exception {
        byte[] bytes = new byte[3 * 40000 * 4];
        new Random(7).nextBytes(bytes); // random pixels deflate badly: several 64 KiB IDAT chunks
        Layout view = new Layout(DType.parse("|u1"), new long[] {3, 40000, 4}, new long[] {160000, 4, 1}, 0);
        Path out = dir.resolve("wide.png");
        assertThat(ViewExport.export(new HeapByteSource(bytes), view, out, ExportFormat.PNG, PictureStyle.DEFAULT,
                ProgressMonitor.NONE)).isTrue();
        assertDecodesTo(out, bytes, 40000, 3);
    }

    @Test
    void refusalsAndUnknownColourTablesWriteNothing() throws IOException {
        Layout ok = new Layout(DType.parse("<f4"), new long[] {2, 2}, new long[] {8, 4}, 0);
        Layout cube = new Layout(DType.parse("<f4"), new long[] {1, 2, 2}, new long[] {16, 8, 4}, 0);
        Layout text = new Layout(DType.parse("<U1"), new long[] {4}, new long[] {4}, 0);
        Layout empty = new Layout(DType.parse("<f4"), new long[] {0, 4}, new long[] {16, 4}, 0);
        HeapByteSource src = new HeapByteSource(new byte[16]);
        Path out = dir.resolve("never.png");
        assertThatThrownBy(() -> ViewExport.export(src, ok, out, ExportFormat.PNG, new PictureStyle("jet", null, null),
                ProgressMonitor.NONE)).hasMessage("unknown colormap 'jet'");
        for (Layout view : new Layout[] {cube, text, empty}) {
            assertThatThrownBy(() -> ViewExport.export(src, view, out, ExportFormat.PNG, PictureStyle.DEFAULT,
                    ProgressMonitor.NONE)).isInstanceOfSatisfying(StridescopeError.class,
                            e -> assertThat(e.type()).isEqualTo("InputError")).hasMessageStartingWith("cannot draw a picture");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theRuleAtItsEdges() {
        assertThat(Picture.index(5, 5, 5)).isZero();
        assertThat(Picture.index(Double.POSITIVE_INFINITY, 0, 1)).isEqualTo(255);
        assertThat(Picture.index(Double.NEGATIVE_INFINITY, 0, 1)).isZero();
        assertThat(Picture.index(1, 0, 1)).isEqualTo(255);
        assertThat(Picture.index(0.5, 0, 1)).isEqualTo(128);
        assertThat(Picture.index(0.25, 1, 0)).as("vmin > vmax reverses").isEqualTo(192);
        assertThat(Colormap.named("gray").rgba(200)).isEqualTo(0xc8c8c8ff);
        Shading widest = new Shading(Colormap.named("gray"), -1.7e308, 1.7e308); // vmax - vmin overflows to inf
        assertThat(widest.rgba(0)).as("0 / inf is row 0").isEqualTo(0x000000ff);
        assertThat(widest.rgba(1e308)).as("inf / inf has no row: transparent, as matplotlib").isZero();
        assertThat(widest.rgba(Double.POSITIVE_INFINITY)).as("the spec: +inf takes 255").isEqualTo(0xffffffff);
        assertThat(widest.rgba(Double.NEGATIVE_INFINITY)).as("the spec: -inf takes 0").isEqualTo(0x000000ff);
        assertThat(Colormap.names()).containsExactly("gray", "viridis", "magma", "inferno", "plasma", "cividis", "turbo");
        for (String name : Colormap.names()) {
            assertThat(Colormap.named(name).name()).isEqualTo(name);
        }
    }

    private static void assertDecodesTo(Path png, byte[] rgba, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = 4 * (y * width + x);
                int argb = (rgba[i + 3] & 0xff) << 24 | (rgba[i] & 0xff) << 16 | (rgba[i + 1] & 0xff) << 8 | rgba[i + 2] & 0xff;
                if (image.getRGB(x, y) != argb) {
                    throw new AssertionError(png + " pixel (" + y + ", " + x + "): " + Integer.toHexString(image.getRGB(x, y))
                            + " != " + Integer.toHexString(argb));
                }
            }
        }
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
