package org.stridescope.core.inspect;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.layout.Layout;

/** The answer to "what array is this?": a legal layout over the source, or why there is none. */
public record Inspection(ByteSource source, Layout layout, StridescopeError error) {

    public static Inspection ok(ByteSource source, Layout layout) {
        return new Inspection(source, layout, null);
    }

    public static Inspection failed(ByteSource source, StridescopeError error) {
        return new Inspection(source, null, error);
    }

    public boolean isOk() {
        return error == null;
    }
}
