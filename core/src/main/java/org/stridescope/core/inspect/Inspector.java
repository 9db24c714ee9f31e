package org.stridescope.core.inspect;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.StridescopeError.Argument;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.expr.Expression;
import org.stridescope.core.expr.ExpressionEvaluator;
import org.stridescope.core.expr.ExpressionResult;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.LayoutSpec;
import org.stridescope.core.layout.TypedLayout;

/**
 * Builds the view NumPy would build from a source, a layout and an optional expression: the one
 * way from what a person typed (the window's form, the command line, a batch line, a lesson) to
 * an array. Every error names the argument at fault where one is.
 */
public final class Inspector {
    private Inspector() {
    }

    /** From the layout as typed (text fields). */
    public static Inspection inspect(ByteSource source, TypedLayout typed, String expr) {
        LayoutSpec spec;
        try {
            spec = typed.spec();
        } catch (StridescopeError e) {
            return Inspection.failed(source, e);
        }
        return inspect(source, spec, expr);
    }

    public static Inspection inspect(ByteSource source, LayoutSpec spec, String expr) {
        Layout layout;
        try {
            layout = spec.build(source.size());
        } catch (StridescopeError e) {
            return Inspection.failed(source, e);
        }
        if (expr == null || expr.isBlank()) {
            return Inspection.ok(source, layout);
        }
        try {
            ExpressionResult result = ExpressionEvaluator.evaluate(Expression.parse(expr), layout, source.size());
            return Inspection.ok(source, layout, result.layout(), result.writeable());
        } catch (StridescopeError e) {
            return Inspection.failed(source, layout, e.about(Argument.EXPR));
        }
    }
}
