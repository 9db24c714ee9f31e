package org.stridescope.core.expr;

import org.stridescope.core.layout.Layout;

/**
 * What an expression gives: the layout of the view and NumPy's WRITEABLE flag for it. The flag
 * is false for every view of the read-only buffer; only a result without elements can be a
 * copy (anything else that copies is a {@code CopyRequired} error), and NumPy's copies are
 * mostly writeable.
 */
public record ExpressionResult(Layout layout, boolean writeable) {
}
