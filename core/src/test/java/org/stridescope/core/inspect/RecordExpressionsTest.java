package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.json.Json;
import org.stridescope.core.layout.LayoutSpec;

/**
 * Record forms and expressions beyond the shared vectors, each answer NumPy 1.24's for
 * {@code np.ndarray(shape, np.dtype(eval(dtype)), bytes(range(48)))} and the expression:
 * titles, {@code np.dtype(..., align=True)} as code, nested field views, multi-field views out of
 * order, and {@code np.lib.recfunctions.structured_to_unstructured} (a view or a copy as NumPy's).
 */
class RecordExpressionsTest {
    private static final byte[] BYTES = HexFormat.of().parseHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f");

    private static Map<?, ?> inspect(String dtype, long n, String expr) {
        Inspection i = Inspector.inspect(new HeapByteSource(BYTES), new LayoutSpec(dtype, new long[] {n}, null, 0, -1), expr);
        return (Map<?, ?>) Json.parse(InspectionJson.of(i));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[('x','<f4'),('y','<f4')]|3|np.lib.recfunctions.structured_to_unstructured(a)|<f4|[3, 2]|[8, 4]|0",
        "[('x','<f4'),('s',[('p','<f4'),('q','<f4')])]|2|np.lib.recfunctions.structured_to_unstructured(a)|<f4|[2, 3]|[12, 4]|0",
        "[('x','<f4'),('s',[('p','u1'),('q','<i2')])]|2|a['s']['q']|<i2|[2]|[7]|5",
        "[('x','<f4'),('y','<i2'),('z','u1')]|4|a[['z','x']]|'|V7'|[4]|[7]|0",
        "[('x','<f4'),('y','<f4')]|3|a.view('<f4')|<f4|[6]|[4]|0",
        "[(('Temperature','temp'),'<f4'),('flag','?')]|2|a['Temperature']|<f4|[2]|[5]|0",
        "<i8|3|a.view('2i4')|<i4|[3, 2]|[8, 4]|0",
    })
    void viewsOfRecordsAreNumpys(String dtype, long n, String expr, String str, String shape, String strides, long offset) {
        Map<?, ?> answer = inspect(dtype, n, expr);
        assertThat(answer.get("ok")).as(String.valueOf(answer)).isEqualTo(true);
        assertThat(answer.get("dtype")).isEqualTo(str.replace("'", ""));
        assertThat(answer.get("shape").toString()).isEqualTo(shape);
        assertThat(answer.get("strides").toString()).isEqualTo(strides);
        assertThat(answer.get("offset")).isEqualTo(offset);
    }

    @Test
    void aMultiFieldViewOutOfOrderPrintsTheDictForm() {
        assertThat(inspect("[('x','<f4'),('y','<i2'),('z','u1')]", 4, "a[['z','x']]").get("repr")).isEqualTo(
                "array([( 6, 3.8204714e-37), (13, 6.5978198e-33), (20, 1.1364236e-28),\n"
                        + "       (27, 1.9527441e-24)],\n"
                        + "      dtype={'names': ['z', 'x'], 'formats': ['u1', '<f4'], 'offsets': [6, 0], 'itemsize': 7})");
    }

    @Test
    void titlesPrintAsNumpyWritesThem() {
        Map<?, ?> answer = inspect("[(('Temperature','temp'),'<f4'),('flag','?')]", 2, null);
        assertThat(answer.get("repr")).isEqualTo("array([(3.8204714e-37,  True), (4.0632161e-34,  True)],\n"
                + "      dtype=[(('Temperature', 'temp'), '<f4'), ('flag', '?')])");
    }

    @Test
    void mixedFieldTypesMakeStructuredToUnstructuredCopy() {
        Map<?, ?> answer = inspect("[('x','<f4'),('y','<i4')]", 3, "np.lib.recfunctions.structured_to_unstructured(a)");
        assertThat(answer.get("type")).isEqualTo("CopyRequired");
        assertThat((String) answer.get("detail")).contains("differ in type");
    }

    @Test
    void alignTrueAsCodePadsAndPrintsTheAlignedDictForm() {
        Map<?, ?> answer = inspect("np.dtype([('a', 'u1'), ('b', '<i4')], align=True)", 2, null);
        assertThat(answer.get("itemsize")).isEqualTo(8L);
        assertThat((String) answer.get("repr")).endsWith(
                "dtype={'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [0, 4], 'itemsize': 8, 'aligned': True})");
    }

    @Test
    void aViewAsASubarrayTypeMustKeepTheItemsize() {
        Map<?, ?> answer = inspect("<i4", 3, "a.view('2i4')");
        assertThat(answer.get("error")).isEqualTo(
                "Changing the dtype to a subarray type is only supported if the total itemsize is unchanged");
    }

    @Test
    void aMissingFieldIsNumpysValueError() {
        Map<?, ?> answer = inspect("[('x','<f4'),('y','<f4')]", 3, "a['z']");
        assertThat(answer.get("type")).isEqualTo("ValueError");
        assertThat(answer.get("error")).isEqualTo("no field of name z");
        assertThat((String) answer.get("detail")).contains("'x', 'y'");
    }

    @Test
    void aSubarrayOfSubarraysIsOneBlockWithBothShapes() {
        // np.ndarray((2,), [('a', ('<i2', (2,)), (3,)), ('b', 'u1')], bytes(range(48)))
        Map<?, ?> answer = inspect("[('a', ('<i2', (2,)), (3,)), ('b', 'u1')]", 2, null);
        assertThat(answer.get("repr")).isEqualTo("array([([[ 256,  770], [1284, 1798], [2312, 2826]], 12),\n"
                + "       ([[3597, 4111], [4625, 5139], [5653, 6167]], 25)],\n"
                + "      dtype=[('a', ('<i2', (2,)), (3,)), ('b', 'u1')])");
        Map<?, ?> field = inspect("[('a', ('<i2', (2,)), (3,)), ('b', 'u1')]", 2, "a['a']");
        assertThat(field.get("shape").toString()).isEqualTo("[2, 3, 2]");
        assertThat(field.get("strides").toString()).isEqualTo("[13, 4, 2]");
    }
}
