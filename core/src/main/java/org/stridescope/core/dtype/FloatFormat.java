package org.stridescope.core.dtype;

/**
 * The binary float formats Stridescope reads, by significand and exponent width: how a float
 * element's bytes are laid out, which decoding ({@link Scalar#read}, {@link FloatValue}) and
 * printing both need. NumPy's own IEEE formats, and the machine-learning formats of the
 * {@code ml_dtypes} package (named like its dtypes), which NumPy itself does not have.
 */
public enum FloatFormat {
    HALF(11, 5, null), SINGLE(24, 8, null), DOUBLE(53, 11, null),
    /** x87 80-bit extended precision, stored in 16 bytes (NumPy's longdouble on x86-64). */
    LONG_DOUBLE(64, 15, null),
    /** The top half of a float32: float32's range with 8 significant bits. */
    BFLOAT16(8, 8, "bfloat16"),
    /** 1/4/3 bits, no infinities: exponent 1111 is still a number unless the mantissa is 111 (NaN); max 448. */
    FLOAT8_E4M3FN(4, 4, "float8_e4m3fn"),
    /** 1/5/2 bits, IEEE-like with infinities and NaNs; max 57344. */
    FLOAT8_E5M2(3, 5, "float8_e5m2");

    private final int precision;
    private final int exponentBits;
    private final int bias;
    private final String mlName;

    FloatFormat(int precision, int exponentBits, String mlName) {
        this.precision = precision;
        this.exponentBits = exponentBits;
        this.bias = (1 << (exponentBits - 1)) - 1;
        this.mlName = mlName;
    }

    /** The ml_dtypes name ({@code bfloat16}), which is also the dtype text; null for NumPy's own formats. */
    public String mlName() {
        return mlName;
    }

    /** The ml_dtypes format of that name ({@code bfloat16}, {@code float8_e4m3fn}, {@code float8_e5m2}), or null. */
    public static FloatFormat ofMlName(String name) {
        for (FloatFormat f : values()) {
            if (f.mlName != null && f.mlName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** False for float8_e4m3fn ("fn": finite, NaN only): its top exponent holds numbers, not infinities. */
    public boolean hasInfinities() {
        return this != FLOAT8_E4M3FN;
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

    /** The value of the raw bits as a double (exact for every format but the long double). */
    public double toDouble(long bits) {
        return switch (this) {
            case DOUBLE -> Double.longBitsToDouble(bits);
            case SINGLE -> Float.intBitsToFloat((int) bits);
            case HALF -> halfToDouble((short) bits);
            case BFLOAT16 -> Float.intBitsToFloat((int) (bits & 0xffff) << 16);
            case FLOAT8_E4M3FN, FLOAT8_E5M2 -> smallToDouble(bits);
            case LONG_DOUBLE -> throw new IllegalArgumentException("a long double needs 80 bits");
        };
    }

    /** A float8 by its fields; e4m3fn's all-ones exponent is a number but for the NaN pattern. */
    private double smallToDouble(long bits) {
        int fractionBits = precision - 1;
        int top = (1 << exponentBits) - 1;
        boolean negative = (bits >>> (fractionBits + exponentBits) & 1) != 0;
        int exp = (int) (bits >>> fractionBits) & top;
        long frac = bits & ((1L << fractionBits) - 1);
        double v;
        if (exp == top && (hasInfinities() || frac == (1L << fractionBits) - 1)) {
            v = hasInfinities() && frac == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (exp == 0) {
            v = Math.scalb((double) frac, 1 - bias - fractionBits);
        } else {
            v = Math.scalb((double) (frac | 1L << fractionBits), exp - bias - fractionBits);
        }
        return negative ? -v : v;
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
