package org.stridescope.core.dtype;

import org.stridescope.core.buffer.ByteSource;

/** NumPy's {@code str()} of one element, to the character. (Skeleton: filled in by the dtype work.) */
public final class ScalarText {
    private ScalarText() {
    }

    /** The text NumPy's {@code str(a[i])} prints for the element whose bytes start at {@code pos}. */
    public static String str(DType dtype, ByteSource source, long pos) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
