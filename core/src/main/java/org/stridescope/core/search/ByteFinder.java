package org.stridescope.core.search;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.io.ProgressMonitor;

/**
 * Finds every offset where a {@link SearchPattern} matches, over a source of any size: read in
 * big chunks (a memory-mapped file is copied a chunk at a time, which is near memory speed), the
 * last {@code width - 1} bytes of a chunk carried into the next so a match across the boundary is
 * found once. Matches may overlap ({@code aa} is found twice in {@code aaa}), as a hex editor's
 * Find Next steps one byte on. Progress and cancelling are checked once a chunk.
 */
public final class ByteFinder {
    /** 8 MiB: few calls per gigabyte, small enough to stay in cache-friendly sizes and to cancel quickly. */
    public static final int DEFAULT_CHUNK = 8 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteFinder() {
    }

    /**
     * Every match of {@code pattern} in {@code source}: the exact count and the first {@code keep}
     * offsets. Progress is reported in bytes searched.
     */
    public static Found find(ByteSource source, SearchPattern pattern, int keep, ProgressMonitor monitor) {
        return find(source, pattern, keep, monitor, DEFAULT_CHUNK);
    }

    /** As above, reading {@code chunk} new bytes at a time (tests cross chunk boundaries with small chunks). */
    public static Found find(ByteSource source, SearchPattern pattern, int keep, ProgressMonitor monitor, int chunk) {
        int w = pattern.width();
        long size = source.size();
        Offsets found = new Offsets(keep);
        if (w > size) {
            monitor.progress(size, size);
            return found.result(false, size);
        }
        byte[] buf = new byte[Math.max(chunk, 1) + w - 1];
        long pos = 0; // the source offset of buf[0]
        int have = 0; // bytes of buf filled
        while (true) {
            int n = (int) Math.min(buf.length - have, size - (pos + have));
            source.read(pos + have, buf, have, n);
            have += n;
            int last = have - w; // the last start that fits
            scan(pattern, buf, last, pos, found);
            if (pos + have == size) {
                monitor.progress(size, size);
                return found.result(false, size);
            }
            // Keep the bytes a match starting after `last` would need.
            int next = last + 1;
            System.arraycopy(buf, next, buf, 0, have - next);
            pos += next;
            have -= next;
            monitor.progress(pos, size);
            if (monitor.cancelled()) {
                return found.result(true, pos);
            }
        }
    }

    /** Checks starts 0..last of {@code buf} (whose bytes begin at source offset {@code base}). */
    private static void scan(SearchPattern pattern, byte[] buf, int last, long base, Offsets found) {
        if (!(pattern instanceof SearchPattern.Exact exact)) {
            for (int i = 0; i <= last; i++) {
                if (pattern.matchesAt(buf, i)) {
                    found.add(base + i);
                }
            }
            return;
        }
        byte[] p = exact.bytes();
        byte first = p[0];
        // Eight bytes at a time: flag the bytes equal to the pattern's first (a zero byte in
        // word ^ first-in-every-byte), then check the whole pattern there. A flag may be false
        // above a true one (a borrow), never missing, so every flag is checked.
        long firsts = (first & 0xffL) * ONES;
        int i = 0;
        for (; i + 7 <= last; i += 8) {
            long x = (long) LONGS.get(buf, i) ^ firsts;
            long zeros = (x - ONES) & ~x & HIGHS;
            while (zeros != 0) {
                int at = i + (Long.numberOfTrailingZeros(zeros) >>> 3);
                if (Arrays.equals(buf, at, at + p.length, p, 0, p.length)) {
                    found.add(base + at);
                }
                zeros &= zeros - 1;
            }
        }
        for (; i <= last; i++) {
            if (buf[i] == first && Arrays.equals(buf, i, i + p.length, p, 0, p.length)) {
                found.add(base + i);
            }
        }
    }

    /** The count, and the first offsets up to a limit, in a growing array. */
    private static final class Offsets {
        private final int keep;
        private long[] kept = new long[16];
        private int n;
        private long count;

        Offsets(int keep) {
            this.keep = Math.max(0, keep);
        }

        void add(long offset) {
            count++;
            if (n < keep) {
                if (n == kept.length) {
                    kept = Arrays.copyOf(kept, (int) Math.min(keep, 2L * n));
                }
                kept[n++] = offset;
            }
        }

        Found result(boolean cancelled, long searched) {
            return new Found(count, Arrays.copyOf(kept, n), cancelled, searched);
        }
    }
}
