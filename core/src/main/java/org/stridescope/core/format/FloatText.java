package org.stridescope.core.format;

import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.FloatValue;

/**
 * NumPy's {@code str()} of float16/32/64 and complex scalars: the shortest digits that read back
 * as the same value in the element's own precision ({@link ShortestDigits}), positional for
 * {@code 1e-4 <= |x| < 1e16} ({@code 0.0001}, {@code 123.5}, {@code 1.0}) and otherwise scientific
 * with at least two exponent digits ({@code 9.9e-05}, {@code 1e+16}); {@code nan}, {@code inf},
 * {@code -inf}, {@code -0.0}. Complex values print like Python: {@code (1.5-2j)}, {@code 1j}.
 */
public final class FloatText {
    private FloatText() {
    }

    /** NumPy's {@code str(np.float64(v))}. */
    public static String str(double v) {
        return str(FloatFormat.DOUBLE, Double.doubleToRawLongBits(v));
    }

    /** NumPy's {@code str(np.float32(v))}. */
    public static String str(float v) {
        return str(FloatFormat.SINGLE, Float.floatToRawIntBits(v));
    }

    /** NumPy's {@code str()} of a float scalar given by its raw bits in {@code format}. */
    public static String str(FloatFormat format, long bits) {
        return str(new FloatValue(format, bits));
    }

    /**
     * NumPy's {@code str()} of a float scalar; an ml_dtypes float (bfloat16, float8) the same way,
     * with the shortest digits that read back in its own precision, as float16 prints.
     */
    public static String str(FloatValue v) {
        if (v.format().mlName() != null) {
            return mlStr(v);
        }
        AsciiText text = new AsciiText(24);
        appendEither(text, v, true, false);
        return text.toString();
    }

    /** Appends NumPy's {@code str()} of a float scalar (CSV export: no String per value). */
    public static void appendStr(AsciiText text, FloatValue v) {
        if (v.format().mlName() != null) {
            text.append(mlStr(v));
            return;
        }
        appendEither(text, v, true, false);
    }

    /**
     * Each ml_dtypes pattern's text, made once when first printed: there are at most 65536, and
     * their digits come from Dragon4's big integers, several times slower than a table look-up.
     * Filled without locks: two threads at worst make the same immutable string twice.
     */
    private static final java.util.Map<FloatFormat, String[]> ML_TEXTS = new java.util.EnumMap<>(java.util.Map.of(
            FloatFormat.BFLOAT16, new String[1 << 16], FloatFormat.FLOAT8_E4M3FN, new String[1 << 8],
            FloatFormat.FLOAT8_E5M2, new String[1 << 8]));

    private static String mlStr(FloatValue v) {
        String[] texts = ML_TEXTS.get(v.format());
        int bits = (int) v.low() & (texts.length - 1);
        String text = texts[bits];
        if (text == null) {
            AsciiText made = new AsciiText(24);
            appendEither(made, new FloatValue(v.format(), bits), true, false);
            text = made.toString();
            texts[bits] = text;
        }
        return text;
    }

    /** NumPy's {@code str()} of a complex scalar, parts given by raw bits: {@code (1+2j)}, {@code 3j}. */
    public static String complexStr(FloatFormat format, long realBits, long imagBits) {
        return complexStr(new FloatValue(format, realBits), new FloatValue(format, imagBits));
    }

    /** NumPy's {@code str()} of a complex scalar: {@code (1+2j)}, {@code 3j}, {@code (nan+infj)}. */
    public static String complexStr(FloatValue re, FloatValue im) {
        AsciiText sb = new AsciiText(48);
        if (re.isZero() && !re.negative()) {
            appendEither(sb, im, false, false);
            return sb.append('j').toString();
        }
        sb.append('(');
        if (re.npyIsNaN()) {
            sb.append("nan");
        } else if (!re.npyIsFinite()) {
            sb.append(re.negative() ? "-inf" : "inf");
        } else {
            appendEither(sb, re, false, false);
        }
        if (im.npyIsNaN()) {
            sb.append("+nan");
        } else if (!im.npyIsFinite()) {
            sb.append(im.negative() ? "-inf" : "+inf");
        } else {
            appendEither(sb, im, false, true);
        }
        return sb.append('j').append(')').toString();
    }

