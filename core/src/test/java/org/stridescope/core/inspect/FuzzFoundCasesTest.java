package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.json.Json;

/**
 * Disagreements with NumPy 1.24 that {@code scripts/vectors/fuzz_layouts.py} found, each asked
 * again as NumPy answered it (the expected texts are NumPy's own output for these bytes).
 */
class FuzzFoundCasesTest {

    /** Our JSON answer to one batch line, parsed back. */
    private static Map<?, ?> inspect(String hex, String dtype, List<Long> shape, List<Long> strides, String expr) {
        return inspect(hex, dtype, shape, strides, expr, -1);
    }

    private static Map<?, ?> inspect(String hex, String dtype, List<Long> shape, List<Long> strides, String expr,
            long count) {
        Map<String, Object> in = new HashMap<>();
        in.put("hex", hex);
        in.put("dtype", dtype);
        in.put("shape", shape);
        in.put("strides", strides);
        in.put("offset", 0L);
        in.put("count", count);
        if (expr != null) {
            in.put("expr", expr);
        }
        String json;
        try {
            json = InspectionJson.of(BatchLine.of(in).inspect());
        } catch (StridescopeError e) {
            json = InspectionJson.error(e);
        }
        return (Map<?, ?>) Json.parse(json);
    }

    private static List<Object> values(Map<?, ?> answer) {
        List<Object> out = new ArrayList<>();
        for (Object e : (List<?>) answer.get("elements")) {
            out.add(((Map<?, ?>) e).get("value"));
        }
        return out;
    }

    // x87 long doubles: 8 bytes of significand (explicit integer bit on top), 2 of sign and exponent, 6 of padding
    private static final String UNNORMAL = "0000000000000040ff3f000000000000"; // integer bit clear, exponent of 1.0
    private static final String ONE = "0000000000000080ff3f000000000000";
    private static final String PSEUDO_INF = "0000000000000000ff7f000000000000";
    private static final String SMALL_UNNORMAL = "0000000000000040f03f000000000000";

    @Test
    void anX87EncodingTheFpuRefusesPrintsItsBitsAsAScalarButNanInAnArray() {
        Map<?, ?> mix = inspect(UNNORMAL + ONE + PSEUDO_INF, "<g", null, null, null);
        assertThat(values(mix)).containsExactly("1.5", "1.0", "inf");
        assertThat(mix.get("repr")).isEqualTo("array([nan,  1., nan], dtype=float128)");
        Map<?, ?> small = inspect(SMALL_UNNORMAL, "<g", null, null, null);
        assertThat(values(small)).as("NaN to the FPU, so positional").containsExactly("0.0000457763671875");
        assertThat(small.get("repr")).isEqualTo("array([nan], dtype=float128)");
        Map<?, ?> big = inspect("a01dd36c4000284de6587661a9a25d96", "f16", null, null, null);
        assertThat((String) values(big).get(0)).startsWith("18667972328804784892000").hasSize(1920 + 2)
                .endsWith("0.0");
    }

    @Test
    void aComplexPartTheFpuRefusesIsNan() {
        assertThat(values(inspect(ONE + UNNORMAL, "<G", null, null, null))).containsExactly("(1+nanj)");
        assertThat(values(inspect(UNNORMAL + ONE, "<G", null, null, null))).containsExactly("(nan+1j)");
        Map<?, ?> imaginary = inspect("00".repeat(16) + UNNORMAL, "<G", null, null, null);
        assertThat(values(imaginary)).as("a zero real part: only the imaginary part, by its bits").containsExactly("1.5j");
        assertThat(imaginary.get("repr")).isEqualTo("array([0.+nanj], dtype=complex256)");
        assertThat(inspect(ONE + UNNORMAL, "<G", null, null, null).get("repr")).isEqualTo("array([1.+nanj], dtype=complex256)");
    }

    @Test
    void aDtypeDictWithoutFormatsIsNumpysOlderFormAndItsEntriesMustBeTuples() {
        Map<?, ?> answer = inspect("00", "{'names': ['a']}", null, null, null);
        assertThat(answer.get("type")).isEqualTo("ValueError");
        assertThat(answer.get("error")).isEqualTo("entry not a 2- or 3- tuple");
        assertThat(inspect("00", "{'x': ('u1', 0)}", null, null, null).get("type"))
                .as("the older form itself stays unsupported").isEqualTo("InputError");
    }

    private static Object flags(Map<?, ?> answer) {
        assertThat(answer.get("ok")).as(String.valueOf(answer)).isEqualTo(true);
        Map<?, ?> f = (Map<?, ?>) answer.get("flags");
        return List.of(f.get("c_contiguous"), f.get("f_contiguous"));
    }

    @Test
    void aZeroByteArrayReshapedGetsTheFlagsOfStridesNumpyFilledIn() {
        String hex = "00".repeat(20);
        // NumPy fills C (or F) strides in for a reshape of a contiguous array, and flags follow the shape
        assertThat(flags(inspect(hex, "S0", List.of(2L, 5L, 6L, 3L), null, "a.reshape(18, -1)"))).isEqualTo(List.of(true, false));
        assertThat(flags(inspect(hex, "|V0", List.of(6L), List.of(0L), "a.reshape((2, -1))"))).isEqualTo(List.of(true, false));
        assertThat(flags(inspect(hex, "<U0", List.of(2L, 4L), List.of(0L, 0L), "a.reshape(4, 1, 2, order='F')")))
                .isEqualTo(List.of(false, true));
        assertThat(flags(inspect(hex, "U0", List.of(2L, 5L), List.of(0L, 0L), "np.expand_dims(a, -2)")))
                .isEqualTo(List.of(true, false));
        // the same shape is a plain view, whose flags come from its (zero) strides
        assertThat(flags(inspect(hex, "U0", List.of(3L, 5L), null, "a.reshape(3, 5)"))).isEqualTo(List.of(true, true));
        // nothing to squeeze: NumPy returns the array itself, flags and all
        assertThat(flags(inspect(hex, "U0", List.of(3L, 5L), null, "np.squeeze(a)"))).isEqualTo(List.of(true, false));
        assertThat(flags(inspect(hex, "U0", List.of(3L, 5L), null, "a.T"))).isEqualTo(List.of(true, true));
    }

    @Test
    void aCopyOfAZeroLengthStringTypeIsOneCharacterLong() {
        Map<?, ?> answer = inspect("00".repeat(8), "<U0", List.of(1L), null, "a.flatten().view(np.float32)");
        assertThat(answer.get("type")).isEqualTo("CopyRequired");
        assertThat(answer.get("error")).isEqualTo("flatten() always copies");
    }

    @Test
    void frombufferOfARecordOfNoBytesNeedsACount() {
        String zeroBytes = "[('a', '<i4', (2, 0))]";
        Map<?, ?> noCount = inspect("00".repeat(4), zeroBytes, null, null, null);
        assertThat(noCount.get("type")).isEqualTo("ValueError");
        assertThat(noCount.get("error")).isEqualTo("cannot determine count if itemsize is 0");
        Map<?, ?> three = inspect("00".repeat(4), zeroBytes, null, null, null, 3);
        assertThat(three.get("shape")).isEqualTo(List.of(3L));
        assertThat(three.get("repr")).isEqualTo("array([([[], []],), ([[], []],), ([[], []],)],\n      dtype=[('a', '<i4', (2, 0))])");
        assertThat(inspect("00".repeat(4), "V0", null, null, null, 3).get("error"))
                .as("a plain type of no bytes is refused first").isEqualTo("itemsize cannot be zero in type");
    }
}
