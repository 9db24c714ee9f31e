package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;

/**
 * Byte -> elements is the exact inverse of element -> bytes: on random layouts (strides zero,
 * negative, overlapping, odd; many axes) the elements {@link ByteToElements} names for a byte
 * are exactly those whose bytes include it, with the same count, listed in C order. The oracle
 * visits every element.
 */
class ByteToElementsPropertyTest {

    @Property(tries = 400)
    void readersAreExactlyTheElementsWhoseBytesIncludeTheByte(@ForAll("manyAxes") Layout layout,
            @ForAll @IntRange(min = 0, max = 12) int limit) {
        everyByteAgrees(layout, limit);
    }

    @Property(tries = 300)
    void readersAreExactOnLongAxesWithWideStrides(@ForAll("fewLongAxes") Layout layout,
            @ForAll @IntRange(min = 0, max = 12) int limit) {
        everyByteAgrees(layout, limit);
    }

    @Property(tries = 300)
    void elementsInARangeAreThoseReadingAnyOfItsBytes(@ForAll("manyAxes") Layout layout,
            @ForAll @IntRange(min = -3, max = 40) int start, @ForAll @IntRange(min = 0, max = 9) int length,
            @ForAll @IntRange(min = 0, max = 12) int limit) {
        ByteRange range = ByteRange.ofLength(start, length);
        List<long[]> expected = new ArrayList<>();
        for (long[] index : allIndices(layout.shape())) {
            ByteRange bytes = layout.bytesOf(index);
            if (bytes.length() > 0 && bytes.start() <= range.last() && range.start() <= bytes.last() && range.length() > 0) {
                expected.add(index);
            }
        }
        ElementsInRange found = ByteToElements.elementsIn(layout, range, limit);
        assertThat(found.count()).isEqualTo(expected.size());
        assertThat(found.first()).containsExactlyElementsOf(expected.subList(0, Math.min(limit, expected.size())));
    }

    private static void everyByteAgrees(Layout layout, int limit) {
        // The oracle: every element, in C order, filed under each byte it reads.
        java.util.TreeMap<Long, List<long[]>> readersOf = new java.util.TreeMap<>();
        long low = layout.offset();
        long high = layout.offset();
        for (long[] index : allIndices(layout.shape())) {
            ByteRange bytes = layout.bytesOf(index);
            low = Math.min(low, bytes.start());
            high = Math.max(high, bytes.endExclusive());
            for (long pos = bytes.start(); pos < bytes.endExclusive(); pos++) {
                readersOf.computeIfAbsent(pos, p -> new ArrayList<>()).add(index);
            }
        }
        for (long pos = low - 2; pos <= high + 2; pos++) {
            List<long[]> expected = readersOf.getOrDefault(pos, List.of());
            Readers readers = ByteToElements.readers(layout, pos, limit);
            assertThat(readers.count()).as("count at byte %d of %s", pos, layout).isEqualTo(expected.size());
            assertThat(readers.first()).as("first readers of byte %d of %s", pos, layout)
                    .containsExactlyElementsOf(expected.subList(0, Math.min(limit, expected.size())));
        }
    }

    /** Every index of a shape, in C order (the oracle's own odometer). */
    static List<long[]> allIndices(long[] shape) {
        List<long[]> out = new ArrayList<>();
        for (long d : shape) {
            if (d == 0) {
                return out;
            }
        }
        long[] index = new long[shape.length];
        while (true) {
            out.add(index.clone());
            int k = shape.length - 1;
            while (k >= 0 && ++index[k] == shape[k]) {
                index[k--] = 0;
            }
            if (k < 0) {
                return out;
            }
        }
    }

    @Provide
    Arbitrary<Layout> manyAxes() {
        return layouts(Arbitraries.integers().between(0, 5), Arbitraries.longs().between(0, 4),
                Arbitraries.longs().between(-12, 12));
    }

    @Provide
    Arbitrary<Layout> fewLongAxes() {
        return layouts(Arbitraries.integers().between(1, 3), Arbitraries.longs().between(0, 25),
                Arbitraries.longs().between(-70, 70));
    }

    private static Arbitrary<Layout> layouts(Arbitrary<Integer> ndim, Arbitrary<Long> length, Arbitrary<Long> stride) {
        Arbitrary<DType> dtype = Arbitraries.of(0, 1, 2, 3, 4, 8, 16).map(ByteToElementsPropertyTest::typeOfSize);
        return ndim.flatMap(n -> Combinators.combine(dtype, length.array(long[].class).ofSize(n),
                stride.array(long[].class).ofSize(n), Arbitraries.longs().between(0, 5))
                .as(ByteToElementsPropertyTest::fitted));
    }

    /** A layout whose lowest element starts {@code slack} bytes into the buffer. */
    static Layout fitted(DType dtype, long[] shape, long[] strides, long slack) {
        long down = 0;
        for (int k = 0; k < shape.length; k++) {
            down += Math.min(0, strides[k] * (shape[k] - 1));
        }
        return new Layout(dtype, shape, strides, slack - down);
    }

    static DType typeOfSize(int itemsize) {
        return switch (itemsize) {
            case 2, 4, 8 -> new DType(Kind.INT, itemsize, ByteOrder.LITTLE, null);
            case 16 -> new DType(Kind.COMPLEX, itemsize, ByteOrder.LITTLE, null);
            default -> new DType(Kind.BYTES, itemsize, ByteOrder.NOT_APPLICABLE, null);
        };
    }
}
