package org.stridescope.core.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.PythonText;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.FloatValue;
import org.stridescope.core.dtype.Scalar;

/**
 * How NumPy's array printing writes one element, fitted to the elements shown (so columns
 * align): {@code IntegerFormat}, {@code BoolFormat}, {@code FloatingFormat},
 * {@code ComplexFloatingFormat}, {@code DatetimeFormat}, {@code TimedeltaFormat} and the plain
 * repr/str of strings and voids in {@code numpy/core/arrayprint.py}.
 */
interface ElementFormat {

    String format(Scalar s);

    static ElementFormat of(DType dtype, List<Scalar> shown, boolean zeroDim) {
        if (dtype.fields() != null) {
            return RecordText.format(dtype, shown, zeroDim);
        }
        return switch (dtype.kind()) {
            case BOOL -> {
                String trueText = zeroDim ? "True" : " True";
                yield s -> ((Scalar.Bool) s).value() ? trueText : "False";
            }
            case INT, UINT -> integers(shown);
            case FLOAT -> {
                if (dtype.mlFloat() != null) {
                    // ml_dtypes' scalars are no np.floating: NumPy prints each by its repr, unpadded
                    yield ScalarText::str;
                }
                List<FloatValue> values = new ArrayList<>();
                for (Scalar s : shown) {
                    values.add(((Scalar.Float) s).value());
                }
                FloatingFormat ff = new FloatingFormat(values, false);
                yield s -> ff.format(((Scalar.Float) s).value());
            }
            case COMPLEX -> complexes(shown);
            case BYTES -> ScalarText::str;
            case UNICODE -> s -> {
                ScalarText.str(s); // a lone character past U+10FFFF fails in NumPy already
                return PythonText.repr(((Scalar.Text) s).codePoints());
            };
            case VOID -> ScalarText::str;
            case DATETIME, TIMEDELTA -> timelike(shown);
        };
    }

    /** {@code IntegerFormat}: right-aligned to the longer of the largest and smallest value. */
    private static ElementFormat integers(List<Scalar> shown) {
        if (shown.isEmpty()) {
            return ScalarText::str; // an empty subarray field: nothing to align
        }
        BigInteger max = null;
        BigInteger min = null;
        for (Scalar s : shown) {
            BigInteger v = ((Scalar.Int) s).toBigInteger();
            max = max == null || v.compareTo(max) > 0 ? v : max;
            min = min == null || v.compareTo(min) < 0 ? v : min;
        }
        int width = Math.max(max.toString().length(), min.toString().length());
        return s -> pad(ScalarText.str(s), width);
    }

    /** {@code ComplexFloatingFormat}: a real column, then a signed imaginary column and {@code j}. */
    private static ElementFormat complexes(List<Scalar> shown) {
        List<FloatValue> re = new ArrayList<>();
        List<FloatValue> im = new ArrayList<>();
        for (Scalar s : shown) {
            Scalar.Complex c = (Scalar.Complex) s;
            re.add(c.real());
            im.add(c.imag());
        }
        FloatingFormat real = new FloatingFormat(re, false);
        FloatingFormat imag = new FloatingFormat(im, true);
        return s -> {
            Scalar.Complex c = (Scalar.Complex) s;
            String r = real.format(c.real());
            String i = imag.format(c.imag());
            int sp = i.length();
            while (sp > 0 && Character.isWhitespace(i.charAt(sp - 1))) {
                sp--;
            }
            return r + i.substring(0, sp) + "j" + i.substring(sp);
        };
    }

    /**
     * {@code DatetimeFormat} / {@code TimedeltaFormat}: quoted ISO dates, or raw counts, right-aligned
     * to the longer of the largest and smallest non-NaT value, NaT as {@code 'NaT'}.
     */
    private static ElementFormat timelike(List<Scalar> shown) {
        Scalar max = null;
        Scalar min = null;
        boolean hasNaT = false;
        for (Scalar s : shown) {
            long v = count(s);
            if (v == Long.MIN_VALUE) {
                hasNaT = true;
                continue;
            }
            max = max == null || v > count(max) ? s : max;
            min = min == null || v < count(min) ? s : min;
        }
        int width = max == null ? 0 : Math.max(nonNaT(max).length(), nonNaT(min).length());
        if (hasNaT) {
            width = Math.max(width, 5);
        }
        int w = width;
        return s -> pad(count(s) == Long.MIN_VALUE ? "'NaT'" : nonNaT(s), w);
    }

    private static long count(Scalar s) {
        return s instanceof Scalar.Datetime d ? d.count() : ((Scalar.Timedelta) s).count();
    }

    private static String nonNaT(Scalar s) {
        return s instanceof Scalar.Datetime d ? "'" + ScalarText.str(d) + "'" : Long.toString(((Scalar.Timedelta) s).count());
    }

    /** Python's {@code '%{w}s'}: right-aligned in at least {@code width} characters. */
    static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** NumPy's {@code FloatingFormat} with precision 8, floatmode maxprec, no suppression. */
    final class FloatingFormat {
        private static final int PRECISION = 8;
        private final boolean plusSign;
        private boolean expFormat;
        private int padLeft;
        private int padRight;
        private int precision = PRECISION;
        private int expSize = -1;

