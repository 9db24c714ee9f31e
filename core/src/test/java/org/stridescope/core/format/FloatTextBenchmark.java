package org.stridescope.core.format;

import java.util.Random;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatValue;
import org.stridescope.core.dtype.Scalar;

/**
 * Time to format 10^6 random float64 and float32 values (random bit patterns and random values in
 * [0, 1000)), against Java's own toString, and to print 100 arrays of 1000 float64 as NumPy's repr. A plain main, not a test: run it with
 * {@code java -cp target/classes:target/test-classes org.stridescope.core.format.FloatTextBenchmark}.
 */
public final class FloatTextBenchmark {
    private FloatTextBenchmark() {
    }

    public static void main(String[] args) {
        int n = 1_000_000;
        Random r = new Random(42);
        double[] bitsD = new double[n];
        double[] plainD = new double[n];
        float[] bitsF = new float[n];
        float[] plainF = new float[n];
        for (int i = 0; i < n; i++) {
            double d;
            do {
                d = Double.longBitsToDouble(r.nextLong());
            } while (Double.isNaN(d) || Double.isInfinite(d));
            bitsD[i] = d;
            plainD[i] = r.nextDouble() * 1000;
            float f;
            do {
                f = Float.intBitsToFloat(r.nextInt());
            } while (Float.isNaN(f) || Float.isInfinite(f));
            bitsF[i] = f;
            plainF[i] = r.nextFloat() * 1000;
        }
        for (int round = 0; round < 3; round++) {
            System.out.printf("round %d%n", round + 1);
            time("float64 bit patterns, FloatText", () -> sum(bitsD, true));
            time("float64 bit patterns, Double.toString", () -> sum(bitsD, false));
            time("float64 in [0,1000), FloatText", () -> sum(plainD, true));
            time("float32 bit patterns, FloatText", () -> sumF(bitsF, true));
            time("float32 bit patterns, Float.toString", () -> sumF(bitsF, false));
            time("float32 in [0,1000), FloatText", () -> sumF(plainF, true));
            time("100 reprs of 1000 random float64 (ArrayRepr)", () -> {
                long chars = 0;
                for (int i = 0; i < 100; i++) {
                    int from = i * 1000;
                    chars += org.stridescope.core.format.ArrayRepr.repr(DType.parse("f8"), new long[] {1000},
                            k -> new Scalar.Float(FloatValue.of(plainD[from + (int) k]))).length();
                }
                return chars;
            });
        }
    }

    private static long sum(double[] values, boolean ours) {
        long chars = 0;
        for (double v : values) {
            chars += (ours ? FloatText.str(v) : Double.toString(v)).length();
        }
        return chars;
    }

    private static long sumF(float[] values, boolean ours) {
        long chars = 0;
        for (float v : values) {
            chars += (ours ? FloatText.str(v) : Float.toString(v)).length();
        }
        return chars;
    }

    private static void time(String what, java.util.function.LongSupplier work) {
        long t0 = System.nanoTime();
        long chars = work.getAsLong();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("  %-46s %5d ms (%d chars)%n", what, ms, chars);
    }
}
