package org.stridescope.core.layout;

import java.math.BigInteger;

/**
 * Sum of floor((a*i + b) / m) for i in 0..n-1, in O(log) steps by the Euclid-like reduction
 * (swap the roles of a and m each round). Exact: falls back to BigInteger if 64 bits overflow.
 */
final class FloorSum {
    private FloorSum() {
    }

    /** @param n count of terms (>= 0), m > 0, a >= 0, b >= 0 */
    static long of(long n, long m, long a, long b) {
        try {
            return inLongs(n, m, a, b);
        } catch (ArithmeticException overflow) {
            return inBigIntegers(BigInteger.valueOf(n), BigInteger.valueOf(m), BigInteger.valueOf(a),
                    BigInteger.valueOf(b)).longValueExact();
        }
    }

    private static long inLongs(long n, long m, long a, long b) {
        long sum = 0;
        while (n > 0) {
            if (a >= m) {
                long pairs = n % 2 == 0 ? Math.multiplyExact(n / 2, n - 1) : Math.multiplyExact(n, (n - 1) / 2);
                sum = Math.addExact(sum, Math.multiplyExact(pairs, a / m));
                a %= m;
            }
            if (b >= m) {
                sum = Math.addExact(sum, Math.multiplyExact(n, b / m));
                b %= m;
            }
            long yMax = Math.addExact(Math.multiplyExact(a, n), b);
            if (yMax < m) {
                break;
            }
            n = yMax / m;
            b = yMax % m;
            long t = m;
            m = a;
            a = t;
        }
        return sum;
    }

    private static BigInteger inBigIntegers(BigInteger n, BigInteger m, BigInteger a, BigInteger b) {
        BigInteger sum = BigInteger.ZERO;
        while (n.signum() > 0) {
            if (a.compareTo(m) >= 0) {
                BigInteger pairs = n.multiply(n.subtract(BigInteger.ONE)).shiftRight(1);
                sum = sum.add(pairs.multiply(a.divide(m)));
                a = a.mod(m);
            }
            if (b.compareTo(m) >= 0) {
                sum = sum.add(n.multiply(b.divide(m)));
                b = b.mod(m);
            }
            BigInteger yMax = a.multiply(n).add(b);
            if (yMax.compareTo(m) < 0) {
                break;
            }
            BigInteger[] qr = yMax.divideAndRemainder(m);
            n = qr[0];
            b = qr[1];
            BigInteger t = m;
            m = a;
            a = t;
        }
        return sum;
    }
}
