package org.stridescope.core.layout;

/** NumPy's rules for C/F contiguity and alignment. (Skeleton: filled in by the layout work.) */
public final class FlagRules {
    private FlagRules() {
    }

    /** Flags of a layout over a read-only buffer whose first byte is 64-byte aligned. */
    public static Flags of(Layout layout) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
