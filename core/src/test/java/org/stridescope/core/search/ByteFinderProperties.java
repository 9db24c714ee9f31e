package org.stridescope.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.io.ProgressMonitor;

/** The finder agrees with the obvious search, whatever the bytes, the pattern and the chunk size. */
class ByteFinderProperties {

    @Property(tries = 2000)
    void findsExactlyWhatANaiveSearchFinds(@ForAll("fewSymbols") byte[] buffer, @ForAll("fewSymbols") byte[] pattern,
                                           @ForAll @IntRange(min = 1, max = 40) int chunk) {
        if (pattern.length == 0) {
            return;
        }
        List<Long> naive = naive(buffer, pattern);
        Found found = ByteFinder.find(new HeapByteSource(buffer, "random"), new SearchPattern.Exact(pattern, "p"),
                Integer.MAX_VALUE, ProgressMonitor.NONE, chunk);
        assertThat(found.count()).isEqualTo(naive.size());
        assertThat(found.offsets()).containsExactly(naive.stream().mapToLong(Long::longValue).toArray());
        assertThat(found.cancelled()).isFalse();
    }

    @Property(tries = 300)
    void keepsTheFirstOffsetsButCountsThemAll(@ForAll("fewSymbols") byte[] buffer, @ForAll @IntRange(min = 0, max = 5) int keep) {
        byte[] pattern = {0};
        List<Long> naive = naive(buffer, pattern);
        Found found = ByteFinder.find(new HeapByteSource(buffer, "random"), new SearchPattern.Exact(pattern, "p"),
                keep, ProgressMonitor.NONE, 7);
        assertThat(found.count()).isEqualTo(naive.size());
        assertThat(found.offsets()).containsExactly(
                naive.stream().limit(keep).mapToLong(Long::longValue).toArray());
    }

    /** Bytes from a small alphabet, so patterns do occur (and overlap), up to a few chunks long. */
    @Provide
    Arbitrary<byte[]> fewSymbols() {
        Arbitrary<Byte> symbol = Arbitraries.of((byte) 0, (byte) 1, (byte) 0x61, (byte) 0xff);
        return Arbitraries.oneOf(symbol.array(byte[].class).ofMaxSize(120),
                symbol.array(byte[].class).ofMaxSize(4), Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    private static List<Long> naive(byte[] buffer, byte[] pattern) {
        List<Long> out = new ArrayList<>();
        outer:
        for (int i = 0; i + pattern.length <= buffer.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (buffer[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            out.add((long) i);
        }
        return out;
    }
}
