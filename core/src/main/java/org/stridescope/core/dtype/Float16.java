package org.stridescope.core.dtype;

/** IEEE binary16 from a double, as NumPy's {@code npy_double_to_half} rounds it. */
public final class Float16 {
    private Float16() {
    }

    /**
     * The float16 nearest to {@code d} (ties to even, subnormals kept), as bits; from 65520 on
     * infinite; NaN keeps its sign and is quiet.
     */
    public static short bits(double d) {
        int sign = Double.doubleToRawLongBits(d) < 0 ? 0x8000 : 0;
        if (Double.isNaN(d)) {
            return (short) (sign | 0x7e00);
        }
        double a = Math.abs(d);
        if (a >= 65520) {
            return (short) (sign | 0x7c00);
        }
        int e = Math.getExponent(a);
        if (e < -14) { // subnormal (or zero): a multiple of 2^-24; rounding up to 2^-14 gives its bits too
            return (short) (sign | (int) Math.rint(a * 0x1p24));
        }
        double ulp = Math.scalb(1.0, e - 10);
        double rounded = Math.rint(a / ulp) * ulp; // may carry into the next binade
        int re = Math.getExponent(rounded);
        int fraction = (int) (rounded / Math.scalb(1.0, re - 10)) - 0x400;
        return (short) (sign | (re + 15) << 10 | fraction);
    }

    /** The float16 nearest to {@code d}, as a double. */
    public static double round(double d) {
        return FloatFormat.halfToDouble(bits(d));
    }

    /** The float16 nearest to {@code d} as a scalar. */
    public static Scalar scalar(double d) {
        return new Scalar.Float(new FloatValue(FloatFormat.HALF, bits(d) & 0xffffL));
    }
}
