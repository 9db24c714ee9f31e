package org.stridescope.core.layout;

/**
 * NumPy's rules for C/F contiguity and alignment ({@code flagsobject.c:
 * _UpdateContiguousFlags}, {@code common.c: _IsAligned}), each with a plain one-line reason.
 * Views here are over read-only bytes whose first byte is 64-byte aligned.
 */
public final class FlagRules {
    private FlagRules() {
    }

    /** A flag and why. */
    private record Verdict(boolean set, String reason) {
    }

    /** Flags of a layout over a read-only buffer whose first byte is 64-byte aligned. */
    public static Flags of(Layout layout) {
        return of(layout, false);
    }

    /**
     * Flags of a layout whose first byte is 64-byte aligned; {@code ownData} when NumPy's answer
     * is a new array of its own (an empty copy such as {@code a.flatten()}), which it may write:
     * every view of the read-only bytes is not writeable.
     */
    public static Flags of(Layout layout, boolean ownData) {
        return new Flags(contiguous(layout, true).set(), contiguous(layout, false).set(),
                aligned(layout).set(), ownData);
    }

    /** Why each flag of {@link #of(Layout, boolean)} is set or not, one line each. */
    public static FlagReasons reasons(Layout layout, boolean ownData) {
        return new FlagReasons(contiguous(layout, true).reason(), contiguous(layout, false).reason(),
                aligned(layout).reason(), ownData ? "NumPy made a new array here, which it may write"
                        : "the bytes are read-only, so the view is not writeable");
    }

    /** Why each flag of a view of the read-only bytes is set or not. */
    public static FlagReasons reasons(Layout layout) {
        return reasons(layout, false);
    }

    /**
     * C order walks the axes from the last, F order from the first. Each axis longer than 1 must
     * step exactly over the elements of the axes walked before it; length-1 axes never step, so
     * their stride does not matter. An array with no elements is both, and so is a 0-d array.
     */
    private static Verdict contiguous(Layout layout, boolean cOrder) {
        String order = cOrder ? "C" : "F";
        int n = layout.ndim();
        for (int k = 0; k < n; k++) {
            if (layout.shape(k) == 0) {
                return new Verdict(true, "axis " + k + " has length 0: no elements, so both C and F contiguous");
            }
        }
        if (n == 0) {
            return new Verdict(true, "a 0-d array is one element: both C and F contiguous");
        }
        if (layout.stridesFilledIn() && layout.dtype().itemsize() == 0) {
            return filledIn(layout, cOrder);
        }
        long expected = layout.dtype().itemsize();
        StringBuilder product = new StringBuilder().append(expected);
        for (int step = 0; step < n; step++) {
            int k = cOrder ? n - 1 - step : step;
            long d = layout.shape(k);
            if (d == 1) {
                continue;
            }
            if (layout.stride(k) != expected) {
                String needed = product.indexOf("*") < 0 ? product.toString() : product + " = " + expected;
                return new Verdict(false, "axis " + k + " stride " + layout.stride(k) + " != " + needed
                        + " bytes, as " + order + " order needs");
            }
            expected *= d;
            product.append('*').append(d);
        }
        return new Verdict(true, "each axis longer than 1 steps over exactly the elements after it in "
                + order + " order");
    }

    /**
     * When NumPy fills in C-order strides itself it sets the flags from the shape: C contiguous,
     * and F contiguous too unless two or more axes are longer than 1 (Fortran order the other way
     * round). The same as the stride walk, except for zero-byte types, whose strides are all 0.
     */
    private static Verdict filledIn(Layout layout, boolean cOrder) {
        String own = layout.filledInFortran() ? "F" : "C";
        String other = layout.filledInFortran() ? "C" : "F";
        if (cOrder != layout.filledInFortran()) {
            return new Verdict(true, "NumPy laid the array out in " + own + " order itself");
        }
        int longAxes = 0;
        for (int k = 0; k < layout.ndim(); k++) {
            longAxes += layout.shape(k) > 1 ? 1 : 0;
        }
        return longAxes < 2
                ? new Verdict(true, "laid out in " + own + " order with at most one axis longer than 1, so "
                        + other + " order too")
                : new Verdict(false, "laid out in " + own + " order with " + longAxes + " axes longer than 1, so not "
                        + other + " order");
    }

    /**
     * Aligned when the element type's alignment divides the first element's address and every
     * stride of an axis longer than 1; always for alignment 1 or an array with no elements.
     */
    private static Verdict aligned(Layout layout) {
        int alignment = layout.dtype().alignment();
        if (alignment <= 1) {
            return new Verdict(true, "'" + layout.dtype().str() + "' needs no alignment");
        }
        for (int k = 0; k < layout.ndim(); k++) {
            if (layout.shape(k) == 0) {
                return new Verdict(true, "axis " + k + " has length 0: no elements, so aligned");
            }
        }
        // The buffer starts 64-byte aligned, so the first element's address is aligned as its offset is.
        if (Math.floorMod(layout.offset(), alignment) != 0) {
            return new Verdict(false, "offset " + layout.offset() + " is not a multiple of " + alignment
                    + ", the alignment of '" + layout.dtype().str() + "'");
        }
        for (int k = 0; k < layout.ndim(); k++) {
            if (layout.shape(k) > 1 && Math.floorMod(layout.stride(k), alignment) != 0) {
                return new Verdict(false, "axis " + k + " stride " + layout.stride(k) + " is not a multiple of "
                        + alignment + ", the alignment of '" + layout.dtype().str() + "'");
            }
        }
        return new Verdict(true, "offset and strides are multiples of " + alignment + ", the alignment of '"
                + layout.dtype().str() + "'");
    }
}
