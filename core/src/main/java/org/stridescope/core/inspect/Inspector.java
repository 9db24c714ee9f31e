package org.stridescope.core.inspect;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.LayoutSpec;

/** Builds the view NumPy would build from a source, a layout and an optional expression. */
public final class Inspector {
    private Inspector() {
    }

    public static Inspection inspect(ByteSource source, LayoutSpec spec, String expr) {
        try {
            Layout layout = spec.build(source.size());
            if (expr != null && !expr.isBlank()) {
                layout = Expressions.apply(expr, layout, source.size());
            }
            return Inspection.ok(source, layout);
        } catch (StridescopeError e) {
            return Inspection.failed(source, e);
        }
    }
}
