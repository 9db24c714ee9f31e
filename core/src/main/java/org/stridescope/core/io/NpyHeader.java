package org.stridescope.core.io;

/**
 * What a .npy header says: format version, NumPy's dtype descriptor ({@code descr}, e.g.
 * {@code <f8}), whether the data is in Fortran order, the shape, and where the data starts
 * ({@code dataOffset}: bytes 0..dataOffset-1 are the header, which a hex view can mark as such).
 */
public record NpyHeader(int majorVersion, int minorVersion, String descr, boolean fortranOrder, long[] shape,
                        long dataOffset) {

    public NpyHeader {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Number of elements: the product of the shape (1 for a 0-d array). */
    public long size() {
        long n = 1;
        for (long d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && h.majorVersion == majorVersion && h.minorVersion == minorVersion
                && h.descr.equals(descr) && h.fortranOrder == fortranOrder && java.util.Arrays.equals(h.shape, shape)
                && h.dataOffset == dataOffset;
    }

    @Override
    public int hashCode() {
        return descr.hashCode() * 31 + java.util.Arrays.hashCode(shape) + Long.hashCode(dataOffset);
    }

    @Override
    public String toString() {
        return "NpyHeader[v" + majorVersion + "." + minorVersion + ", descr=" + descr + ", fortran_order="
                + fortranOrder + ", shape=" + java.util.Arrays.toString(shape) + ", dataOffset=" + dataOffset + "]";
    }
}
