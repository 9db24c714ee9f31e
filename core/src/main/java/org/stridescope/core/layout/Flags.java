package org.stridescope.core.layout;

/** NumPy's array flags for a layout (see {@code flagsobject.c}). */
public record Flags(boolean cContiguous, boolean fContiguous, boolean aligned, boolean writeable) {
}
