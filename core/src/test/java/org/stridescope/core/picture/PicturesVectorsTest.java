package org.stridescope.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stridescope.core.Vectors;
import org.stridescope.core.inspect.BatchLine;
import org.stridescope.core.inspect.Inspection;

/**
 * The picture rule of cli.md against NumPy: every case of {@code pictures.jsonl} (pixels NumPy
 * computed with matplotlib's tables) must give the same width, height and RGBA rows, pixel for
 * pixel, or be refused for the same reason.
 */
class PicturesVectorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/vectors/pictures.jsonl", "/vectors/pictures-more.jsonl"})
    void everyCaseAgreesPixelForPixel(String file) throws Exception {
        List<Map<?, ?>> cases = Vectors.lines(file);
        List<String> failures = new ArrayList<>();
        for (Map<?, ?> c : cases) {
            String diff = difference((Map<?, ?>) c.get("input"), (Map<?, ?>) c.get("expect"));
            if (diff != null) {
                failures.add(c.get("id") + " " + c.get("category") + ": " + diff);
            }
        }
        System.out.printf("%s: %d / %d cases agree%n", file, cases.size() - failures.size(), cases.size());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(failures).isEmpty();
    }

    static String difference(Map<?, ?> input, Map<?, ?> expect) throws Exception {
        Inspection inspection = BatchLine.of(input).inspect();
        if (!inspection.isOk()) {
            return "the view itself failed: " + inspection.error().getMessage();
        }
        String why = Picture.refusal(inspection.layout());
        if (!Boolean.TRUE.equals(expect.get("ok"))) {
            if (!expect.get("why").equals(why)) {
                return "expected refusal " + expect.get("why") + ", got " + why;
            }
            try {
                Picture.of(inspection.layout());
                return "no InputError";
            } catch (org.stridescope.core.StridescopeError e) {
                return e.type().equals("InputError") ? null : "error type " + e.type();
            }
        }
        if (why != null) {
            return "refused as " + why;
        }
        Picture p = Picture.of(inspection.layout());
        long w = ((Number) expect.get("width")).longValue();
        long h = ((Number) expect.get("height")).longValue();
        if (p.width() != w || p.height() != h) {
            return "size " + p.width() + "x" + p.height() + ", expected " + w + "x" + h;
        }
        PictureStyle style = new PictureStyle((String) input.get("colormap"), number(input.get("vmin")),
                number(input.get("vmax")));
        byte[] got = rgba(p, inspection, style);
        byte[] want = new InflaterInputStream(new java.io.ByteArrayInputStream(
                Base64.getDecoder().decode((String) expect.get("rgba")))).readAllBytes();
        if (got.length != want.length) {
            return got.length + " bytes of RGBA, expected " + want.length;
        }
        for (int i = 0; i < got.length; i += 4) {
            for (int k = 0; k < 4; k++) {
                if (got[i + k] != want[i + k]) {
                    int px = i / 4;
                    return "pixel (" + px / w + ", " + px % w + "): got " + hex(got, i) + ", expected " + hex(want, i);
                }
            }
        }
        return null;
    }

    static byte[] rgba(Picture p, Inspection inspection, PictureStyle style) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.render(inspection.source(), style, (row, column, rgba, count) -> out.write(rgba, 0, count * 4), () -> false);
        return out.toByteArray();
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static String hex(byte[] b, int at) {
        return String.format("%02x%02x%02x%02x", b[at], b[at + 1], b[at + 2], b[at + 3]);
    }
}
