package org.stridescope.core.io;

import org.stridescope.core.PythonText;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatFormat;

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

    /**
     * The dtype {@code descr} names, read as {@code np.load} reads it (with {@code np.dtype}): a
     * type NumPy does not have (ml_dtypes' bfloat16, float8, which Stridescope reads when typed)
     * is refused with np.load's words, as is any descr NumPy does not understand.
     *
     * @throws StridescopeError NumPy's ValueError {@code descr is not a valid dtype descriptor}, or
     *                          InputError for a dtype NumPy has and Stridescope does not read
     */
    public DType dtype() {
        DType dtype;
        try {
            dtype = DType.parse(descr);
        } catch (StridescopeError e) {
            if (e.type().equals(StridescopeError.TYPE_ERROR)) { // np.load turns np.dtype's TypeError into this
                throw notADescriptor(e.toString(), e.detail());
            }
            throw StridescopeError.inputError("the header's descr " + PythonText.quoted(descr)
                    + " is not a dtype Stridescope reads: " + e, e.detail());
        }
        FloatFormat ml = dtype.mlFloatInside();
        if (ml != null) {
            String named = dtype.isStructured() ? ml.mlName() : descr;
            throw notADescriptor("TypeError: data type " + PythonText.quoted(named) + " not understood",
                    ml.mlName() + " is a type of the ml_dtypes package (JAX, PyTorch's bfloat16), not NumPy's own, so"
                            + " np.load cannot read this file. To read its data anyway, type the dtype " + ml.mlName()
                            + " with offset " + dataOffset + " (in the window after File > Open as Raw Bytes; on the"
                            + " command line --dtype " + ml.mlName() + " --offset " + dataOffset + ").");
        }
        return dtype;
    }

    private StridescopeError notADescriptor(String numpysCause, String detail) {
        // a record's descr is kept as dict-form text: shown as the literal it is, not quoted again
        String shown = descr.startsWith("{") || descr.startsWith("[") ? descr : PythonText.quoted(descr);
        return StridescopeError.valueError("descr is not a valid dtype descriptor: " + shown,
                "np.load reads the header's descr with np.dtype(), which says " + numpysCause + ". " + detail);
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
