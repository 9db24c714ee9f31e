package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.stridescope.core.dtype.DType;

/**
 * Coverage against brute force on small random layouts (strides zero, negative, overlapping):
 * the oracle visits every element and counts, for every byte, the elements whose bytes hold it.
 */
class CoveragePropertyTest {

    @Property(tries = 300)
    void eachBytesCountIsTheNumberOfElementsHoldingIt(@ForAll("layouts") Layout layout) {
        long[] counts = bruteCounts(layout, 0, 80);
        for (int p = 0; p < counts.length; p++) {
            assertThat(Coverage.readers(layout, p)).as("byte %d of %s", p, layout).isEqualTo(counts[p]);
        }
    }

    @Property(tries = 300)
    void aShortRunIsSummarisedExactly(@ForAll("layouts") Layout layout,
            @ForAll @IntRange(min = 0, max = 70) int start, @ForAll @IntRange(min = 1, max = Coverage.EXACT_UP_TO) int length) {
        long[] counts = bruteCounts(layout, start, length);
        assertThat(Coverage.of(layout, ByteRange.ofLength(start, length))).isEqualTo(exactKind(counts));
    }

    /** Long runs are partly sampled: "never" stays exact, and every other answer has a witness. */
    @Property(tries = 400)
    void aLongRunsSummaryIsNeverWrongAboutWhatItClaims(@ForAll("layouts") Layout layout,
            @ForAll @IntRange(min = 0, max = 60) int start, @ForAll @IntRange(min = 17, max = 200) int length) {
        long[] counts = bruteCounts(layout, start, length);
        Coverage.Kind kind = Coverage.of(layout, ByteRange.ofLength(start, length));
        boolean anyRead = false;
        boolean anyUnread = false;
        boolean anyTwice = false;
        boolean anyOnce = false;
        for (long c : counts) {
            anyRead |= c > 0;
            anyUnread |= c == 0;
            anyTwice |= c > 1;
            anyOnce |= c == 1;
        }
        switch (kind) {
            case NEVER -> assertThat(anyRead).isFalse();
            case SEVERAL -> assertThat(anyTwice).isTrue();
            case PARTLY -> assertThat(anyUnread && anyRead).isTrue();
            case ONCE -> assertThat(anyOnce).isTrue();
        }
        if (!anyRead) {
            assertThat(kind).isEqualTo(Coverage.Kind.NEVER);
        }
    }

    /** The elements meeting a byte range of any length (the hex view's drag selection) are counted exactly. */
    @Property(tries = 300)
    void elementsMeetingAnyLongRangeAreCountedExactly(@ForAll("layouts") Layout layout,
            @ForAll @IntRange(min = 0, max = 60) int start, @ForAll @IntRange(min = 1, max = 300) int length) {
        long expected = 0;
        for (long[] index : ByteToElementsPropertyTest.allIndices(layout.shape())) {
            ByteRange b = layout.bytesOf(index);
            if (b.length() > 0 && b.start() < start + length && start <= b.last()) {
                expected++;
            }
        }
        assertThat(ByteToElements.elementsIn(layout, ByteRange.ofLength(start, length), 0).count()).isEqualTo(expected);
    }

    private static Coverage.Kind exactKind(long[] counts) {
        boolean anyRead = false;
        boolean anyUnread = false;
        boolean anyTwice = false;
        for (long c : counts) {
            anyRead |= c > 0;
            anyUnread |= c == 0;
            anyTwice |= c > 1;
        }
        return !anyRead ? Coverage.Kind.NEVER : anyTwice ? Coverage.Kind.SEVERAL
                : anyUnread ? Coverage.Kind.PARTLY : Coverage.Kind.ONCE;
    }

    /** Readers of bytes start..start+length-1, by visiting every element. */
    private static long[] bruteCounts(Layout layout, long start, int length) {
        long[] counts = new long[length];
        for (long[] index : ByteToElementsPropertyTest.allIndices(layout.shape())) {
            ByteRange b = layout.bytesOf(index);
            for (long p = Math.max(b.start(), start); p < Math.min(b.endExclusive(), start + length); p++) {
                counts[(int) (p - start)]++;
            }
        }
        return counts;
    }

    @Provide
    Arbitrary<Layout> layouts() {
        Arbitrary<DType> dtype = Arbitraries.of(0, 1, 2, 4, 8).map(ByteToElementsPropertyTest::typeOfSize);
        return Arbitraries.integers().between(0, 3).flatMap(n -> Combinators.combine(dtype,
                Arbitraries.longs().between(0, 6).array(long[].class).ofSize(n),
                Arbitraries.longs().between(-9, 9).array(long[].class).ofSize(n),
                Arbitraries.longs().between(0, 6)).as(ByteToElementsPropertyTest::fitted));
    }
}
