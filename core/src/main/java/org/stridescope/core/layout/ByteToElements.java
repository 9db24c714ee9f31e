package org.stridescope.core.layout;

/**
 * Which elements read a byte, solved arithmetically rather than by scanning every element, so
 * it answers at once for 10^12-element layouts. (Skeleton: filled in by the layout work.)
 */
public final class ByteToElements {
    private ByteToElements() {
    }

    /** Every element of {@code layout} whose bytes include {@code pos}: exact count, first {@code limit} in C order. */
    public static Readers readers(Layout layout, long pos, int limit) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
