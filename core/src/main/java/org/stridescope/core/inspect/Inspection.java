package org.stridescope.core.inspect;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.layout.FlagRules;
import org.stridescope.core.layout.Flags;
import org.stridescope.core.layout.Layout;

/**
 * The answer to "what array is this?": a legal layout over the source, or why there is none.
 * {@code base} is the array the layout fields make (what an expression calls {@code a}), null
 * when they make none; {@code layout} is the view after the expression. {@code writeable} is
 * NumPy's flag: false over the read-only source, true only for an expression's result that is a
 * new (empty) array.
 */
public record Inspection(ByteSource source, Layout base, Layout layout, StridescopeError error, boolean writeable) {

    public static Inspection ok(ByteSource source, Layout layout) {
        return new Inspection(source, layout, layout, null, false);
    }

    /** The view an expression made of {@code base}. */
    public static Inspection ok(ByteSource source, Layout base, Layout layout, boolean writeable) {
        return new Inspection(source, base, layout, null, writeable);
    }

    public static Inspection failed(ByteSource source, StridescopeError error) {
        return new Inspection(source, null, null, error, false);
    }

    /** The layout fields made {@code base}, but the expression on it failed. */
    public static Inspection failed(ByteSource source, Layout base, StridescopeError error) {
        return new Inspection(source, base, null, error, false);
    }

    public boolean isOk() {
        return error == null;
    }

    /** NumPy's flags of the view; WRITEABLE is true only where NumPy's answer is its own copy. */
    public Flags flags() {
        return FlagRules.of(layout, writeable);
    }
}