    /**
     * NumPy's {@code *type_str_either}: positional for zero and {@code 1e-4 <= |x| < 1e16},
     * scientific otherwise; {@code leaveOneZero} keeps {@code 1.0} (a float's str) rather than
     * {@code 1} (a part of a complex).
     */
    static void appendEither(AsciiText sb, FloatValue v, boolean leaveOneZero, boolean plusSign) {
        if (!v.isFinite()) {
            if (v.isNaN()) {
                sb.append(plusSign ? "+nan" : "nan");
            } else {
                sb.append(v.negative() ? "-inf" : plusSign ? "+inf" : "inf");
            }
            return;
        }
        if (v.negative()) {
            sb.append('-');
        } else if (plusSign) {
            sb.append('+');
        }
        if (v.isZero()) {
            sb.append(leaveOneZero ? "0.0" : "0");
            return;
        }
        int n;
        int exponent;
        boolean positional;
        if (ShortestDigits.handles(v.format())) {
            ShortestDigits.Decimal d = ShortestDigits.of(v);
            n = sb.layDigits(d.digits());
            exponent = d.exponent();
        } else {
            int[] first = new int[1];
            String digits = Dragon4.digits(v, true, false, -1, -1, first);
            n = sb.layDigits(digits);
            exponent = first[0] - n + 1;
        }
        if (v.format() == FloatFormat.LONG_DOUBLE) {
            // NumPy takes positional for npy_isnan(x) before comparing magnitudes
            positional = v.isX87Invalid() || LongDoubleRange.isPositional(v);
        } else {
            double abs = Math.abs(v.toDouble());
            positional = abs >= 1e-4 && abs < 1e16;
        }
        if (positional) {
            appendPositional(sb, n, exponent, leaveOneZero);
        } else {
            appendScientific(sb, n, exponent);
        }
    }

    /** The {@code n} laid-out digits times {@code 10^exponent} as {@code ddd.ddd}; a whole number keeps {@code .0} if asked. */
    private static void appendPositional(AsciiText sb, int n, int exponent, boolean leaveOneZero) {
        int firstExp = exponent + n - 1;
        if (firstExp >= 0) {
            int whole = firstExp + 1;
            if (n <= whole) {
                sb.appendDigits(0, n).appendZeros(whole - n);
                if (leaveOneZero) {
                    sb.append('.').append('0');
                }
            } else {
                sb.appendDigits(0, whole).append('.').appendDigits(whole, n);
            }
        } else {
            sb.append('0').append('.').appendZeros(-firstExp - 1).appendDigits(0, n);
        }
    }

    /** The {@code n} laid-out digits times {@code 10^exponent} as {@code d.ddde+XX} (no point for one digit). */
    private static void appendScientific(AsciiText sb, int n, int exponent) {
        int firstExp = exponent + n - 1;
        sb.appendDigits(0, 1);
        if (n > 1) {
            sb.append('.').appendDigits(1, n);
        }
        sb.append('e').append(firstExp < 0 ? '-' : '+');
        int a = Math.abs(firstExp);
        if (a < 10) {
            sb.append('0');
        }
        sb.appendDigits(0, sb.layDigits(a));
    }

    /** {@code f} rounded to the nearest float16 (ties to even), as a double; past 65520 is infinite. */
    public static double roundToHalf(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            return f;
        }
        float a = Math.abs(f);
        if (a >= 65520f) {
            return Math.copySign(Double.POSITIVE_INFINITY, f);
        }
        int e = Math.getExponent(a);
        double ulp = e < -14 ? 0x1p-24 : Math.scalb(1.0, e - 10);
        return Math.copySign(Math.rint(a / ulp) * ulp, f);
    }
}
