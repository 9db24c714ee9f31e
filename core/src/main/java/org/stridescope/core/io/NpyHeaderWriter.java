package org.stridescope.core.io;

import java.nio.charset.StandardCharsets;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.format.DTypeText;
import org.stridescope.core.format.TupleText;

/**
 * The header {@code np.save} (NumPy 1.24) writes for a C-ordered array, byte for byte: the dict
 * with sorted keys, 21 spare spaces' worth of room to grow the first axis, padded with spaces and
 * a newline so the data starts on a 64-byte boundary; version 1.0, or 2.0 when the header does
 * not fit a 2-byte length.
 */
final class NpyHeaderWriter {
    private static final int ALIGN = 64;
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;

    private NpyHeaderWriter() {
    }

    /**
     * For an array of {@code dtype}: records are described by NumPy's {@code dtype.descr} list
     * (with its unnamed padding entries), so that NumPy loads the fields back, not raw voids.
     *
     * @throws StridescopeError for records whose fields overlap or are out of order, which a
     *         .npy header cannot describe (NumPy's descr refuses them too)
     */
    static byte[] header(DType dtype, long[] shape) {
        FloatFormat mlFormat = dtype.mlFloatInside();
        if (mlFormat != null) {
            String ml = mlFormat.mlName();
            throw StridescopeError.inputError("a " + ml + " view cannot be saved as .npy or .npz: NumPy has no "
                            + ml + " type",
                    "NumPy itself has no " + ml + " (it comes from the ml_dtypes package), so a .npy could only call "
                            + "these bytes '|V" + mlFormat.bytes() + "' and NumPy would load them as raw voids. Export as "
                            + ".csv (the values) or .bin (the bytes), or view the bytes as an integer type first "
                            + "(a.view('<u2')).");
        }
        if (!dtype.isStructured()) {
            return header(dtype.str(), shape);
        }
        try {
            return headerWithDescr(DTypeText.descr(dtype), shape);
        } catch (IllegalArgumentException e) {
            throw StridescopeError.inputError("these records cannot be saved as .npy: " + e.getMessage(),
                    "A .npy header lists fields in byte order without overlaps; this view's fields overlap or "
                            + "are out of order (a multi-field view such as a[['z', 'x']]). Export the fields in "
                            + "their order in the record, or one at a time.");
        }
    }

    static byte[] header(String descr, long[] shape) {
        return headerWithDescr("'" + descr + "'", shape);
    }

    private static byte[] headerWithDescr(String descrLiteral, long[] shape) {
        StringBuilder dict = new StringBuilder("{'descr': ").append(descrLiteral).append(", 'fortran_order': False, 'shape': ")
                .append(TupleText.tuple(shape)).append(", }");
        if (shape.length > 0) {
            dict.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Long.toString(shape[0]).length()));
        }
        byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        int hlen = text.length + 1;
        int version = 10 + hlen + padding(10 + hlen) < 10 + 65536 ? 1 : 2;
        int prefix = version == 1 ? 10 : 12;
        int pad = padding(prefix + hlen);
        int total = prefix + hlen + pad;
        byte[] out = new byte[total];
        System.arraycopy(NpyHeaderReader.MAGIC, 0, out, 0, 6);
        out[6] = (byte) version;
        out[7] = 0;
        long length = hlen + pad;
        for (int b = 0; b < prefix - 8; b++) {
            out[8 + b] = (byte) (length >>> (8 * b));
        }
        System.arraycopy(text, 0, out, prefix, text.length);
        java.util.Arrays.fill(out, prefix + text.length, total - 1, (byte) ' ');
        out[total - 1] = '\n';
        return out;
    }

    /** NumPy's padlen: always 1..64 spaces, never 0. */
    private static int padding(int used) {
        return ALIGN - used % ALIGN;
    }
}
