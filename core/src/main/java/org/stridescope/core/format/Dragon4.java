package org.stridescope.core.format;

import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.FloatValue;

/**
 * NumPy's Dragon4 ({@code numpy/core/src/multiarray/dragon4.c}) with all of its options, as
 * {@code np.format_float_positional} and {@code np.format_float_scientific} use it: shortest
 * ("unique") or exact digits, a maximum and a minimum number of digits, NumPy's trim modes and
 * padding. Array printing needs these; a scalar's plain {@code str()} has the faster
 * {@link FloatText}. Exact big-integer arithmetic ({@link DragonInt}), so it also serves as the
 * reference that {@link ShortestDigits} is tested against.
 */
public final class Dragon4 {
    private Dragon4() {
    }

    /** NumPy's trim modes, by the letter its Python functions take. */
    public enum Trim {
        /** {@code 'k'}: keep trailing zeros. */
        NONE,
        /** {@code '.'}: trim trailing zeros, keep the point. */
        ZEROS,
        /** {@code '0'}: trim trailing zeros but leave one after the point. */
        LEAVE_ONE_ZERO,
        /** {@code '-'}: trim trailing zeros and the point. */
        DPT_ZEROS
    }

    /**
     * {@code np.format_float_positional}.
     *
     * @param precision  at most this many digits (after the point when {@code fractional}); -1 none
     * @param minDigits  at least this many digits, even past the shortest; -1 none
     * @param padLeft    pad with spaces to this many characters left of the point; -1 none
     * @param padRight   pad with spaces to this many characters right of the point; -1 none
     */
    public static String positional(FloatValue v, int precision, int minDigits, boolean unique, boolean fractional,
            Trim trim, boolean sign, int padLeft, int padRight) {
        StringBuilder sb = new StringBuilder(32);
        if (special(sb, v, sign)) {
            return sb.toString();
        }
        boolean hasSign = appendSign(sb, v, sign);
        int start = sb.length();
        int[] exp = new int[1];
        String digits = digits(v, unique, fractional, precision, minDigits, exp);
        int printExponent = exp[0];
        int numDigits = digits.length();
        int numWholeDigits;
        int numFractionDigits = 0;
        if (printExponent >= 0) {
            numWholeDigits = printExponent + 1;
            if (numDigits <= numWholeDigits) {
                sb.append(digits);
                for (int i = numDigits; i < numWholeDigits; i++) {
                    sb.append('0');
                }
            } else {
                numFractionDigits = numDigits - numWholeDigits;
                sb.append(digits, 0, numWholeDigits).append('.').append(digits, numWholeDigits, numDigits);
            }
        } else {
            int zeros = -(printExponent + 1);
            sb.append("0.");
            for (int i = 0; i < zeros; i++) {
                sb.append('0');
            }
            sb.append(digits);
            numFractionDigits = numDigits + zeros;
            numWholeDigits = 1;
        }
        if (trim != Trim.DPT_ZEROS && numFractionDigits == 0) {
            sb.append('.');
        }
        int addDigits = unique ? minDigits : precision;
        int desiredFractionalDigits = addDigits < 0 ? 0 : addDigits;
        if (!fractional) {
            desiredFractionalDigits = addDigits - numWholeDigits;
        }
        if (trim == Trim.LEAVE_ONE_ZERO) {
            if (numFractionDigits == 0) {
                sb.append('0');
                numFractionDigits++;
            }
        } else if (trim == Trim.NONE && desiredFractionalDigits > numFractionDigits) {
            for (int i = numFractionDigits; i < desiredFractionalDigits; i++) {
                sb.append('0');
            }
            numFractionDigits = desiredFractionalDigits;
        }
        if (trim != Trim.NONE && numFractionDigits > 0) {
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
                numFractionDigits--;
            }
            if (sb.charAt(sb.length() - 1) == '.') {
                if (trim == Trim.LEAVE_ONE_ZERO) {
                    sb.append('0');
                    numFractionDigits++;
                } else if (trim == Trim.DPT_ZEROS) {
                    sb.setLength(sb.length() - 1);
                }
            }
        }
        if (padRight >= numFractionDigits) {
            if (trim == Trim.DPT_ZEROS && numFractionDigits == 0) {
                sb.append(' ');
            }
            for (int i = numFractionDigits; i < padRight; i++) {
                sb.append(' ');
            }
        }
        int left = numWholeDigits + (hasSign ? 1 : 0);
        if (padLeft > left) {
            sb.insert(start - (hasSign ? 1 : 0), " ".repeat(padLeft - left));
        }
        return sb.toString();
    }

    /**
     * {@code np.format_float_scientific}.
     *
     * @param precision  at most this many digits after the point; -1 none
     * @param minDigits  at least this many digits after the point; -1 none
     * @param padLeft    pad with spaces to this many characters left of the point; -1 none
     * @param expDigits  at least this many exponent digits; -1 means 2
     */
    public static String scientific(FloatValue v, int precision, int minDigits, boolean unique, Trim trim,
            boolean sign, int padLeft, int expDigits) {
        StringBuilder sb = new StringBuilder(32);
        int leftChars = 1 + (v.negative() || sign ? 1 : 0);
        if (padLeft > leftChars && v.isFinite()) {
            sb.append(" ".repeat(padLeft - leftChars));
        }
        if (special(sb, v, sign)) {
            return sb.toString();
        }
        appendSign(sb, v, sign);
        int[] exp = new int[1];
        String digits = digits(v, unique, false, precision < 0 ? -1 : precision + 1,
                minDigits < 0 ? -1 : minDigits + 1, exp);
        int printExponent = exp[0];
        sb.append(digits.charAt(0));
        int numFractionDigits = digits.length() - 1;
        if (numFractionDigits > 0) {
            sb.append('.').append(digits, 1, digits.length());
        }
        if (trim != Trim.DPT_ZEROS && numFractionDigits == 0) {
            sb.append('.');
        }
        int addDigits = unique ? minDigits : precision;
        addDigits = Math.max(addDigits, 0);
        if (trim == Trim.LEAVE_ONE_ZERO) {
            if (numFractionDigits == 0) {
                sb.append('0');
                numFractionDigits++;
            }
        } else if (trim == Trim.NONE && addDigits > numFractionDigits) {
            for (int i = numFractionDigits; i < addDigits; i++) {
                sb.append('0');
            }
            numFractionDigits = addDigits;
        }
        if (trim != Trim.NONE && numFractionDigits > 0) {
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
                numFractionDigits--;
            }
            if (trim == Trim.LEAVE_ONE_ZERO && sb.charAt(sb.length() - 1) == '.') {
                sb.append('0');
            }
        }
        int width = expDigits < 0 ? 2 : Math.min(expDigits, 5);
        sb.append('e').append(printExponent >= 0 ? '+' : '-');
        String e = Integer.toString(Math.abs(printExponent));
        for (int i = e.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(e).toString();
    }

    private static boolean appendSign(StringBuilder sb, FloatValue v, boolean sign) {
        if (v.negative()) {
            sb.append('-');
            return true;
        }
        if (sign) {
            sb.append('+');
            return true;
        }
        return false;
    }

    /** NumPy's {@code PrintInfNan}: a NaN never shows its sign, an infinity does. */
    private static boolean special(StringBuilder sb, FloatValue v, boolean sign) {
        if (v.isFinite()) {
            return false;
        }
        if (v.fraction() != 0) {
            sb.append("nan");
        } else {
            sb.append(v.negative() ? "-inf" : sign ? "+inf" : "inf");
        }
        return true;
    }

    /**
     * The digits Dragon4 prints for |v| ({@code "0"} for zero) and, in {@code exp[0]}, the
     * decimal exponent of the first one.
     */
    static String digits(FloatValue v, boolean unique, boolean fractionLength, int cutoffMax, int cutoffMin, int[] exp) {
        if (unique && ShortestDigits.handles(v.format()) && !v.isZero()) {
            // Dragon4 stops where the digits first identify the value, unless a cutoff comes
            // first or a minimum is not reached yet: when neither, it prints the shortest digits.
            ShortestDigits.Decimal d = ShortestDigits.of(v);
            String s = Long.toString(d.digits());
            int n = s.length();
            int last = d.exponent();
            boolean withinMax = cutoffMax < 0 || (fractionLength ? last >= -cutoffMax : n <= cutoffMax);
            boolean pastMin = cutoffMin < 0 || (fractionLength ? last <= -cutoffMin : n >= cutoffMin);
            if (withinMax && pastMin) {
                exp[0] = last + n - 1;
                return s;
            }
        }
        return exactDigits(v, unique, fractionLength, cutoffMax, cutoffMin, exp);
    }

    /** {@link #digits} by NumPy's big-integer Dragon4 itself, whatever the options. */
    static String exactDigits(FloatValue v, boolean unique, boolean fractionLength, int cutoffMax, int cutoffMin,
            int[] exp) {
        FloatFormat f = v.format();
        int biased = v.biasedExponent();
        long fraction = v.fraction();
        long mantissa;
        int exponent;
        boolean unequalMargins;
        if (biased != 0) {
            mantissa = fraction | (1L << (f.precision() - 1));
            exponent = biased - f.bias() - (f.precision() - 1);
            unequalMargins = biased != 1 && fraction == 0;
        } else {
            mantissa = fraction;
            exponent = 1 - f.bias() - (f.precision() - 1);
            unequalMargins = false;
        }
        if (mantissa == 0) {
            exp[0] = 0;
            return "0";
        }
        int mantissaBit = 63 - Long.numberOfLeadingZeros(mantissa);
        return run(mantissa, exponent, mantissaBit, unequalMargins, unique, fractionLength, cutoffMax, cutoffMin, exp);
    }

    /**
     * The core of NumPy's {@code Dragon4()}, step for step, on exact integers.
     *
     * @param mantissa the significand, read as unsigned and not zero
     */
    static String run(long mantissa, int exponent, int mantissaBit, boolean unequalMargins, boolean unique,
            boolean fractionLength, int cutoffMax, int cutoffMin, int[] outExponent) {
        final int bufferSize = 16384;
        boolean isEven = (mantissa & 1) == 0;
        DragonInt scale = new DragonInt();
        DragonInt value = new DragonInt().set(mantissa);
        // the high margin is the low one, or twice it when the gap below the value is half the gap above
        DragonInt marginLow = new DragonInt().set(1);
        if (unequalMargins) {
            if (exponent > 0) {
                value.shiftLeft(exponent + 2);
                scale.set(4);
                marginLow.shiftLeft(exponent);
            } else {
                value.shiftLeft(2);
                scale.set(1).shiftLeft(-exponent + 2);
            }
        } else {
            if (exponent > 0) {
                value.shiftLeft(exponent + 1);
                scale.set(2);
                marginLow.shiftLeft(exponent);
            } else {
                value.shiftLeft(1);
                scale.set(1).shiftLeft(-exponent + 1);
            }
        }
        final double log10of2 = 0.30102999566398119521373889472449;
        int digitExponent = (int) Math.ceil((double) (mantissaBit + exponent) * log10of2 - 0.69);
        if (cutoffMax >= 0 && fractionLength && digitExponent <= -cutoffMax) {
            digitExponent = -cutoffMax + 1;
        }
        if (digitExponent > 0) {
            scale.multiplyPow10(digitExponent);
        } else if (digitExponent < 0) {
            value.multiplyPow10(-digitExponent);
            marginLow.multiplyPow10(-digitExponent);
        }
        if (value.compareTo(scale) >= 0) {
            digitExponent++;
        } else {
            value.multiply(10);
            marginLow.multiply(10);
        }
        // As NumPy: scale everything so the divisor's top block is in [8, 429496729], where one
        // estimated quotient per digit is nearly always right and value * 10 never grows a block.
        long hiBlock = scale.highBlock() & 0xffff_ffffL;
        if (hiBlock < 8 || hiBlock > 429_496_729L) {
            int shift = (32 + 27 - (63 - Long.numberOfLeadingZeros(hiBlock))) % 32;
            scale.shiftLeft(shift);
            value.shiftLeft(shift);
            marginLow.shiftLeft(shift);
        }
        int cutoffMaxExponent = digitExponent - bufferSize;
        if (cutoffMax >= 0) {
            int desired = fractionLength ? -cutoffMax : digitExponent - cutoffMax;
            cutoffMaxExponent = Math.max(cutoffMaxExponent, desired);
        }
        int cutoffMinExponent = digitExponent;
        if (cutoffMin >= 0) {
            int desired = fractionLength ? -cutoffMin : digitExponent - cutoffMin;
            cutoffMinExponent = Math.min(cutoffMinExponent, desired);
        }
        outExponent[0] = digitExponent - 1;
        StringBuilder out = new StringBuilder(24);
        boolean low = false;
        boolean high = false;
        int digit;
        if (unique) {
            DragonInt valueHigh = new DragonInt();
            while (true) {
                digitExponent--;
                digit = value.divideMaxQuotient9(scale);
                valueHigh.setSum(value, marginLow);
                if (unequalMargins) {
                    valueHigh.setSum(valueHigh, marginLow);
                }
                int cmp = value.compareTo(marginLow);
                low = isEven ? cmp <= 0 : cmp < 0;
                cmp = valueHigh.compareTo(scale);
                high = isEven ? cmp >= 0 : cmp > 0;
                if (((low | high) & (digitExponent <= cutoffMinExponent)) | (digitExponent == cutoffMaxExponent)) {
                    break;
                }
                out.append((char) ('0' + digit));
                value.multiply(10);
                marginLow.multiply(10);
            }
        } else {
            while (true) {
                digitExponent--;
                digit = value.divideMaxQuotient9(scale);
                if (value.isZero() | digitExponent == cutoffMaxExponent) {
                    break;
                }
                out.append((char) ('0' + digit));
                value.multiply(10);
            }
        }
        boolean roundDown = low;
        if (low == high) {
            int compare = value.compareDoubledTo(scale);
            roundDown = compare < 0;
            if (compare == 0) {
                roundDown = (digit & 1) == 0;
            }
        }
        if (roundDown) {
            out.append((char) ('0' + digit));
        } else if (digit == 9) {
            while (true) {
                if (out.length() == 0) {
                    out.append('1');
                    outExponent[0]++;
                    break;
                }
                char last = out.charAt(out.length() - 1);
                out.setLength(out.length() - 1);
                if (last != '9') {
                    out.append((char) (last + 1));
                    break;
                }
            }
        } else {
            out.append((char) ('0' + digit + 1));
        }
        return out.toString();
    }
}
