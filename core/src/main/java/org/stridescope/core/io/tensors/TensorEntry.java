package org.stridescope.core.io.tensors;

import org.stridescope.core.layout.LayoutSpec;

/**
 * One named array of a tensor file, as it lies in the file: {@code np.ndarray(shape, dtype,
 * file_bytes, offset, strides)} reads it in place.
 *
 * @param name     the state-dict path ("model.layer.w"), the safetensors key, the HDF5 path
 *                 without the leading "/", or the .npz key
 * @param dtype    NumPy's {@code dtype.str} ("&lt;f4", "&gt;f8") or the ml_dtypes name ("bfloat16")
 * @param strides  in bytes; null when the array is not one strided block of the file
 * @param offset   the byte of element [0, ..., 0] in the file; -1 when not one block of the file
 * @param storage  the PyTorch storage the tensor views (tensors with the same one share bytes);
 *                 null for other formats
 * @param nbytes   the bytes its elements take (size times itemsize)
 * @param packed   where the bytes are when the member holding them is compressed (null otherwise)
 * @param note     why it is not one strided block of the file, or another word for people (null if none)
 */
public record TensorEntry(String name, String dtype, long[] shape, long[] strides, long offset, String storage,
                          long nbytes, Packed packed, String note) {

    /**
     * The bytes of a tensor inside a compressed zip member: open the member (inflating it) and
     * read the tensor at {@code offset} of the inflated bytes.
     */
    public record Packed(String member, long offset) {
    }

    public TensorEntry {
        shape = shape.clone();
        strides = strides == null ? null : strides.clone();
    }

    /** Its dtype as listed: NumPy's {@code dtype.str} ({@code |V12} for a record, whose fields {@link #dtype} keeps). */
    public String dtypeStr() {
        return TensorDTypes.shown(dtype);
    }

    /** Whether it can be shown: in place in the file, or after inflating its member. */
    public boolean readable() {
        return strides != null && (offset >= 0 || packed != null);
    }

    /** The number of elements. */
    public long size() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** The layout that reads it from the whole file (for a packed one: from its inflated member). */
    public LayoutSpec layoutSpec() {
        return new LayoutSpec(dtype, shape, strides, packed != null ? packed.offset() : offset, -1);
    }
}
