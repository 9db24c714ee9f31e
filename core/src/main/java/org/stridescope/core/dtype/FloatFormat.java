package org.stridescope.core.dtype;

/**
 * The IEEE binary formats NumPy has, by significand and exponent width: how a float element's
 * bytes are laid out, which decoding ({@link Scalar#read}, {@link FloatValue}) and printing both
 * need.
 */
public enum FloatFormat {
    HALF(11, 5), SINGLE(24, 8), DOUBLE(53, 11),
    /** x87 80-bit extended precision, stored in 16 bytes (NumPy's longdouble on x86-64). */
    LONG_DOUBLE(64, 15);

    private final int precision;
    private final int exponentBits;
    private final int bias;

    FloatFormat(int precision, int exponentBits) {
        this.precision = precision;
        this.exponentBits = exponentBits;
        this.bias = (1 << (exponentBits - 1)) - 1;
    }

    /** Significand bits, the hidden (or, for long double, explicit) integer bit included. */
    public int precision() {
        return precision;
    }

    public int exponentBits() {
        return exponentBits;
    }

    /** What the stored exponent is biased by. */
    public int bias() {
        return bias;
    }

    /** The value of the raw bits as a double (exact for all three formats). */
    public double toDouble(long bits) {
        return switch (this) {
            case DOUBLE -> Double.longBitsToDouble(bits);
            case SINGLE -> Float.intBitsToFloat((int) bits);
            case HALF -> halfToDouble((short) bits);
            case LONG_DOUBLE -> throw new IllegalArgumentException("a long double needs 80 bits");
        };
    }

    /** The size in bytes of one stored value (16 for the padded long double). */
    public int bytes() {
        return this == LONG_DOUBLE ? 16 : (precision + exponentBits) / 8;
    }

    public static FloatFormat ofBytes(int size) {
        return switch (size) {
            case 2 -> HALF;
            case 4 -> SINGLE;
            case 8 -> DOUBLE;
            case 16 -> LONG_DOUBLE;
            default -> throw new IllegalArgumentException("no float format of " + size + " bytes");
        };
    }

    /** IEEE binary16 to double, subnormals included. */
    public static double halfToDouble(short h) {
        int bits = h & 0xffff;
        int sign = bits >>> 15;
        int exp = (bits >>> 10) & 0x1f;
        int frac = bits & 0x3ff;
        double v;
        if (exp == 0) {
            v = frac * 0x1p-24;
        } else if (exp == 0x1f) {
            v = frac == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = (frac | 0x400) * Math.scalb(1.0, exp - 25);
        }
        return sign == 0 ? v : -v;
    }
}
