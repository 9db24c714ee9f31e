package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;

/**
 * Byte -> elements on layouts far too big to scan. Expectations follow from the definition
 * (element i reads offset + sum(i_k * s_k) .. + itemsize - 1), worked out by hand per case.
 */
class ByteToElementsTest {
    static final DType F8 = new DType(Kind.FLOAT, 8, ByteOrder.LITTLE, null);
    static final long N = 1_000_000;

    static Layout layout(long[] shape, long[] strides, long offset) {
        return new Layout(F8, shape, strides, offset);
    }

    static long[] a(long... v) {
        return v;
    }

    @Test
    void aByteOfATrillionElementCOrderArrayHasOneReader() {
        Readers r = ByteToElements.readers(layout(a(N, N), a(8 * N, 8), 0), 8 * (3 * N + 5) + 2, 10);
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.first()).containsExactly(a(3, 5));
    }

    @Test
    void aByteOfATransposedArrayFindsItsOneReader() {
        Readers r = ByteToElements.readers(layout(a(N, N), a(8, 8 * N), 0), 8 * (3 + 5 * N) + 7, 10);
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.first()).containsExactly(a(3, 5));
    }

    @Test
    void aBroadcastAxisMultipliesTheReaders() {
        Readers r = ByteToElements.readers(layout(a(N, N), a(0, 8), 0), 8 * 7 + 1, 3);
        assertThat(r.count()).isEqualTo(N);
        assertThat(r.first()).containsExactly(a(0, 7), a(1, 7), a(2, 7));
    }

    @Test
    void anAllZeroStrideArrayIsATrillionReadersOfItsOneElement() {
        Readers r = ByteToElements.readers(layout(a(N, N), a(0, 0), 0), 3, 3);
        assertThat(r.count()).isEqualTo(N * N);
        assertThat(r.first()).containsExactly(a(0, 0), a(0, 1), a(0, 2));
        assertThat(ByteToElements.readers(layout(a(N, N), a(0, 0), 0), 8, 3).count()).isZero();
    }

    @Test
    void slidingWindowsShareBytes() {
        // window i, item j starts at 8*(i+j): byte 40 is read by every (i, j) with i + j = 5
        Readers r = ByteToElements.readers(layout(a(10, 4), a(8, 8), 0), 40, 10);
        assertThat(r.count()).isEqualTo(4);
        assertThat(r.first()).containsExactly(a(2, 3), a(3, 2), a(4, 1), a(5, 0));
    }

    @Test
    void negativeStridesCountFromTheEnd() {
        // reversed rows: element [i, j] starts at 8*(N*(N-1-i) + j)
        Readers r = ByteToElements.readers(layout(a(N, N), a(-8 * N, 8), 8 * N * (N - 1)), 8 * (N * 2 + 9), 10);
        assertThat(r.first()).containsExactly(a(N - 3, 9));
    }

    @Test
    void unalignedStridesOverlapNeighbours() {
        // items start every 3 bytes and are 8 long: byte 10 is read by items starting at 3, 6, 9
        Readers r = ByteToElements.readers(layout(a(10), a(3), 0), 10, 10);
        assertThat(r.first()).containsExactly(a(1), a(2), a(3));
    }

    @Test
    void bytesOutsideEveryElementHaveNoReaders() {
        Layout l = layout(a(2, 3), a(32, 8), 4);
        assertThat(ByteToElements.readers(l, 3, 10).count()).isZero();
        assertThat(ByteToElements.readers(l, 28, 10).count()).isZero(); // the gap after each row
        assertThat(ByteToElements.readers(l, 60, 10).count()).isZero();
    }

    @Test
    void zeroByteElementsReadNothing() {
        Layout l = new Layout(new DType(Kind.BYTES, 0, ByteOrder.NOT_APPLICABLE, null), a(3), a(0), 0);
        assertThat(ByteToElements.readers(l, 0, 10).count()).isZero();
    }

    @Test
    void aRangeListsEveryElementTouchingIt() {
        ElementsInRange e = ByteToElements.elementsIn(layout(a(N, N), a(8 * N, 8), 0), new ByteRange(12, 30), 10);
        assertThat(e.count()).isEqualTo(3);
        assertThat(e.first()).containsExactlyElementsOf(List.of(a(0, 1), a(0, 2), a(0, 3)));
    }
}
