package org.stridescope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class AsciiTextTest {
    private static String digitsOf(long v) {
        AsciiText t = new AsciiText(4);
        t.appendDigits(0, t.layDigits(v));
        return t.toString();
    }

    @Property
    void laysOutTheSameDigitsAsLongToString(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long v) {
        assertThat(digitsOf(v)).isEqualTo(Long.toString(v));
    }

    @Test
    void digitsAtEveryPowerOfTenAndJustBelow() {
        long p = 1;
        for (int i = 0; i <= 18; i++, p *= 10) { // 10^0 .. 10^18
            assertThat(digitsOf(p)).isEqualTo(Long.toString(p));
            assertThat(digitsOf(p - 1)).isEqualTo(Long.toString(p - 1));
        }
        assertThat(digitsOf(Long.MAX_VALUE)).isEqualTo(Long.toString(Long.MAX_VALUE));
    }

    @Test
    void growsAndKeepsNonAsciiTextAsUtf8() {
        AsciiText t = new AsciiText(1);
        t.append("x,").append("é€").append('!');
        assertThat(new String(t.bytes(), 0, t.length(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("x,é€!");
    }
}
