package org.stridescope.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.io.ProgressMonitor;
import org.stridescope.core.io.ViewExport;
import org.stridescope.core.layout.Layout;

/** What the window paints of a picture: any rows and columns of it, its plane of an N-D view, its value sample, a zoomed PNG. */
class PictureRegionTest {
    @TempDir
    Path dir;

    /** float32 (h, w) in C order with value r * w + c, and NaN at (0, 1). */
    private static HeapByteSource ramp(int h, int w) {
        ByteBuffer b = ByteBuffer.allocate(h * w * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < h * w; i++) {
            b.putFloat(i == 1 ? Float.NaN : i);
        }
        return new HeapByteSource(b.array());
    }

    private static Layout f4(int h, int w) {
        return new Layout(DType.parse("<f4"), new long[] {h, w}, new long[] {4L * w, 4}, 0);
    }

    @Test
    void sampledPixelsAreTheRulesColoursOfExactlyThoseElements() {
        int h = 30;
        int w = 40;
        ByteSource src = ramp(h, w);
        Picture p = Picture.of(f4(h, w));
        Shading s = p.shading(src, new PictureStyle("viridis", null, null), () -> false);
        assertThat(s.vmin()).isEqualTo(0);
        assertThat(s.vmax()).isEqualTo(h * w - 1);
        long[] rows = {0, 7, 29};
        long[] cols = {1, 2, 39};
        int[] rgba = new int[9];
        assertThat(p.sample(src, s, rows, cols, rgba, () -> false)).isTrue();
        Colormap viridis = Colormap.named("viridis");
        assertThat(rgba[0]).as("NaN is transparent").isZero();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double v = rows[i] * w + cols[j];
                int expected = viridis.rgba((int) Math.min(255, Math.floor(v / (h * w - 1) * 256)));
                assertThat(rgba[i * 3 + j]).as("(%d, %d)", rows[i], cols[j]).isEqualTo(expected);
            }
        }
    }

    @Test
    void sampleReadsOnlyTheElementsAskedFor() {
        AtomicLong reads = new AtomicLong();
        HeapByteSource heap = ramp(100, 100);
        ByteSource counting = new ByteSource() {
            public long size() {
                return heap.size();
            }

            public byte get(long pos) {
                reads.incrementAndGet();
                return heap.get(pos);
            }

            public String name() {
                return "counting";
            }
        };
        Picture p = Picture.of(f4(100, 100));
        Shading s = new Shading(Colormap.named("gray"), 0, 1);
        p.sample(counting, s, new long[] {5, 6}, new long[] {10, 11, 12}, new int[6], () -> false);
        assertThat(reads.get()).isEqualTo(6 * 4);
    }

    @Test
    void aPlaneOfACubeIsTheSliceNumpyGives() {
        // a[1, :, 2] of shape (2, 3, 4) int8, C order: values 12+4*j+2
        byte[] bytes = new byte[24];
        for (int i = 0; i < 24; i++) {
            bytes[i] = (byte) i;
        }
        Layout cube = new Layout(DType.parse("|i1"), new long[] {2, 3, 4}, new long[] {12, 4, 1}, 0);
        Layout plane = Picture.plane(cube, 1, 0, new long[] {0, 0, 2});
        assertThat(plane.shape()).containsExactly(3, 2);
        Picture p = Picture.of(plane);
        HeapByteSource src = new HeapByteSource(bytes);
        assertThat(p.value(src, 2, 1)).isEqualTo(12 + 4 * 2 + 2);
        assertThat(p.value(src, 0, 0)).isEqualTo(2);
    }

    @Test
    void aSmallViewIsSampledWholeAndItsPercentilesAreNumpys() {
        // 0..99 as float32, NaN at index 1: finite values 0, 2..99
        ValueSample s = ValueSample.of(Picture.of(f4(10, 10)), ramp(10, 10), 1 << 20, () -> false);
        assertThat(s.whole()).isTrue();
        assertThat(s.finiteCount()).isEqualTo(99);
        assertThat(s.min()).isEqualTo(0);
        assertThat(s.max()).isEqualTo(99);
        // np.percentile([0, *range(2, 100)], [1, 50, 99]) -> [1.96, 50.0, 98.02]
        assertThat(s.percentile(1)).isCloseTo(1.96, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.percentile(50)).isEqualTo(50.0);
        assertThat(s.percentile(99)).isCloseTo(98.02, org.assertj.core.data.Offset.offset(1e-9));
        long[] hist = s.histogram(10, 0, 100);
        assertThat(hist[0]).isEqualTo(9); // 0, 2..9
        assertThat(hist[9]).isEqualTo(10);
    }

    @Test
    void aBigViewIsSampledOnAGridWithinTheLimit() {
        AtomicLong reads = new AtomicLong();
        ByteSource constant = new ByteSource() {
            public long size() {
                return 1L << 40;
            }

            public byte get(long pos) {
                reads.incrementAndGet();
                return (byte) (pos >> 2);
            }

            public String name() {
                return "big";
            }
        };
        Layout big = new Layout(DType.parse("<f4"), new long[] {1 << 18, 1 << 18}, new long[] {1L << 20, 4}, 0);
        ValueSample s = ValueSample.of(Picture.of(big), constant, 10_000, () -> false);
        assertThat(s.whole()).isFalse();
        assertThat(s.read()).isBetween(9_000L, 10_000L);
        assertThat(reads.get()).isEqualTo(s.read() * 4);
    }

    @Test
    void aZoomedPngRepeatsEachElementZoomByZoom() throws Exception {
        Path out = dir.resolve("z.png");
        ByteSource src = ramp(3, 5);
        PictureStyle style = new PictureStyle("magma", 0.0, 14.0);
        assertThat(ViewExport.exportPicture(src, f4(3, 5), out, style, 3, ProgressMonitor.NONE)).isTrue();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(15);
        assertThat(image.getHeight()).isEqualTo(9);
        Picture p = Picture.of(f4(3, 5));
        Shading s = p.shading(src, style, () -> false);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 15; x++) {
                int rgba = p.pixel(src, s, y / 3, x / 3);
                int argb = rgba << 24 | rgba >>> 8;
                assertThat(image.getRGB(x, y)).as("(%d, %d)", y, x).isEqualTo(argb);
            }
        }
    }

    @Test
    void aZoomOutsideOneTo64OrTooWideIsRefusedWithNoFile() {
        Path out = dir.resolve("no.png");
        assertThatThrownBy(() -> ViewExport.exportPicture(ramp(3, 5), f4(3, 5), out, PictureStyle.DEFAULT, 65, ProgressMonitor.NONE))
                .isInstanceOf(StridescopeError.class).hasMessageContaining("zoom 65");
        Layout wide = new Layout(DType.parse("|u1"), new long[] {1, 1L << 26}, new long[] {0, 0}, 0);
        assertThatThrownBy(() -> ViewExport.exportPicture(new HeapByteSource(new byte[1]), wide, out, PictureStyle.DEFAULT, 64,
                ProgressMonitor.NONE)).isInstanceOf(StridescopeError.class).hasMessageContaining("too big");
        assertThat(out).doesNotExist();
    }
}
