package org.stridescope.core.dtype;

import org.stridescope.core.StridescopeError;

/** NumPy's dtype string language. (Skeleton: filled in by the dtype work.) */
final class DTypeParser {
    private DTypeParser() {
    }

    static DType parse(String text) {
        throw StridescopeError.typeError("data type '" + text + "' not understood", "not implemented yet");
    }
}
