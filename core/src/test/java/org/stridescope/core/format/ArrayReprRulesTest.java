package org.stridescope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.FloatValue;
import org.stridescope.core.dtype.Scalar;

/** NumPy 1.24's repr rules, one test each; expected texts are what {@code /usr/bin/python3} printed. */
class ArrayReprRulesTest {

    private static ElementReader doubles(java.util.function.LongToDoubleFunction f) {
        return k -> new Scalar.Float(FloatValue.of(f.applyAsDouble(k)));
    }

    @Test
    void hugeArraysAreSummarisedAndOnlyTheirCornersAreRead() {
        // np.broadcast_to(np.arange(1e6), (10**6, 10**6))
        AtomicLong reads = new AtomicLong();
        ElementReader reader = k -> {
            reads.incrementAndGet();
            return new Scalar.Float(FloatValue.of(k % 1_000_000));
        };
        String repr = ArrayRepr.repr(DType.parse("f8"), new long[] {1_000_000, 1_000_000}, reader);
        String row = "[0.00000e+00, 1.00000e+00, 2.00000e+00, ..., 9.99997e+05,\n"
                + "        9.99998e+05, 9.99999e+05]";
        assertThat(repr).isEqualTo("array([" + row + ",\n       " + row + ",\n       " + row + ",\n       ...,\n       "
                + row + ",\n       " + row + ",\n       " + row + "])");
        assertThat(reads.get()).isLessThanOrEqualTo(2 * 36);
    }

    @Test
    void anArrayOfShortAxesThatWouldPrintBillionsIsRefusedBeforeAnyRead() {
        // NumPy prints every element of np.broadcast_to(a, (2,)*32): no axis is longer than 6
        AtomicLong reads = new AtomicLong();
        ElementReader reader = k -> {
            reads.incrementAndGet();
            return new Scalar.Int(1, false);
        };
        long[] shape = new long[32];
        java.util.Arrays.fill(shape, 2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArrayRepr.repr(DType.parse("u1"), shape, reader))
                .isInstanceOfSatisfying(org.stridescope.core.StridescopeError.class,
                        e -> assertThat(e.origin()).isEqualTo(org.stridescope.core.StridescopeError.Origin.INPUT))
                .hasMessage("the repr would print 4294967296 elements, more than the 100000 printed at most");
        long[] wide = new long[20];
        java.util.Arrays.fill(wide, 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArrayRepr.repr(DType.parse("u1"), wide, reader))
                .isInstanceOf(org.stridescope.core.StridescopeError.class);
        // wide elements: 2^12 shown strings of 10^5 characters
        long[] strings = new long[12];
        java.util.Arrays.fill(strings, 2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArrayRepr.repr(DType.parse("U100000"), strings, reader))
                .isInstanceOf(org.stridescope.core.StridescopeError.class);
        assertThat(reads.get()).isZero();
    }

    @Test
    void summarisedCornersOfManyShortAndLongAxesMatchNumpy() {
        // repr(np.broadcast_to(np.uint8(1), (2, 7, 2, 1000)))
        String repr = ArrayRepr.repr(DType.parse("u1"), new long[] {2, 7, 2, 1000}, k -> new Scalar.Int(1, false));
        assertThat(repr).isEqualTo(NUMPY_2_7_2_1000);
    }

    @Test
    void columnsAlignAndLinesWrapAt75Characters() {
        assertThat(ArrayRepr.repr(DType.parse("f8"), new long[] {30}, doubles(k -> k * 1.5))).isEqualTo(
                "array([ 0. ,  1.5,  3. ,  4.5,  6. ,  7.5,  9. , 10.5, 12. , 13.5, 15. ,\n"
                        + "       16.5, 18. , 19.5, 21. , 22.5, 24. , 25.5, 27. , 28.5, 30. , 31.5,\n"
                        + "       33. , 34.5, 36. , 37.5, 39. , 40.5, 42. , 43.5])");
    }

    @Test
    void smallValuesSwitchTheWholeArrayToScientificAndNanInfPadToTheColumn() {
        double[] v = {1e-5, 1.0, Double.NaN, Double.NEGATIVE_INFINITY};
        assertThat(ArrayRepr.repr(DType.parse("f8"), new long[] {4}, doubles(k -> v[(int) k])))
                .isEqualTo("array([1.e-05, 1.e+00,    nan,   -inf])");
    }

    @Test
    void dtypeIsNamedWithoutByteOrderExceptForTheDefaults() {
        ElementReader ints = k -> new Scalar.Int(k + 1, false);
        assertThat(ArrayRepr.repr(DType.parse(">i8"), new long[] {2}, ints)).isEqualTo("array([1, 2])");
        assertThat(ArrayRepr.repr(DType.parse("q"), new long[] {2}, ints)).isEqualTo("array([1, 2], dtype=int64)");
        assertThat(ArrayRepr.repr(DType.parse("i4"), new long[] {3, 4}, k -> new Scalar.Int(k, false)))
                .isEqualTo("array([[ 0,  1,  2,  3],\n       [ 4,  5,  6,  7],\n       [ 8,  9, 10, 11]], dtype=int32)");
    }

    @Test
    void zeroDimensionalAndEmptyArrays() {
        assertThat(ArrayRepr.repr(DType.parse("f4"), new long[] {},
                k -> new Scalar.Float(new FloatValue(FloatFormat.SINGLE, Float.floatToRawIntBits(3.5f)))))
                .isEqualTo("array(3.5, dtype=float32)");
        assertThat(ArrayRepr.repr(DType.parse("U3"), new long[] {2, 0}, k -> null))
                .isEqualTo("array([], shape=(2, 0), dtype='<U3')");
    }
    private static final String NUMPY_2_7_2_1000 = "array([[[[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        ...,\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]]],\n\n\n       [[[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        ...,\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]],\n\n        [[1, 1, 1, ..., 1, 1, 1],\n         [1, 1, 1, ..., 1, 1, 1]]]], dtype=uint8)";
}
