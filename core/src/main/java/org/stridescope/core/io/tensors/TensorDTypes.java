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

    private TensorDTypes() {
    }

    /** The item size of {@code dtype} ("&lt;f4", "bfloat16"). */
    static int itemsize(String dtype) {
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

    /** {@code dtype} with byte order {@code '<'} or {@code '>'} where the type has one ("|i1", "bfloat16" stay). */
    static String ordered(String littleEndian, boolean bigEndian) {
        return bigEndian && littleEndian.startsWith("<") ? ">" + littleEndian.substring(1) : littleEndian;
    }
}