        FloatingFormat(List<FloatValue> data, boolean plusSign) {
            this.plusSign = plusSign;
            List<FloatValue> finite = new ArrayList<>();
            boolean hasNegInf = false;
            FloatValue max = null;
            FloatValue min = null;
            for (FloatValue v : data) {
                if (v.npyIsFinite()) { // np.isfinite: an x87 invalid long double is NaN
                    finite.add(v);
                    if (!v.isZero()) {
                        max = max == null || v.compareMagnitude(max) > 0 ? v : max;
                        min = min == null || v.compareMagnitude(min) < 0 ? v : min;
                    }
                } else if (!v.npyIsNaN() && v.negative()) {
                    hasNegInf = true;
                }
            }
            if (max != null) {
                expFormat = isLarge(max) || isSmall(min) || ratioOver1000(max, min);
            }
            if (finite.isEmpty()) {
                padLeft = 0;
                padRight = 0;
            } else if (expFormat) {
                int maxFrac = 0;
                int maxInt = 0;
                int maxExp = 0;
                for (FloatValue v : finite) {
                    String s = Dragon4.scientific(v, PRECISION, -1, true, Dragon4.Trim.ZEROS, plusSign, -1, -1);
                    int e = s.indexOf('e');
                    int dot = s.indexOf('.');
                    maxInt = Math.max(maxInt, dot);
                    maxFrac = Math.max(maxFrac, e - dot - 1);
                    maxExp = Math.max(maxExp, s.length() - e - 1);
                }
                expSize = maxExp - 1;
                precision = maxFrac;
                padLeft = maxInt;
                padRight = expSize + 2 + precision;
            } else {
                int maxFrac = 0;
                int maxInt = 0;
                for (FloatValue v : finite) {
                    String s = Dragon4.positional(v, PRECISION, -1, true, true, Dragon4.Trim.ZEROS, plusSign, -1, -1);
                    int dot = s.indexOf('.');
                    maxInt = Math.max(maxInt, dot);
                    maxFrac = Math.max(maxFrac, s.length() - dot - 1);
                }
                padLeft = maxInt;
                padRight = maxFrac;
            }
            if (finite.size() != data.size()) {
                boolean negInf = plusSign || hasNegInf;
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
            }
        }

        String format(FloatValue v) {
            if (!v.npyIsFinite()) {
                String ret = v.npyIsNaN() ? (plusSign ? "+nan" : "nan")
                        : v.negative() ? "-inf" : plusSign ? "+inf" : "inf";
                return pad(ret, padLeft + padRight + 1);
            }
            if (expFormat) {
                return Dragon4.scientific(v, precision, precision, true, Dragon4.Trim.NONE, plusSign, padLeft, expSize);
            }
            return Dragon4.positional(v, PRECISION, 0, true, true, Dragon4.Trim.ZEROS, plusSign, padLeft, padRight);
        }

        /** {@code max_val >= 1.e8}. */
        private static boolean isLarge(FloatValue max) {
            if (max.format() != FloatFormat.LONG_DOUBLE) {
                return Math.abs(max.toDouble()) >= 1e8;
            }
            int e = max.topBitExponent(); // 2^26 < 1e8 < 2^27
            return e != 26 ? e > 26 : max.exact().abs().compareTo(E8) >= 0;
        }

        /** {@code min_val < 0.0001}, against the double nearest 0.0001 as Python writes it. */
        private static boolean isSmall(FloatValue min) {
            if (min.format() != FloatFormat.LONG_DOUBLE) {
                return Math.abs(min.toDouble()) < 0.0001;
            }
            int e = min.topBitExponent(); // 2^-14 < 1e-4 < 2^-13
            return e != -14 ? e < -14 : min.exact().abs().compareTo(E_4) < 0;
        }

        /** {@code max_val/min_val > 1000.}, the division rounded to the elements' own type. */
        private static boolean ratioOver1000(FloatValue max, FloatValue min) {
            if (max.format() == FloatFormat.LONG_DOUBLE) {
                // rounded to 64 significant bits, a quotient is above 1000 past 1000 + 2^-55
                return max.compareMagnitudeScaled(min, LD_RATIO, 55) > 0;
            }
            double a = Math.abs(max.toDouble());
            double b = Math.abs(min.toDouble());
            return switch (max.format()) {
                case DOUBLE -> a / b > 1000.;
                case SINGLE -> (float) a / (float) b > 1000f;
                case HALF -> FloatText.roundToHalf((float) a / (float) b) > 1000.;
                // long doubles are handled above; ml_dtypes floats never come here (numpystr)
                case LONG_DOUBLE, BFLOAT16, FLOAT8_E4M3FN, FLOAT8_E5M2 -> throw new IllegalStateException();
            };
        }

        private static final java.math.BigDecimal E8 = new java.math.BigDecimal("1e8");
        private static final java.math.BigDecimal E_4 = new java.math.BigDecimal(0.0001);
        /** (1000 + 2^-55) * 2^55. */
        private static final java.math.BigInteger LD_RATIO = java.math.BigInteger.valueOf(1000).shiftLeft(55)
                .add(java.math.BigInteger.ONE);
    }
}
