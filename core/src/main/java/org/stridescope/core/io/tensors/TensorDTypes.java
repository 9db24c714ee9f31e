package org.stridescope.core.io.tensors;

import java.util.Map;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;

/**
 * The item sizes of the dtypes tensor files name. NumPy's own types are asked of {@link DType};
 * the machine-learning types (ml_dtypes' names) are known here by size only, so that a file
 * holding them still lists with the right strides and offsets.
 */
final class TensorDTypes {
    private static final Map<String, Integer> ML_TYPES = Map.of("bfloat16", 2, "float8_e4m3fn", 1, "float8_e5m2", 1);

    /** h5py's type for variable-length data: listed, never read in place (DType refuses it as NumPy does). */
    static final String OBJECT = "|O";

    private TensorDTypes() {
    }

    /** The item size of {@code dtype} ("&lt;f4", "bfloat16"). */
    static int itemsize(String dtype) {
        if (dtype.equals(OBJECT)) {
            return 8; // NumPy's itemsize of a pointer
        }
        Integer ml = ML_TYPES.get(dtype);
        if (ml != null) {
            return ml;
        }
        try {
            return DType.parse(dtype).itemsize();
        } catch (StridescopeError e) {
            throw StridescopeError.internal(e, "a tensor reader named the dtype " + dtype);
        }
    }

    /**
     * {@code dtype} with byte order {@code '<'} or {@code '>'} where the type has one ("|i1" and the
     * one-byte float8 types stay; bfloat16, two bytes, becomes "&gt;bfloat16").
     */
    static String ordered(String littleEndian, boolean bigEndian) {
        if (!bigEndian) {
            return littleEndian;
        }
        return littleEndian.startsWith("<") ? ">" + littleEndian.substring(1)
                : littleEndian.equals("bfloat16") ? ">bfloat16" : littleEndian;
    }

    /**
     * The dtype as listed: NumPy's {@code dtype.str}. A record type (an HDF5 compound) is kept in
     * the dict form that makes it, so that its fields read; it lists as NumPy's {@code |V12}.
     */
    static String shown(String dtype) {
        if (!dtype.startsWith("{")) {
            return dtype;
        }
        try {
            return DType.parse(dtype).str();
        } catch (StridescopeError e) {
            return dtype;
        }
    }
}
