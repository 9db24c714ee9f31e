package org.stridescope.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.Layout;

/**
 * Copies and numbers computed from the same bytes print as NumPy prints them. Expected text from
 * NumPy: a = np.arange(12, dtype='<i4').reshape(3, 4), b = a.astype('>i4'),
 * f = (np.arange(200, dtype='<f4') / 3).reshape(10, 20); print(repr(a.T.reshape(12))) and so on,
 * str() for the numbers (what NumPy 1.24's console shows for a scalar). A '>i4' copy keeps its
 * byte order and prints as the window's repr prints '>i4' views (NumPy 1.24: dtype=int32).
 */
class CopiedValuesTest {
    private static String on(String array, String expression) {
        ByteBuffer buf;
        Layout layout;
        if (array.equals("f")) {
            buf = ByteBuffer.allocate(800).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < 200; i++) {
                buf.putFloat((float) i / 3f);
            }
            layout = new Layout(DType.parse("<f4"), new long[] {10, 20}, new long[] {80, 4}, 0);
        } else {
            buf = ByteBuffer.allocate(48).order(array.equals("a") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            for (int i = 0; i < 12; i++) {
                buf.putInt(i);
            }
            layout = new Layout(DType.parse(array.equals("a") ? "<i4" : ">i4"), new long[] {3, 4}, new long[] {16, 4}, 0);
        }
        return CopiedValues.print(expression, new HeapByteSource(buf.array(), array), layout);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a | a.T.reshape(12)   | array([ 0,  4,  8,  1,  5,  9,  2,  6, 10,  3,  7, 11], dtype=int32)
            a | a.T.reshape(2, 6) | array([[ 0,  4,  8,  1,  5,  9],\\n       [ 2,  6, 10,  3,  7, 11]], dtype=int32)
            a | a[[0, 2]]         | array([[ 0,  1,  2,  3],\\n       [ 8,  9, 10, 11]], dtype=int32)
            a | a[[-1, 0]]        | array([[ 8,  9, 10, 11],\\n       [ 0,  1,  2,  3]], dtype=int32)
            a | a + 1             | array([[ 1,  2,  3,  4],\\n       [ 5,  6,  7,  8],\\n       [ 9, 10, 11, 12]], dtype=int32)
            a | 1 - a             | array([[  1,   0,  -1,  -2],\\n       [ -3,  -4,  -5,  -6],\\n       [ -7,  -8,  -9, -10]], dtype=int32)
            a | a * 2.5           | array([[ 0. ,  2.5,  5. ,  7.5],\\n       [10. , 12.5, 15. , 17.5],\\n       [20. , 22.5, 25. , 27.5]])
            b | b + 1             | array([[ 1,  2,  3,  4],\\n       [ 5,  6,  7,  8],\\n       [ 9, 10, 11, 12]], dtype=int32)
            b | b[[1]]            | array([[4, 5, 6, 7]], dtype=int32)
            a | a.sum()           | 66
            a | a.T.sum()         | 66
            a | a.mean()          | 5.5
            a | a.min()           | 0
            a | a.max()           | 11
            f | f.sum()           | 6633.3335
            f | f.mean()          | 33.166668
            f | f.max()           | 66.333336
            f | (f * 3).sum()     | 19900.0
            """)
    void aCopyOrANumberPrintsAsNumpyPrintsIt(String array, String expression, String numpy) {
        assertThat(on(array, expression.replace(array, "a"))).isEqualTo(numpy.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource({"a.T", "a[::2]", "np.flip(a, 0)", "a + a", "a.T.reshape(5)", "a[[0, 9]]"})
    void viewsAndWhatIsNotWorkedOutHereGiveNothing(String expression) {
        assertThat(on("a", expression)).isNull();
    }
}
