package org.stridescope.app.gui.model;

import org.stridescope.core.StridescopeError;

/**
 * One applied expression and what came of it: the array it shows, or why there is none
 * (exactly one of {@code array} and {@code error} is set). The console prints these.
 */
public record ExpressionRun(String expression, ShownArray array, StridescopeError error) {
    /** The expression as typed at a Python prompt: a blank one is {@code a} itself. */
    public String asTyped() {
        return expression.isBlank() ? "a" : expression;
    }
}
