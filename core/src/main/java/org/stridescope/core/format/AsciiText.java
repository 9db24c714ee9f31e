package org.stridescope.core.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Growable ASCII text as bytes: what float text is written into, so a CSV export can send it to
 * the file as it stands (no String, no encoding step per value) and {@code str()} can still make
 * a String of it.
 */
public final class AsciiText {
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private byte[] bytes;
    private int length;
    /** Room to lay out one number's digits before they are placed. */
    private final byte[] digits = new byte[40];

    public AsciiText(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    public int length() {
        return length;
    }

    /** The text so far; valid up to {@link #length()}, until the next append. */
    public byte[] bytes() {
        return bytes;
    }

    public void clear() {
        length = 0;
    }

    public AsciiText append(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends a String, as UTF-8 (the only text here that is not ASCII is a unicode element's). */
    public AsciiText append(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                length -= i;
                appendBytes(s.getBytes(StandardCharsets.UTF_8));
                return this;
            }
            bytes[length + i] = (byte) c;
        }
        length += n;
        return this;
    }

    public AsciiText appendBytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
        return this;
    }

    public AsciiText appendZeros(int count) {
        room(count);
        Arrays.fill(bytes, length, length + count, (byte) '0');
        length += count;
        return this;
    }

    /** Appends {@code digits[from..to)} of the last {@link #layDigits} call. */
    AsciiText appendDigits(int from, int to) {
        room(to - from);
        System.arraycopy(digits, from, bytes, length, to - from);
        length += to - from;
        return this;
    }

    /**
     * Lays out the decimal digits of {@code v >= 0} for {@link #appendDigits}; returns how many.
     * Two digits per division, in ints where they fit: a float64 has 17 digits, and a long
     * division each is what a CSV export would spend most of its time on before the JIT is warm.
     */
    int layDigits(long v) {
        int n = 1;
        while (n < POW10.length && v >= POW10[n]) {
            n++;
        }
        int i = n;
        while (v >= 100_000_000L) {
            long q = v / 100_000_000L;
            int r = (int) (v - q * 100_000_000L);
            v = q;
            for (int k = 0; k < 4; k++) {
                int q2 = r / 100;
                i = layPair(i, r - q2 * 100);
                r = q2;
            }
        }
        int r = (int) v;
        while (r >= 100) {
            int q2 = r / 100;
            i = layPair(i, r - q2 * 100);
            r = q2;
        }
        if (r >= 10) {
            layPair(i, r);
        } else {
            digits[i - 1] = (byte) ('0' + r);
        }
        return n;
    }

    /** Puts the two digits of {@code pair} (0..99) just before position {@code i}. */
    private int layPair(int i, int pair) {
        digits[i - 1] = (byte) ('0' + pair % 10);
        digits[i - 2] = (byte) ('0' + pair / 10);
        return i - 2;
    }

    /** Lays out ready-made digits (a long double's, which may be more than a long holds). */
    int layDigits(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            digits[i] = (byte) s.charAt(i);
        }
        return n;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
