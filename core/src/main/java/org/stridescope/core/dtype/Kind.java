package org.stridescope.core.dtype;

/** NumPy's dtype kinds, with the character NumPy uses for each in {@code dtype.str}. */
public enum Kind {
    BOOL('b'), INT('i'), UINT('u'), FLOAT('f'), COMPLEX('c'),
    BYTES('S'), UNICODE('U'), VOID('V'), DATETIME('M'), TIMEDELTA('m');

    private final char code;

    Kind(char code) {
        this.code = code;
    }

    /** The kind character of {@code dtype.str} ({@code 'f'} in {@code <f4}). */
    public char code() {
        return code;
    }
}
