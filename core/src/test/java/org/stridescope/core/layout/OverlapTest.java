package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stridescope.core.Vectors;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;

/**
 * The overlapping flag: some byte read by two elements. Expectations are NumPy 1.24's exact
 * answer, {@code numpy.core._multiarray_tests.internal_overlap(a)}, from
 * {@code scripts/vectors/internal_overlap.py}.
 */
class OverlapTest {
    static final DType I4 = new DType(Kind.INT, 4, ByteOrder.LITTLE, null);

    static Overlap of(long[] shape, long[] strides) {
        return Overlap.of(new Layout(I4, shape, strides, 64));
    }

    static long[] a(long... v) {
        return v;
    }

    @Test
    void strideZeroOnAnAxisLongerThanOneReadsTheSameBytesAgain() {
        // np.broadcast_to(x[:6], (3, 6)): strides (0, 4)
        Overlap o = of(a(3, 6), a(0, 4));
        assertThat(o.overlapping()).isTrue();
        assertThat(o.reason()).isEqualTo("axis 0 has stride 0: all 3 indices along it read the same bytes");
    }

    @Test
    void strideZeroOnALengthOneAxisReadsNothingTwice() {
        assertThat(of(a(1, 4), a(0, 4)).overlapping()).isFalse();
    }

    @Test
    void slidingWindowsShareBytesAndTheReasonNamesTwoElements() {
        // sliding_window_view(np.arange(24, dtype='<i4'), 3): shape (22, 3), strides (4, 4);
        // a[0, 1] and a[1, 0] are both x[1], bytes 4..7 (here 68..71 with offset 64).
        Overlap o = of(a(22, 3), a(4, 4));
        assertThat(o.overlapping()).isTrue();
        assertThat(o.reason()).isEqualTo("elements [0, 1] and [1, 0] both read byte 68");
    }

    @Test
    void cOrderTransposeAndNegativeStridesDoNotOverlap() {
        assertThat(of(a(4, 6), a(24, 4)).overlapping()).isFalse();
        assertThat(of(a(6, 4), a(4, 24)).overlapping()).isFalse();
        assertThat(of(a(4, 3), a(-24, -8)).overlapping()).isFalse();
        assertThat(of(a(4, 6), a(24, 4)).reason()).isEqualTo("each axis steps past all the bytes of the axes with smaller strides, so no byte is read twice");
    }

    @Test
    void aStrideShorterThanTheItemOverlapsItsNeighbour() {
        // as_strided(x, (3,), (2,)) with 4-byte items: elements 0 and 1 share bytes 2..3
        Overlap o = of(a(3), a(2));
        assertThat(o.overlapping()).isTrue();
        assertThat(o.reason()).isEqualTo("elements [0] and [1] both read byte 66");
    }

    @Test
    void interleavedAxesAreSolvedExactlyNotJustByTheQuickRule() {
        DType u1 = new DType(Kind.UINT, 1, ByteOrder.NOT_APPLICABLE, null);
        // as_strided(int8 buffer, (2, 3), (3, 2)) reads bytes 0 2 4 3 5 7: no byte twice, though
        // axis 0's stride 3 is less than the 5 bytes axis 1 covers.
        assertThat(Overlap.of(new Layout(u1, a(2, 3), a(3, 2), 0)).overlapping()).isFalse();
        // strides (4, 2): bytes 0 2 4 4 6 8, byte 4 twice.
        assertThat(Overlap.of(new Layout(u1, a(2, 3), a(4, 2), 0)).reason())
                .isEqualTo("elements [0, 2] and [1, 0] both read byte 4");
    }

    @Test
    void emptyZeroDimAndZeroByteArraysDoNotOverlap() {
        assertThat(of(a(0), a(4)).overlapping()).isFalse();
        assertThat(of(a(), a()).overlapping()).isFalse();
        DType s0 = new DType(Kind.BYTES, 0, ByteOrder.NOT_APPLICABLE, null);
        assertThat(Overlap.of(new Layout(s0, a(3), a(0), 0)).overlapping()).isFalse();
    }

    @Test
    void everyCaseAgreesWithNumpysInternalOverlap() throws IOException {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Map<?, ?> c : Vectors.lines("/layout/numpy-1.24-internal-overlap.jsonl")) {
            n++;
            DType type = new DType(Kind.VOID, ((Number) c.get("itemsize")).intValue(), ByteOrder.NOT_APPLICABLE, null);
            Layout layout = new Layout(type, longs(c.get("shape")), longs(c.get("strides")), 4096);
            Overlap o = Overlap.of(layout);
            if (o.overlapping() != (Boolean) c.get("overlapping")) {
                wrong.add(c + " -> " + o);
            }
        }
        assertThat(n).isGreaterThan(400);
        assertThat(wrong).isEmpty();
    }

    private static long[] longs(Object list) {
        return ((List<?>) list).stream().mapToLong(x -> ((Number) x).longValue()).toArray();
    }
}
