package org.stridescope.core.format;

import java.math.BigInteger;

/** Counts in words, singular for one: {@code 1 byte}, {@code 16 bytes}, {@code 1 axis}, {@code bytes 12..15}. */
public final class CountText {
    private CountText() {
    }

    /** {@code 1 element}, {@code 0 elements}: {@code noun} with an {@code s} unless there is exactly one. */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@link #of(long, String)} for counts past 64 bits. */
    public static String of(BigInteger n, String noun) {
        return n + " " + noun + (n.equals(BigInteger.ONE) ? "" : "s");
    }

    /** {@code 1 byte}, {@code 16 bytes}. */
    public static String bytes(long n) {
        return of(n, "byte");
    }

    /** {@code 1 byte}, {@code 16 bytes}, for counts past 64 bits. */
    public static String bytes(BigInteger n) {
        return of(n, "byte");
    }

    /** {@code 1 axis}, {@code 2 axes}, {@code 0 axes}. */
    public static String axes(long n) {
        return n == 1 ? "1 axis" : n + " axes";
    }

    /** The bytes {@code first..last}, both included: {@code bytes 16..19}, or {@code byte 3} for one. */
    public static String byteRun(BigInteger first, BigInteger last) {
        return first.equals(last) ? "byte " + first : "bytes " + first + ".." + last;
    }

    /** The bytes {@code first..last}, both included: {@code bytes 16..19}, or {@code byte 3} for one. */
    public static String byteRun(long first, long last) {
        return first == last ? "byte " + first : "bytes " + first + ".." + last;
    }

    /** A size for people: {@code 512 bytes}, {@code 1.5 KiB}, {@code 1.2 GiB}, up to EiB. */
    public static String byteSize(long n) {
        if (n < 1024) {
            return bytes(n);
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
