package org.stridescope.core.layout;

import org.stridescope.core.format.CountText;

/**
 * The buffer as layout's messages name it. Shapes, indices, counts and byte runs:
 * {@link org.stridescope.core.format.TupleText} and {@link CountText}.
 */
final class Words {
    private Words() {
    }

    /** "the buffer has 16 bytes (0..15)" or "the buffer is empty". */
    static String buffer(long length) {
        return length == 0 ? "the buffer is empty (0 bytes)"
                : "the buffer has " + CountText.bytes(length) + " (0.." + (length - 1) + ")";
    }
}
