package org.stridescope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.FloatValue;

/** Properties over any float: its text is exact and short, and the fast digits are Dragon4's. */
class FloatTextProperties {

    @Property(tries = 5000)
    void float64TextReadsBackAndIsNeverLongerThanJava(@ForAll double v) {
        String text = FloatText.str(v);
        if (Double.isNaN(v)) {
            assertThat(text).isEqualTo("nan");
            return;
        }
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(text))).isEqualTo(Double.doubleToRawLongBits(v));
        assertThat(significantDigits(text)).isLessThanOrEqualTo(significantDigits(Double.toString(v)));
    }

    @Property(tries = 5000)
    void float32TextReadsBackAndIsNeverLongerThanJava(@ForAll float v) {
        String text = FloatText.str(v);
        if (Float.isNaN(v)) {
            assertThat(text).isEqualTo("nan");
            return;
        }
        assertThat(Float.floatToRawIntBits(Float.parseFloat(text))).isEqualTo(Float.floatToRawIntBits(v));
        assertThat(significantDigits(text)).isLessThanOrEqualTo(significantDigits(Float.toString(v)));
    }

    @Property(tries = 5000)
    void float32BitPatternsReadBack(@ForAll int bits) {
        float v = Float.intBitsToFloat(bits);
        if (!Float.isNaN(v)) {
            String text = FloatText.str(FloatFormat.SINGLE, bits & 0xffffffffL);
            assertThat(Float.floatToRawIntBits(Float.parseFloat(text))).isEqualTo(bits);
        }
    }

    @Property(tries = 5000)
    void float64BitPatternsReadBack(@ForAll long bits) {
        double v = Double.longBitsToDouble(bits);
        if (!Double.isNaN(v)) {
            String text = FloatText.str(FloatFormat.DOUBLE, bits);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(text))).isEqualTo(bits);
        }
    }

    @Property(tries = 3000)
    void schubfachDigitsEqualNumpysDragon4Digits(@ForAll long bits, @ForAll int bits32) {
        for (FloatValue v : new FloatValue[] {new FloatValue(FloatFormat.DOUBLE, bits),
            new FloatValue(FloatFormat.SINGLE, bits32 & 0xffffffffL),
            new FloatValue(FloatFormat.HALF, bits32 & 0xffffL)}) {
            if (v.isFinite() && !v.isZero()) {
                int[] exp = new int[1];
                String exact = Dragon4.exactDigits(v, true, false, -1, -1, exp);
                ShortestDigits.Decimal fast = ShortestDigits.of(v);
                assertThat(Long.toString(fast.digits())).isEqualTo(exact);
                assertThat(fast.exponent() + exact.length() - 1).isEqualTo(exp[0]);
            }
        }
    }

    @Property(tries = 2000)
    void arrayPrintingDigitsEqualNumpysDragon4WithCutoffs(@ForAll long bits, @ForAll boolean fractional) {
        FloatValue v = new FloatValue(FloatFormat.DOUBLE, bits);
        if (v.isFinite() && !v.isZero()) {
            for (int[] cut : new int[][] {{8, -1}, {9, -1}, {8, 0}, {5, 5}, {-1, -1}, {17, 3}}) {
                int[] e1 = new int[1];
                int[] e2 = new int[1];
                assertThat(Dragon4.digits(v, true, fractional, cut[0], cut[1], e1))
                        .isEqualTo(Dragon4.exactDigits(v, true, fractional, cut[0], cut[1], e2));
                assertThat(e1[0]).isEqualTo(e2[0]);
            }
        }
    }

    /** Digits of a decimal, leading and trailing zeros not counted ({@code 1.0E-5} has 1). */
    private static int significantDigits(String text) {
        String mantissa = text.replaceFirst("[eE].*", "").replace("-", "").replace("+", "").replace(".", "");
        mantissa = mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(1, mantissa.length());
    }
}
