package org.stridescope.core.dtype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.format.FloatText;
import org.stridescope.core.format.ScalarText;
import org.stridescope.core.io.NumpyCode;
import org.stridescope.core.io.NumpySnippet;
import org.stridescope.core.layout.Layout;

/**
 * The ml_dtypes floats bfloat16, float8_e4m3fn and float8_e5m2, every bit pattern: the dtype text,
 * the value each pattern decodes to and the text it prints, against the table
 * {@code scripts/make_mldt_table.py} made with NumPy bit tricks and exact fractions
 * ({@code dtype/ml-floats.tsv.gz}); and the printed text, read back in the type, gives the same bits.
 */
class MlFloatsTest {

    @Test
    void theMlDtypesNamesParseWithTheirSizeAndByteOrder() {
        assertThat(DType.parse("bfloat16")).satisfies(d -> {
            assertThat(d.str()).isEqualTo("bfloat16");
            assertThat(d.name()).isEqualTo("bfloat16");
            assertThat(d.itemsize()).isEqualTo(2);
            assertThat(d.order()).isEqualTo(ByteOrder.LITTLE);
            assertThat(d.alignment()).isEqualTo(2);
        });
        assertThat(DType.parse("<bfloat16")).isEqualTo(DType.parse("bfloat16"));
        assertThat(DType.parse("=bfloat16")).isEqualTo(DType.parse("bfloat16"));
        assertThat(DType.parse(">bfloat16").str()).isEqualTo(">bfloat16");
        assertThat(DType.parse(DType.parse(">bfloat16").str())).isEqualTo(DType.parse(">bfloat16"));
        assertThat(DType.parse("bfloat16").withOrder(ByteOrder.BIG)).isEqualTo(DType.parse(">bfloat16"));
        assertThat(DType.parse("bfloat16")).isNotEqualTo(DType.parse("<f2"));
        for (String name : List.of("float8_e4m3fn", "float8_e5m2")) {
            DType d = DType.parse(name);
            assertThat(d.str()).isEqualTo(name);
            assertThat(d.itemsize()).isEqualTo(1);
            assertThat(d.hasByteOrder()).isFalse();
            assertThat(DType.parse(">" + name)).isEqualTo(d);
        }
        assertThat(DType.parse("float8_e4m3fn")).isNotEqualTo(DType.parse("float8_e5m2"));
    }

    @Test
    void safetensorsShortNamesAndNearMissesAreNoDtypes() {
        for (String text : List.of("BF16", "F8_E4M3", "F8_E5M2", "float8_e4m3", "bfloat", "bfloat16 ", "Bfloat16")) {
            assertThatThrownBy(() -> DType.parse(text)).isInstanceOf(StridescopeError.class)
                    .hasMessageContaining("not understood");
        }
    }

    @Test
    void aRecordCanHoldABfloat16Field() {
        DType rec = DType.parse("[('w', 'bfloat16'), ('q', 'float8_e4m3fn')]");
        assertThat(rec.itemsize()).isEqualTo(3);
        byte[] bytes = {(byte) 0xc0, 0x3f, 0x40}; // 1.5 as bfloat16, then 2.0 as e4m3fn
        assertThat(ScalarText.str(rec, new HeapByteSource(bytes), 0)).isEqualTo("(1.5, 2.0)");
    }

    @Test
    void copiedNumpyCodeImportsMlDtypesAndPastesBackAsTheSameView() {
        for (String type : List.of("bfloat16", ">bfloat16", "float8_e4m3fn", "float8_e5m2")) {
            DType d = DType.parse(type);
            Layout view = new Layout(d, new long[] {2}, new long[] {-d.itemsize()}, d.itemsize());
            String code = NumpyCode.forBytes(view, new byte[] {1, 2, 3, 4});
            assertThat(code).contains("import ml_dtypes\n").contains(type.startsWith(">")
                    ? "dtype=np.dtype(ml_dtypes.bfloat16).newbyteorder('>')" : "dtype=ml_dtypes." + type + ",");
            NumpySnippet.Result back = NumpySnippet.parseDetailed(code);
            assertThat(DType.parse(back.layout().dtype())).isEqualTo(d);
            assertThat(back.layout().strides()).containsExactly(-d.itemsize());
        }
        assertThat(NumpySnippet.parse("np.frombuffer(b'\\x80\\x3f', dtype=ml_dtypes.bfloat16)").dtype()).isEqualTo("bfloat16");
    }

