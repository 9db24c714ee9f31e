/**
 * The one reader of Python text: {@link org.stridescope.core.python.PythonReader} reads .npy header
 * dicts, pasted NumPy code and view expressions into one {@link org.stridescope.core.python.PyNode}
 * tree; {@link org.stridescope.core.python.PythonLiterals} is the one place that decodes str and
 * bytes escapes (Paste Bytes uses it too); a {@link org.stridescope.core.python.PythonTextError}
 * knows its 0-based place in the text and is shown as "line L, column C", a caret under an
 * expression, or "byte N" of a .npy header. Nothing is ever evaluated here.
 */
package org.stridescope.core.python;
