package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The overlapping flag is exact: on random layouts (strides zero, negative, interleaved; many
 * axes) it is set exactly when visiting every element finds a byte read twice, and when set, the
 * two elements its reason names really do read the byte it names.
 */
class OverlapPropertyTest {

    @Property(tries = 500)
    void overlappingExactlyWhenSomeByteIsReadByTwoElements(@ForAll("layouts") Layout layout) {
        Map<Long, Integer> reads = new HashMap<>();
        boolean twice = false;
        for (long[] index : ByteToElementsPropertyTest.allIndices(layout.shape())) {
            ByteRange r = layout.bytesOf(index);
            for (long p = r.start(); p < r.endExclusive(); p++) {
                twice |= reads.merge(p, 1, Integer::sum) > 1;
            }
        }
        Overlap o = Overlap.of(layout);
        assertThat(o.overlapping()).as(o.reason()).isEqualTo(twice);
        if (o.overlapping() && o.reason().startsWith("elements ")) {
            // "elements [0, 1] and [1, 0] both read byte 68"
            String[] parts = o.reason().substring("elements ".length()).split(" and | both read byte ");
            long pos = Long.parseLong(parts[2]);
            assertThat(layout.bytesOf(index(parts[0])).contains(pos)).isTrue();
            assertThat(layout.bytesOf(index(parts[1])).contains(pos)).isTrue();
            assertThat(parts[0]).isNotEqualTo(parts[1]);
        }
    }

    private static long[] index(String text) {
        String inner = text.substring(1, text.length() - 1).strip();
        return inner.isEmpty() ? new long[0]
                : List.of(inner.split(", ")).stream().mapToLong(Long::parseLong).toArray();
    }

    @Provide
    Arbitrary<Layout> layouts() {
        return Arbitraries.integers().between(0, 4).flatMap(n -> net.jqwik.api.Combinators.combine(
                Arbitraries.of(0, 1, 2, 3, 4, 8).map(ByteToElementsPropertyTest::typeOfSize),
                Arbitraries.longs().between(0, 5).array(long[].class).ofSize(n),
                Arbitraries.longs().between(-13, 13).array(long[].class).ofSize(n))
                .as((dtype, shape, strides) -> new Layout(dtype, shape, strides, 200)));
    }
}
