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
 * Coverage against brute force on small random layouts (strides zero, negative, overlapping),
 * records with padding among their dtypes: the oracle visits every element and counts, for every
 * byte, the elements that read it (a record reads its fields' bytes, not its padding).
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

    /** np.dtype({'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [0, 4], 'itemsize': 12}), 3 records. */
    @net.jqwik.api.Example
    void aRecordsPaddingIsReadByNoElement() {
        Layout three = new Layout(DType.parse(PADDED_RECORDS[0]), new long[] {3}, new long[] {12}, 0);
        assertThat(RecordFields.of(three.dtype()).readRuns()).containsExactly(new ByteRange(0, 1), new ByteRange(4, 8));
        for (int record = 0; record < 3; record++) {
            int at = 12 * record;
            assertThat(Coverage.readers(three, at)).as("a").isEqualTo(1);
            for (int pad : new int[] {1, 2, 3, 8, 9, 10, 11}) {
                assertThat(Coverage.readers(three, at + pad)).as("padding byte %d", pad).isZero();
            }
            assertThat(Coverage.readers(three, at + 5)).as("b").isEqualTo(1);
        }
        assertThat(Coverage.of(three, ByteRange.ofLength(0, 36))).isEqualTo(Coverage.Kind.PARTLY);
        assertThat(Coverage.of(three, ByteRange.ofLength(8, 4))).as("trailing padding only").isEqualTo(Coverage.Kind.NEVER);
        assertThat(Coverage.of(three, ByteRange.ofLength(4, 4))).isEqualTo(Coverage.Kind.ONCE);
        // broadcast: every record is the first one, its padding still read by none
        Layout same = new Layout(three.dtype(), new long[] {5}, new long[] {0}, 0);
        assertThat(Coverage.readers(same, 4)).isEqualTo(5);
        assertThat(Coverage.readers(same, 2)).isZero();
        assertThat(Coverage.of(same, ByteRange.ofLength(0, 12))).isEqualTo(Coverage.Kind.SEVERAL);
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

    /** Readers of bytes start..start+length-1, by visiting every element (and, in a record, asking which field holds the byte). */
    private static long[] bruteCounts(Layout layout, long start, int length) {
        long[] counts = new long[length];
        RecordFields fields = RecordFields.of(layout.dtype());
        for (long[] index : ByteToElementsPropertyTest.allIndices(layout.shape())) {
            ByteRange b = layout.bytesOf(index);
            for (long p = Math.max(b.start(), start); p < Math.min(b.endExclusive(), start + length); p++) {
                if (fields == null || fields.at(p - b.start()) != null) {
                    counts[(int) (p - start)]++;
                }
            }
        }
        return counts;
    }

    /** Records with padding between, after and inside their fields (np.dtype dicts, C-aligned lists, nested). */
    static final String[] PADDED_RECORDS = {
        "{'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [0, 4], 'itemsize': 12}",
        "{'names': ['a'], 'formats': ['u1'], 'offsets': [2], 'itemsize': 5}",
        "[('x', 'u1'), ('y', '<i2')]",
        "{'names': ['s', 't'], 'formats': [[('p', 'u1'), ('q', '<i2')], 'u1'], 'offsets': [0, 6], 'itemsize': 8}",
        "{'names': ['v'], 'formats': [('u1', (2,))], 'offsets': [1], 'itemsize': 4}",
    };

    @Provide
    Arbitrary<DType> dtypes() {
        return Arbitraries.oneOf(Arbitraries.of(0, 1, 2, 4, 8).map(ByteToElementsPropertyTest::typeOfSize),
                Arbitraries.of(PADDED_RECORDS).map(t -> t.startsWith("[") ? DType.parse("np.dtype(" + t + ", align=True)")
                        : DType.parse(t)));
    }

    @Provide
    Arbitrary<Layout> layouts() {
        Arbitrary<DType> dtype = dtypes();
        return Arbitraries.integers().between(0, 3).flatMap(n -> Combinators.combine(dtype,
                Arbitraries.longs().between(0, 6).array(long[].class).ofSize(n),
                Arbitraries.longs().between(-9, 9).array(long[].class).ofSize(n),
                Arbitraries.longs().between(0, 6)).as(ByteToElementsPropertyTest::fitted));
    }
}
