package org.stridescope.core.dtype;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * One float as stored, in one of the binary formats: for float16/32/64 and the ml_dtypes floats
 * {@code low} holds all the bits; for the x87 80-bit long double {@code low} is the 64-bit significand (with its
 * explicit integer bit) and {@code high} the sign and 15-bit exponent. Kept as bits so NaN
 * payloads, the sign of zero and long doubles beyond double's range survive.
 */
public record FloatValue(FloatFormat format, long low, int high) {

    public FloatValue(FloatFormat format, long bits) {
        this(format, bits, 0);
    }

    public static FloatValue of(double d) {
        return new FloatValue(FloatFormat.DOUBLE, Double.doubleToRawLongBits(d));
    }

    public boolean negative() {
        if (format == FloatFormat.LONG_DOUBLE) {
            return (high >>> 15 & 1) != 0;
        }
        return (low >>> (format.precision() + format.exponentBits() - 1) & 1) != 0;
    }

    /** The stored (biased) exponent; all ones for infinities and NaNs, 0 for zeros and subnormals. */
    public int biasedExponent() {
        if (format == FloatFormat.LONG_DOUBLE) {
            return high & 0x7fff;
        }
        return (int) (low >>> (format.precision() - 1)) & ((1 << format.exponentBits()) - 1);
    }

    /** The stored fraction, without the (hidden or, for long double, explicit) integer bit. */
    public long fraction() {
        return low & ((1L << (format.precision() - 1)) - 1);
    }

    public boolean isFinite() {
        if (!format.hasInfinities()) {
            return !isNaN();
        }
        return biasedExponent() != (1 << format.exponentBits()) - 1;
    }

    public boolean isNaN() {
        boolean topExponent = biasedExponent() == (1 << format.exponentBits()) - 1;
        if (!format.hasInfinities()) {
            return topExponent && fraction() == (1L << (format.precision() - 1)) - 1;
        }
        return topExponent && fraction() != 0;
    }

    /**
     * An x87 long double whose explicit integer bit is clear though its exponent is not zero
     * (an unnormal, pseudo-infinity or pseudo-NaN): the FPU refuses it and computes and compares
     * it as NaN, while NumPy's Dragon4 prints its bits as if the integer bit were set.
     */
    public boolean isX87Invalid() {
        return format == FloatFormat.LONG_DOUBLE && biasedExponent() != 0 && low >= 0;
    }

    /** NumPy's {@code npy_isnan}: as the FPU compares it, so an x87 invalid encoding is NaN. */
    public boolean npyIsNaN() {
        return isNaN() || isX87Invalid();
    }

    /** NumPy's {@code npy_isfinite}: as the FPU computes it, so an x87 invalid encoding is not finite. */
    public boolean npyIsFinite() {
        return isFinite() && !isX87Invalid();
    }

    public boolean isZero() {
        return biasedExponent() == 0 && fraction() == 0;
    }

    /** The value as a double: exact for float16/32/64; for a long double near, or out of range. */
    public double toDouble() {
        if (format != FloatFormat.LONG_DOUBLE) {
            return format.toDouble(low);
        }
        if (!npyIsFinite()) {
            return npyIsNaN() ? Double.NaN : negative() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int biased = biasedExponent();
        long significand = biased == 0 ? fraction() : fraction() | 1L << (format.precision() - 1);
        double m = significand >= 0 ? significand : (significand >>> 1) * 2.0 + (significand & 1);
        double v = Math.scalb(m, (biased == 0 ? 1 : biased) - format.bias() - (format.precision() - 1));
        return negative() ? -v : v;
    }

    /** The exact value of a finite float. */
    public BigDecimal exact() {
        int biased = biasedExponent();
        long significand = biased == 0 ? fraction() : fraction() | 1L << (format.precision() - 1);
        int exponent = (biased == 0 ? 1 : biased) - format.bias() - (format.precision() - 1);
        BigDecimal m = new BigDecimal(new BigInteger(Long.toUnsignedString(significand)));
        BigDecimal v = exponent >= 0 ? m.multiply(new BigDecimal(BigInteger.TWO.pow(exponent)))
                : m.divide(new BigDecimal(BigInteger.TWO.pow(-exponent)));
        return negative() ? v.negate() : v;
    }

    /** floor(log2 |x|) of a finite non-zero float. */
    public int topBitExponent() {
        int biased = biasedExponent();
        if (biased != 0) {
            return biased - format.bias();
        }
        return 1 - format.bias() - (format.precision() - 1) + (63 - Long.numberOfLeadingZeros(fraction()));
    }

    /**
     * Compares |this| with {@code |other| * factor} exactly, where factor is
     * {@code numerator * 2^-shift}; both finite and non-zero.
     */
    public int compareMagnitudeScaled(FloatValue other, BigInteger numerator, int shift) {
        BigInteger a = significand();
        BigInteger b = other.significand().multiply(numerator);
        int ea = binaryExponent();
        int eb = other.binaryExponent() - shift;
        return ea >= eb ? a.shiftLeft(ea - eb).compareTo(b) : a.compareTo(b.shiftLeft(eb - ea));
    }

    private BigInteger significand() {
        int biased = biasedExponent();
        long s = biased == 0 ? fraction() : fraction() | 1L << (format.precision() - 1);
        return new BigInteger(Long.toUnsignedString(s));
    }

    private int binaryExponent() {
        int biased = biasedExponent();
        return (biased == 0 ? 1 : biased) - format.bias() - (format.precision() - 1);
    }

    /** Orders two finite floats of one format by magnitude, as their stored bits do. */
    public int compareMagnitude(FloatValue o) {
        int c = Integer.compare(biasedExponent(), o.biasedExponent());
        return c != 0 ? c : Long.compareUnsigned(fraction(), o.fraction());
    }
}
