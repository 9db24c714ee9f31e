package org.stridescope.core.dtype;

/** Byte order of a dtype, as the first character of NumPy's {@code dtype.str}. */
public enum ByteOrder {
    LITTLE('<'), BIG('>'), NOT_APPLICABLE('|');

    /** The machines Stridescope explains are little-endian, like the vectors' NumPy (x86-64). */
    public static final ByteOrder NATIVE = LITTLE;

    private final char symbol;

    ByteOrder(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }
}