    @Test
    void everyBitPatternDecodesAndPrintsAsTheReferenceTableSays() throws IOException {
        Map<FloatFormat, Integer> seen = new EnumMap<>(FloatFormat.class);
        List<String> wrong = new ArrayList<>();
        for (String[] row : table()) {
            FloatFormat format = FloatFormat.ofMlName(row[0]);
            int bits = Integer.parseInt(row[1], 16);
            DType little = DType.parse(row[0]);
            byte[] le = format.bytes() == 2 ? new byte[] {(byte) bits, (byte) (bits >> 8)} : new byte[] {(byte) bits};
            Scalar s = Scalar.read(little, new HeapByteSource(le), 0);
            double want = pythonFloat(row[2]);
            if (Double.doubleToLongBits(s.toFloat64()) != Double.doubleToLongBits(want)) {
                wrong.add(Arrays.toString(row) + " decodes to " + s.toFloat64());
            }
            String text = ScalarText.str(s);
            if (!printsAs(text, row[3])) {
                wrong.add(Arrays.toString(row) + " prints " + text);
            }
            if (format.bytes() == 2) {
                byte[] be = {le[1], le[0]};
                Scalar big = Scalar.read(DType.parse(">" + row[0]), new HeapByteSource(be), 0);
                if (!ScalarText.str(big).equals(text)) {
                    wrong.add(Arrays.toString(row) + " big-endian prints " + ScalarText.str(big));
                }
            }
            seen.merge(format, 1, Integer::sum);
        }
        assertThat(wrong).isEmpty();
        assertThat(seen).containsEntry(FloatFormat.BFLOAT16, 1 << 16)
                .containsEntry(FloatFormat.FLOAT8_E4M3FN, 256).containsEntry(FloatFormat.FLOAT8_E5M2, 256);
    }

    @Test
    void everyPrintedValueReadsBackToTheSameBits() {
        for (FloatFormat format : List.of(FloatFormat.BFLOAT16, FloatFormat.FLOAT8_E4M3FN, FloatFormat.FLOAT8_E5M2)) {
            Reading reading = new Reading(format);
            int patterns = 1 << (8 * format.bytes());
            int checked = 0;
            for (int bits = 0; bits < patterns; bits++) {
                FloatValue v = new FloatValue(format, bits);
                if (v.isNaN()) {
                    assertThat(FloatText.str(v)).isEqualTo("nan");
                    continue;
                }
                String text = FloatText.str(v);
                assertThat(reading.bitsOf(text)).as("%s %s printed %s", format, Integer.toHexString(bits), text)
                        .isEqualTo(bits);
                checked++;
            }
            assertThat(checked).isGreaterThan(patterns - (patterns >> 5) - 2);
        }
    }

    @Test
    void everyPrintedBfloat16ReadsBackAlsoThroughFloat32AsMlDtypesConverts() {
        // ml_dtypes.bfloat16(float(text)) rounds the double to float32, then to bfloat16: twice
        for (int bits = 0; bits < 1 << 16; bits++) {
            FloatValue v = new FloatValue(FloatFormat.BFLOAT16, bits);
            if (!v.isFinite()) {
                continue;
            }
            int f = Float.floatToRawIntBits((float) Double.parseDouble(FloatText.str(v)));
            int back = (f + 0x7fff + (f >>> 16 & 1)) >>> 16;
            assertThat(back).as("%x printed %s", bits, FloatText.str(v)).isEqualTo(bits);
        }
    }

