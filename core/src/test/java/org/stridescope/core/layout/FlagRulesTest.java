package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;

/**
 * One test per flag rule. Expected flags are NumPy 1.24.2's for
 * {@code np.ndarray(shape, dtype, bytes(64), offset, strides).flags}.
 */
class FlagRulesTest {
    static final DType F8 = new DType(Kind.FLOAT, 8, ByteOrder.LITTLE, null);
    static final DType F4 = new DType(Kind.FLOAT, 4, ByteOrder.LITTLE, null);

    static Flags flags(DType dtype, long[] shape, long[] strides, long offset) {
        return FlagRules.of(new Layout(dtype, shape, strides, offset));
    }

    static long[] a(long... v) {
        return v;
    }

    /** c_contiguous, f_contiguous, aligned, writeable. */
    static Flags numpy(boolean c, boolean f, boolean aligned) {
        return new Flags(c, f, aligned, false);
    }

    @Test
    void cOrderStridesAreCContiguousOnly() {
        assertThat(flags(F4, a(2, 3), a(12, 4), 0)).isEqualTo(numpy(true, false, true));
    }

    @Test
    void fOrderStridesAreFContiguousOnly() {
        assertThat(flags(F4, a(2, 3), a(4, 8), 0)).isEqualTo(numpy(false, true, true));
    }

    @Test
    void paddedRowsAreNeitherContiguous() {
        assertThat(flags(F4, a(2, 3), a(16, 4), 0)).isEqualTo(numpy(false, false, true));
    }

    @Test
    void lengthOneAxesAreSkippedWhateverTheirStride() {
        assertThat(flags(F8, a(3, 1), a(8, 99), 0)).isEqualTo(numpy(true, true, true));
        assertThat(flags(F8, a(1, 3), a(99, 8), 0)).isEqualTo(numpy(true, true, true));
        assertThat(flags(F8, a(1), a(3), 0)).isEqualTo(numpy(true, true, true));
    }

    @Test
    void anyZeroLengthAxisMakesBothContiguousAndAligned() {
        assertThat(flags(F8, a(3, 0, 4, 2), a(-8, 3, 5, -8), 8)).isEqualTo(numpy(true, true, true));
    }

    @Test
    void aZeroDimArrayIsBothContiguousAndAlignedByItsOffset() {
        assertThat(flags(F8, a(), a(), 3)).isEqualTo(numpy(true, true, false));
        assertThat(flags(F8, a(), a(), 8)).isEqualTo(numpy(true, true, true));
    }

    @Test
    void negativeOrBroadcastStridesAreNotContiguous() {
        assertThat(flags(F8, a(2), a(-8), 8)).isEqualTo(numpy(false, false, true));
        assertThat(flags(new DType(Kind.INT, 2, ByteOrder.LITTLE, null), a(2, 2), a(0, 2), 0))
                .isEqualTo(numpy(false, false, true));
    }

    @Test
    void zeroByteElementsAreContiguousWithStrideZero() {
        DType s0 = new DType(Kind.BYTES, 0, ByteOrder.NOT_APPLICABLE, null);
        assertThat(flags(s0, a(3), a(0), 0)).isEqualTo(numpy(true, true, true));
        assertThat(flags(s0, a(3, 2), a(0, 1), 0)).isEqualTo(numpy(false, false, true));
    }

    @Test
    void alignmentNeedsTheOffsetAndEveryLongAxisStrideToBeMultiples() {
        assertThat(flags(F8, a(2), a(12), 0)).isEqualTo(numpy(false, false, false));
        assertThat(flags(new DType(Kind.UNICODE, 4, ByteOrder.LITTLE, null), a(2), a(4), 2))
                .isEqualTo(numpy(true, true, false));
        assertThat(flags(new DType(Kind.DATETIME, 8, ByteOrder.LITTLE, "s"), a(2), a(8), 4))
                .isEqualTo(numpy(true, true, false));
    }

    @Test
    void complexAlignsToItsComponentSize() {
        DType c8 = new DType(Kind.COMPLEX, 8, ByteOrder.LITTLE, null);
        assertThat(flags(c8, a(2), a(8), 4)).isEqualTo(numpy(true, true, true));
        assertThat(flags(c8, a(2), a(8), 2)).isEqualTo(numpy(true, true, false));
    }

    @Test
    void boolAndBytesAreAlwaysAligned() {
        assertThat(flags(new DType(Kind.BOOL, 1, ByteOrder.NOT_APPLICABLE, null), a(3), a(3), 1))
                .isEqualTo(numpy(false, false, true));
        assertThat(flags(new DType(Kind.BYTES, 3, ByteOrder.NOT_APPLICABLE, null), a(2, 2), a(7, 3), 1))
                .isEqualTo(numpy(false, false, true));
    }

    @Test
    void viewsOfReadOnlyBytesAreNeverWriteable() {
        assertThat(flags(F8, a(2), a(8), 0).writeable()).isFalse();
    }

    @Test
    void eachReasonNamesTheAxisAndTheStrideThatDecidedIt() {
        FlagReasons r = FlagRules.reasons(new Layout(F4, a(2, 3), a(16, 4), 0));
        assertThat(r.cContiguous()).contains("axis 0", "16", "12");
        assertThat(r.fContiguous()).contains("axis 0", "16", "4");
        assertThat(r.aligned()).contains("4");
        assertThat(r.writeable()).contains("read-only");
        FlagReasons misaligned = FlagRules.reasons(new Layout(F8, a(2), a(12), 0));
        assertThat(misaligned.aligned()).contains("axis 0", "12", "8");
        assertThat(FlagRules.reasons(new Layout(F8, a(), a(), 3)).aligned()).contains("offset 3");
    }
}
