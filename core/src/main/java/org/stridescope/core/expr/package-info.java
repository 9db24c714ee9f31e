/**
 * NumPy's expression language on the array {@code a}: {@link org.stridescope.core.expr.Expression}
 * parses text such as {@code np.flip(a[::2].T, 0)}, and
 * {@link org.stridescope.core.expr.ExpressionEvaluator} applies it to a layout, giving the new
 * view of the same bytes or NumPy's own error (plus {@code CopyRequired} where NumPy would copy
 * and {@code BoundsError} where a view would read outside the buffer).
 *
 * <p>Inside, each NumPy operation is a small function of a layout: {@code Indexing},
 * {@code AxisViews}, {@code Reshaping}, {@code StrideTricks}, {@code TypeViews}; {@code NumpyApi}
 * binds NumPy's names and signatures to them, and {@code PyValues} holds the Python values and errors.
 */
package org.stridescope.core.expr;
