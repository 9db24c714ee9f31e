package org.stridescope.core.dtype;

import org.stridescope.core.buffer.ByteSource;

/** NumPy's {@code str()} of one element, to the character. The decoded value itself: {@link Scalar#read}. */
public final class ScalarText {
    private ScalarText() {
    }

    /**
     * The text NumPy's {@code str(a[i])} prints for the element whose bytes start at {@code pos}.
     *
     * @throws org.stridescope.core.StridescopeError where NumPy's {@code str()} itself raises: a
     *         datetime with generic units (ValueError), a UCS4 unit past U+10FFFF (SystemError)
     */
    public static String str(DType dtype, ByteSource source, long pos) {
        return Scalar.read(dtype, source, pos).str();
    }
}
