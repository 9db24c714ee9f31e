package org.stridescope.core.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.stridescope.core.dtype.FloatValue;

/**
 * NumPy's scalar str() prints a long double positionally when {@code 1e-4L <= |x| < 1e16L}; the
 * long double nearest 1e-4 is not 1e-4, so the comparison is made against that value exactly.
 */
final class LongDoubleRange {
    /** The long double (64-bit significand) nearest to 1e-4. */
    static final BigDecimal LOW = nearestLongDouble(new BigDecimal("1e-4"));
    static final BigDecimal HIGH = new BigDecimal("1e16");

    private LongDoubleRange() {
    }

    static boolean isPositional(FloatValue v) {
        int e = v.topBitExponent();
        if (e < -14 || e > 53) { // below 2^-14 < 1e-4, or at least 2^54 > 1e16
            return false;
        }
        BigDecimal a = v.exact().abs();
        return a.compareTo(LOW) >= 0 && a.compareTo(HIGH) < 0;
    }

    static BigDecimal nearestLongDouble(BigDecimal x) {
        // 2^-14 <= 1e-4 < 2^-13: the significand's last bit is worth 2^(-14-63)
        BigDecimal scale = new BigDecimal(BigInteger.TWO.pow(77));
        BigInteger m = x.multiply(scale).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        return new BigDecimal(m).divide(scale);
    }
}
