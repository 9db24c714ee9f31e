package org.stridescope.core.format;

import java.math.BigInteger;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.FloatValue;

/**
 * The shortest decimal that reads back as the same binary float, for any IEEE format with at
 * most 53 significand bits (float16, float32, float64), chosen exactly as NumPy's Dragon4 in
 * "unique" mode: among the shortest decimals inside the rounding interval of the value (ends
 * included when the significand is even, as IEEE round-half-even reads them back) the one
 * closest to the value, the even one on a tie.
 *
 * <p>Java 17's {@code Double.toString} is not always shortest (JDK-4511638), so this follows
 * Raffaello Giulietti's Schubfach method with 126-bit powers of ten computed once at class load:
 * a handful of 64-bit multiplications per value, no allocation. Unlike the JDK 19+ version it
 * does not force a second digit ({@code 5e-324}, not {@code 4.9E-324}), as Python and NumPy.
 */
final class ShortestDigits {
    private static final int K_MIN = -330;
    private static final int K_MAX = 300;
    private static final long MASK_63 = (1L << 63) - 1;
    /** g = g1 2^63 + g0 is floor(10^-k 2^-r) + 1 with 2^125 <= 10^-k 2^-r < 2^126. */
    private static final long[] G1 = new long[K_MAX - K_MIN + 1];
    private static final long[] G0 = new long[K_MAX - K_MIN + 1];

    static {
        // 10^0 .. 10^330 by one multiplication each: far cheaper at start-up than a pow() per entry
        BigInteger[] pow10 = new BigInteger[Math.max(-K_MIN, K_MAX) + 1];
        pow10[0] = BigInteger.ONE;
        for (int i = 1; i < pow10.length; i++) {
            pow10[i] = pow10[i - 1].multiply(BigInteger.TEN);
        }
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int r = flog2pow10(e) - 125;
            BigInteger g;
            if (e >= 0) {
                BigInteger p = pow10[e];
                g = r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r);
            } else {
                g = BigInteger.ONE.shiftLeft(-r).divide(pow10[-e]);
            }
            g = g.add(BigInteger.ONE);
            G1[k - K_MIN] = g.shiftRight(63).longValueExact();
            G0[k - K_MIN] = g.longValue() & MASK_63;
        }
    }

    private ShortestDigits() {
    }

    /** {@code digits * 10^exponent}, digits without trailing zeros. */
    record Decimal(long digits, int exponent) {
    }

    /**
     * True for the formats this method is exact for: NumPy's float16/32/64. With fewer significand
     * bits (bfloat16, float8) a value's rounding interval can span two decades, and picking the
     * multiple of the larger power of ten is no longer the closest of the shortest
     * ({@code 1e-40} for bfloat16's {@code 9e-41}), so those go through {@link Dragon4} itself.
     */
    static boolean handles(FloatFormat format) {
        return format == FloatFormat.HALF || format == FloatFormat.SINGLE || format == FloatFormat.DOUBLE;
    }

    /** The shortest decimal for |v|, v finite and not zero, in a format this {@link #handles}. */
    static Decimal of(FloatValue v) {
        FloatFormat format = v.format();
        int biased = v.biasedExponent();
        long fraction = v.fraction();
        return biased == 0
                ? of(fraction, 2 - format.bias() - format.precision(), false)
                : of(fraction | (1L << (format.precision() - 1)), biased - format.bias() - (format.precision() - 1),
                        fraction == 0 && biased > 1);
    }

    /**
     * The shortest decimal for the positive value {@code c * 2^q}.
     *
     * @param c          the significand, 0 &lt; c &lt; 2^54
     * @param q          the binary exponent
     * @param lowerHalf  true when the gap to the next smaller float is half the gap to the next
     *                   larger one (a power of two above the smallest normal exponent)
     */
    static Decimal of(long c, int q, boolean lowerHalf) {
        long out = c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (!lowerHalf) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = G1[k - K_MIN];
        long g0 = G0[k - K_MIN];
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        // The interval is narrower than 10^(k+1): a multiple of 10^(k+1) inside it is the shortest.
        long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
        long tp10 = sp10 + 10;
        boolean upin = vbl + out <= sp10 << 2;
        boolean wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            return pack(upin ? sp10 : tp10, k);
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return pack(uin ? s : t, k);
        }
        long cmp = vb - (s + t << 1);
        return pack(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k);
    }

    private static Decimal pack(long f, int e) {
        while (f != 0 && f % 10 == 0) {
            f /= 10;
            e++;
        }
        return new Decimal(f, e);
    }

    /** floor(g cp / 2^127), with the lowest bit set when the rest is not zero (round to odd). */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** floor(e log10(2)). */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 2^e)). */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** floor(e log2(10)). */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }
}
