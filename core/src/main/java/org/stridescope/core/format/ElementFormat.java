package org.stridescope.core.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Dragon4;
import org.stridescope.core.dtype.FloatText;
import org.stridescope.core.dtype.PythonText;
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
        return switch (dtype.kind()) {
            case BOOL -> {
                String trueText = zeroDim ? "True" : " True";
                yield s -> ((Scalar.Bool) s).value() ? trueText : "False";
            }
            case INT, UINT -> integers(shown);
            case FLOAT -> {
                List<Dragon4.Value> values = new ArrayList<>();
                for (Scalar s : shown) {
                    Scalar.Float f = (Scalar.Float) s;
                    values.add(new Dragon4.Value(f.format(), f.bits()));
                }
                FloatingFormat ff = new FloatingFormat(values, false);
                yield s -> ff.format(new Dragon4.Value(((Scalar.Float) s).format(), ((Scalar.Float) s).bits()));
            }
            case COMPLEX -> complexes(shown);
            case BYTES -> Scalar::str;
            case UNICODE -> s -> {
                s.str(); // a lone character past U+10FFFF fails in NumPy already
                return PythonText.repr(((Scalar.Text) s).codePoints());
            };
            case VOID -> Scalar::str;
            case DATETIME, TIMEDELTA -> timelike(shown);
        };
    }

    /** {@code IntegerFormat}: right-aligned to the longer of the largest and smallest value. */
    private static ElementFormat integers(List<Scalar> shown) {
        BigInteger max = null;
        BigInteger min = null;
        for (Scalar s : shown) {
            BigInteger v = ((Scalar.Int) s).toBigInteger();
            max = max == null || v.compareTo(max) > 0 ? v : max;
            min = min == null || v.compareTo(min) < 0 ? v : min;
        }
        int width = Math.max(max.toString().length(), min.toString().length());
        return s -> pad(s.str(), width);
    }

    /** {@code ComplexFloatingFormat}: a real column, then a signed imaginary column and {@code j}. */
    private static ElementFormat complexes(List<Scalar> shown) {
        List<Dragon4.Value> re = new ArrayList<>();
        List<Dragon4.Value> im = new ArrayList<>();
        for (Scalar s : shown) {
            Scalar.Complex c = (Scalar.Complex) s;
            re.add(new Dragon4.Value(c.format(), c.realBits()));
            im.add(new Dragon4.Value(c.format(), c.imagBits()));
        }
        FloatingFormat real = new FloatingFormat(re, false);
        FloatingFormat imag = new FloatingFormat(im, true);
        return s -> {
            Scalar.Complex c = (Scalar.Complex) s;
            String r = real.format(new Dragon4.Value(c.format(), c.realBits()));
            String i = imag.format(new Dragon4.Value(c.format(), c.imagBits()));
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
        return s instanceof Scalar.Datetime d ? "'" + d.str() + "'" : Long.toString(((Scalar.Timedelta) s).count());
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

        FloatingFormat(List<Dragon4.Value> data, boolean plusSign) {
            this.plusSign = plusSign;
            List<Dragon4.Value> finite = new ArrayList<>();
            boolean hasNegInf = false;
            for (Dragon4.Value v : data) {
                double d = v.toDouble();
                if (Double.isFinite(d)) {
                    finite.add(v);
                } else if (d == Double.NEGATIVE_INFINITY) {
                    hasNegInf = true;
                }
            }
            double maxVal = -1;
            double minVal = Double.POSITIVE_INFINITY;
            for (Dragon4.Value v : finite) {
                double a = Math.abs(v.toDouble());
                if (a != 0) {
                    maxVal = Math.max(maxVal, a);
                    minVal = Math.min(minVal, a);
                }
            }
            if (maxVal > 0) {
                double ratio = divideInOwnPrecision(maxVal, minVal, data.get(0).format());
                expFormat = maxVal >= 1e8 || minVal < 0.0001 || ratio > 1000.;
            }
            if (finite.isEmpty()) {
                padLeft = 0;
                padRight = 0;
            } else if (expFormat) {
                int maxFrac = 0;
                int maxInt = 0;
                int maxExp = 0;
                for (Dragon4.Value v : finite) {
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
                for (Dragon4.Value v : finite) {
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

        String format(Dragon4.Value v) {
            double d = v.toDouble();
            if (!Double.isFinite(d)) {
                String ret = Double.isNaN(d) ? (plusSign ? "+nan" : "nan")
                        : d < 0 ? "-inf" : plusSign ? "+inf" : "inf";
                return pad(ret, padLeft + padRight + 1);
            }
            if (expFormat) {
                return Dragon4.scientific(v, precision, precision, true, Dragon4.Trim.NONE, plusSign, padLeft, expSize);
            }
            return Dragon4.positional(v, PRECISION, 0, true, true, Dragon4.Trim.ZEROS, plusSign, padLeft, padRight);
        }

        /** NumPy divides two scalars of the element's type, rounding to that type. */
        private static double divideInOwnPrecision(double a, double b, FloatText.Format format) {
            return switch (format) {
                case DOUBLE -> a / b;
                case SINGLE -> (float) a / (float) b;
                case HALF -> FloatText.roundToHalf((float) a / (float) b);
            };
        }
    }
}
