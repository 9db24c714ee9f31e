package org.stridescope.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stridescope.core.Vectors;
import org.stridescope.core.inspect.BatchLine;
import org.stridescope.core.inspect.Inspection;

/**
 * Pictures against matplotlib: {@code pictures-matplotlib.jsonl} holds fuzzed arrays
 * ({@code scripts/vectors/fuzz_pictures.py --resource}: every numeric dtype and byte order, ints at
 * their limits, NaN / inf with vmin and vmax given, constant arrays, one limit given, 0-d, 1xN,
 * Nx1, negative and zero strides, RGB(A) uint8) on which cli.md's rule and
 * {@code plt.imsave(path, arr, cmap=..., vmin=..., vmax=...)} agree, with matplotlib's pixels
 * kept small: the SHA-256 of the RGBA rows, the count of transparent pixels and a few pixels.
 */
class PicturesMatplotlibTest {

    @Test
    void everyCaseMakesMatplotlibsPixels() throws Exception {
        List<Map<?, ?>> cases = Vectors.lines("/vectors/pictures-matplotlib.jsonl");
        List<String> failures = new ArrayList<>();
        for (Map<?, ?> c : cases) {
            String diff = difference((Map<?, ?>) c.get("input"), (Map<?, ?>) c.get("expect"));
            if (diff != null) {
                failures.add(c.get("id") + " " + c.get("category") + ": " + diff);
            }
        }
        System.out.printf("pictures-matplotlib.jsonl: %d / %d cases agree%n", cases.size() - failures.size(), cases.size());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(failures).isEmpty();
    }

    private static String difference(Map<?, ?> input, Map<?, ?> expect) throws Exception {
        Inspection inspection = BatchLine.of(input).inspect();
        if (!inspection.isOk()) {
            return "the view itself failed: " + inspection.error().getMessage();
        }
        Picture p = Picture.of(inspection.layout());
        long w = ((Number) expect.get("width")).longValue();
        long h = ((Number) expect.get("height")).longValue();
        if (p.width() != w || p.height() != h) {
            return "size " + p.width() + "x" + p.height() + ", matplotlib " + w + "x" + h;
        }
        PictureStyle style = new PictureStyle((String) input.get("colormap"), number(input.get("vmin")),
                number(input.get("vmax")));
        byte[] got = PicturesVectorsTest.rgba(p, inspection, style);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(got));
        if (hash.equals(expect.get("sha256"))) {
            return null;
        }
        // Say how it differs: the sampled pixels and the count of transparent ones.
        StringBuilder why = new StringBuilder("pixels differ from matplotlib's");
        for (Map.Entry<?, ?> e : ((Map<?, ?>) expect.get("samples")).entrySet()) {
            int at = Integer.parseInt((String) e.getKey()) * 4;
            String ours = HexFormat.of().formatHex(got, at, at + 4);
            if (!ours.equals(e.getValue())) {
                why.append("; pixel ").append(e.getKey()).append(" ").append(ours).append(", matplotlib ").append(e.getValue());
            }
        }
        long transparent = 0;
        for (int i = 3; i < got.length; i += 4) {
            transparent += got[i] == 0 ? 1 : 0;
        }
        long want = ((Number) expect.get("transparent")).longValue();
        if (transparent != want) {
            why.append("; ").append(transparent).append(" transparent pixels, matplotlib ").append(want);
        }
        return why.toString();
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
