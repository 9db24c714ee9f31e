package org.stridescope.core.layout;

/** A run of bytes [start, endExclusive) in a source. */
public record ByteRange(long start, long endExclusive) {

    public static ByteRange ofLength(long start, long length) {
        return new ByteRange(start, start + length);
    }

    public long length() {
        return endExclusive - start;
    }

    /** Last byte, inclusive, as people say "bytes 8..11". */
    public long last() {
        return endExclusive - 1;
    }

    public boolean contains(long pos) {
        return pos >= start && pos < endExclusive;
    }

    @Override
    public String toString() {
        return start + ".." + last();
    }
}
