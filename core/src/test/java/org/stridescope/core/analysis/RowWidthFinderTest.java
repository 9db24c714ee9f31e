package org.stridescope.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Scalar;
import org.stridescope.core.io.ProgressMonitor;

/** The row-width finder on synthetic raw images it has never seen (issue 14's proof). */
class RowWidthFinderTest {
    private static final String[] DTYPES = {"u1", "<u2", ">u2", "<i2", "<f4", "<f8", "rgb", "rgba"};
    private static final int PER_DTYPE = 30;

    static List<RowWidthImages.Image> images() {
        Random rnd = new Random(14);
        List<RowWidthImages.Image> out = new ArrayList<>();
        for (String dtype : DTYPES) {
            int channels = dtype.equals("rgb") ? 3 : dtype.equals("rgba") ? 4 : 1;
            for (int k = 0; k < PER_DTYPE; k++) {
                int width = (int) Math.round(Math.exp(Math.log(17) + rnd.nextDouble() * Math.log(3000 / 17.0)));
                int height = Math.max(6, Math.min(200, 120_000 / (width * channels)));
                String variant = switch (k % 4) {
                    case 0 -> "plain";
                    case 1 -> "padded";
                    case 2 -> "header";
                    default -> "padded+header";
                };
                int pad = variant.startsWith("padded") ? new int[] {4, 16, 64}[rnd.nextInt(3)] : 0;
                int header = variant.endsWith("header") ? 16 + rnd.nextInt(500) : 0;
                double noise = 0.005 + rnd.nextDouble() * 0.06;
                out.add(RowWidthImages.make(rnd, variant, dtype, width, height, pad, header, noise));
            }
        }
        return out;
    }

    private static DType dtypeOf(RowWidthImages.Image image) {
        return DType.parse(image.channels() > 1 ? "u1" : image.dtype());
    }

    @Test
    void theTruePitchComesFirstOnAtLeast90PercentOfSyntheticImages() {
        Map<String, int[]> byDtype = new TreeMap<>();
        Map<String, int[]> byVariant = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int hits = 0;
        List<RowWidthImages.Image> images = images();
        for (RowWidthImages.Image image : images) {
            HeapByteSource source = new HeapByteSource(image.bytes());
            List<RowWidthFinder.Candidate> found = RowWidthFinder.find(source, dtypeOf(image), image.header(),
                    image.bytes().length);
            boolean hit = !found.isEmpty() && found.get(0).bytes() == image.pitch();
            hits += hit ? 1 : 0;
            for (int[] tally : new int[][] {byDtype.computeIfAbsent(image.dtype(), x -> new int[2]),
                    byVariant.computeIfAbsent(image.family(), x -> new int[2])}) {
                tally[0] += hit ? 1 : 0;
                tally[1]++;
            }
            if (!hit) {
                misses.add(image + " -> " + found);
            }
        }
        System.out.println("row widths: true pitch first in " + hits + "/" + images.size());
        byDtype.forEach((k, v) -> System.out.println("  dtype " + k + ": " + v[0] + "/" + v[1]));
        byVariant.forEach((k, v) -> System.out.println("  " + k + ": " + v[0] + "/" + v[1]));
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(images).hasSizeGreaterThanOrEqualTo(200);
        assertThat(hits).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * images.size()));
    }

    @Test
    void candidatesAreAtMostFiveDistinctMultiplesOfTheItemsizeWithScoresIn0To1() {
        RowWidthImages.Image image = RowWidthImages.make(new Random(3), "plain", "<u2", 300, 80, 0, 0, 0.02);
        List<RowWidthFinder.Candidate> found = RowWidthFinder.find(new HeapByteSource(image.bytes()),
                DType.parse("<u2"), 0, image.bytes().length);
        assertThat(found).hasSizeBetween(1, 5);
        assertThat(found.get(0).bytes()).isEqualTo(600);
        assertThat(found).allSatisfy(c -> {
            assertThat(c.bytes() % 2).isZero();
            assertThat(c.score()).isBetween(0.0, 1.0);
        });
        assertThat(found.stream().map(RowWidthFinder.Candidate::bytes).distinct().count()).isEqualTo(found.size());
    }

    @Test
    void theSearchReportsHowFarItHasComeAndStopsWhenAsked() {
        RowWidthImages.Image image = RowWidthImages.make(new Random(4), "plain", "u1", 3000, 40, 0, 0, 0.02);
        HeapByteSource source = new HeapByteSource(image.bytes());
        List<long[]> reports = new ArrayList<>();
        List<RowWidthFinder.Candidate> found = RowWidthFinder.find(source, DType.parse("u1"), 0, image.bytes().length,
                new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        reports.add(new long[] {done, total});
                    }
                });
        assertThat(found.get(0).bytes()).isEqualTo(3000);
        assertThat(reports).isNotEmpty().allSatisfy(r -> assertThat(r[0]).isBetween(1L, r[1]));
        assertThat(reports.get(reports.size() - 1)[1]).isEqualTo(image.bytes().length / 2); // lags up to half the elements

        int[] asked = {0};
        assertThatThrownBy(() -> RowWidthFinder.find(source, DType.parse("u1"), 0, image.bytes().length, new ProgressMonitor() {
            @Override
            public boolean cancelled() {
                return ++asked[0] > 2;
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(asked[0]).isEqualTo(3);
    }

    @Test
    void bulkReadsDecodeAsScalarReadDoes() {
        byte[] bytes = new byte[64];
        new Random(5).nextBytes(bytes);
        HeapByteSource source = new HeapByteSource(bytes);
        for (String t : new String[] {"u1", "i1", "<u2", ">u2", "<i2", ">i4", "<u4", "<i8", ">u8", "<f4", ">f8"}) {
            DType dtype = DType.parse(t);
            int n = 64 / dtype.itemsize() - 1;
            double[] bulk = RowWidthFinder.values(source, dtype, 1, n);
            for (int i = 0; i < n; i++) {
                double one = RowWidthFinder.number(Scalar.read(dtype, source, 1 + (long) i * dtype.itemsize()));
                assertThat(bulk[i]).as(t + " element " + i).isEqualTo(one);
            }
        }
    }

    @Test
    void fewerThanTwoRowsOfTwoIsAnInputError() {
        assertThatThrownBy(() -> RowWidthFinder.find(new HeapByteSource(new byte[7]), DType.parse("<u2"), 0, 7))
                .isInstanceOf(StridescopeError.class).hasMessageContaining("too small to find a row width");
    }

    @Test
    void textIsRefused() {
        assertThatThrownBy(() -> RowWidthFinder.find(new HeapByteSource(new byte[64]), DType.parse("S4"), 0, 64))
                .isInstanceOf(StridescopeError.class).hasMessageContaining("row widths need numbers");
    }
}
