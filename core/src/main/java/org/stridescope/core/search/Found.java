package org.stridescope.core.search;

/**
 * What a search found: how many matches in all ({@code count}, exact), the first of them as byte
 * offsets in ascending order (at most the limit asked for), and whether it was cancelled before
 * the end (then the count is of the part searched, {@code searched} bytes from the start).
 */
public record Found(long count, long[] offsets, boolean cancelled, long searched) {
    public Found {
        offsets = offsets.clone();
    }

    @Override
    public long[] offsets() {
        return offsets.clone();
    }

    /** The {@code i}-th match's offset (i &lt; the number of offsets kept). */
    public long offset(int i) {
        return offsets[i];
    }

    /** How many offsets were kept (≤ count). */
    public int kept() {
        return offsets.length;
    }
}