    @Test
    void theFormatsEdgesAreTheOnesMlDtypesDocuments() {
        FloatValue e4Max = new FloatValue(FloatFormat.FLOAT8_E4M3FN, 0x7e);
        assertThat(e4Max.toDouble()).isEqualTo(448.0);
        assertThat(e4Max.isFinite()).isTrue();
        assertThat(new FloatValue(FloatFormat.FLOAT8_E4M3FN, 0x78).toDouble()).isEqualTo(256.0); // exponent 1111 is a number
        assertThat(new FloatValue(FloatFormat.FLOAT8_E4M3FN, 0x7f).isNaN()).isTrue();
        assertThat(new FloatValue(FloatFormat.FLOAT8_E4M3FN, 0xff).isNaN()).isTrue();
        assertThat(new FloatValue(FloatFormat.FLOAT8_E4M3FN, 0x01).toDouble()).isEqualTo(0x1p-9);
        assertThat(new FloatValue(FloatFormat.FLOAT8_E5M2, 0x7b).toDouble()).isEqualTo(57344.0);
        assertThat(new FloatValue(FloatFormat.FLOAT8_E5M2, 0x7c).toDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(new FloatValue(FloatFormat.FLOAT8_E5M2, 0xfc).toDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(new FloatValue(FloatFormat.FLOAT8_E5M2, 0x7d).isNaN()).isTrue();
        assertThat(new FloatValue(FloatFormat.BFLOAT16, 0x7f7f).toDouble()).isEqualTo((double) 0x1.fep127f);
        // printed like NumPy's float16: Python's float layout, the type's own shortest digits
        assertThat(FloatText.str(new FloatValue(FloatFormat.BFLOAT16, 0x3f9d))).isEqualTo("1.23"); // 1.2265625
        assertThat(FloatText.str(new FloatValue(FloatFormat.BFLOAT16, 0x7f7f))).isEqualTo("3.39e+38");
        assertThat(FloatText.str(new FloatValue(FloatFormat.BFLOAT16, 0x0001))).isEqualTo("9e-41");
        assertThat(FloatText.str(new FloatValue(FloatFormat.BFLOAT16, 0x8000))).isEqualTo("-0.0");
        assertThat(FloatText.str(e4Max)).isEqualTo("450.0");
        assertThat(FloatText.str(new FloatValue(FloatFormat.FLOAT8_E5M2, 0x2e))).isEqualTo("0.09"); // 0.09375
        assertThat(FloatText.str(new FloatValue(FloatFormat.FLOAT8_E5M2, 0x01))).isEqualTo("2e-05");
    }

    /** The table's "shortest" column ({@code 123e-2}, {@code nan}, {@code -0}) against Python-style text. */
    private static boolean printsAs(String text, String shortest) {
        return switch (shortest) {
            case "nan", "inf", "-inf" -> text.equals(shortest);
            case "0" -> text.equals("0.0");
            case "-0" -> text.equals("-0.0");
            default -> new BigDecimal(text).compareTo(new BigDecimal(shortest)) == 0
                    && (text.contains("e") ? text.matches("-?\\d(\\.\\d+)?e[-+]\\d\\d+") : text.matches("-?\\d+\\.\\d+"));
        };
    }

    /** Python's {@code float(repr)}: {@code inf}, {@code -inf}, {@code nan} as Python writes them. */
    private static double pythonFloat(String repr) {
        return switch (repr) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(repr);
        };
    }

    private static List<String[]> table() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                MlFloatsTest.class.getResourceAsStream("/dtype/ml-floats.tsv.gz")), StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    /**
     * Decimal text read in a type the way ml_dtypes converts: to the nearest value, ties to the
     * even pattern; past the largest value the next pattern up (infinity, or e4m3fn's NaN).
     */
    private static final class Reading {
        private final List<BigDecimal> values = new ArrayList<>();
        private final List<Integer> patterns = new ArrayList<>();
        private final int signBit;

        Reading(FloatFormat format) {
            signBit = 1 << (8 * format.bytes() - 1);
            int top = 0;
            for (int bits = 0; bits < signBit; bits++) {
                double d = format.toDouble(bits);
                if (Double.isFinite(d)) {
                    values.add(new BigDecimal(d)); // positive patterns grow with their bits
                    patterns.add(bits);
                    top = bits;
                }
            }
            BigDecimal last = values.get(values.size() - 1);
            values.add(last.add(last.subtract(values.get(values.size() - 2))));
            patterns.add(top + 1);
        }

        int bitsOf(String text) {
            int sign = text.startsWith("-") ? signBit : 0;
            if (text.endsWith("inf")) {
                return sign | patterns.get(patterns.size() - 1); // the pattern past the largest value
            }
            BigDecimal x = new BigDecimal(text);
            x = x.abs();
            int i = java.util.Collections.binarySearch(values, x);
            if (i >= 0) {
                return sign | patterns.get(i);
            }
            int hi = -i - 1;
            if (hi >= values.size()) {
                return sign | patterns.get(values.size() - 1);
            }
            int c = x.subtract(values.get(hi - 1)).compareTo(values.get(hi).subtract(x));
            int lo = patterns.get(hi - 1);
            return sign | (c < 0 || c == 0 && lo % 2 == 0 ? lo : patterns.get(hi));
        }
    }
}
