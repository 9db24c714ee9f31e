package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Float16;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.dtype.Scalar;
import org.stridescope.core.python.PyNode;

/**
 * {@code x op number} ({@code + - *}) for an array and a Python number, with NumPy 1.24's result
 * type (value-based casting: the number counts by the smallest type holding its value) and its
 * arithmetic: both sides are cast to the result type first, float16 is computed in float32 and
 * rounded back to float16, as NumPy's half loops do.
 */
record Elementwise(DType dtype, List<Scalar> items) {

    /** The result, or null where the result type is not worked out here (int8 + 300). */
    static Elementwise apply(DType d, String op, List<Scalar> items, PyNode numberNode, boolean numberFirst) {
        double number = CopiedValues.number(numberNode);
        boolean intNumber = !(numberNode instanceof PyNode.Float)
                && !(numberNode instanceof PyNode.Unary u && u.operand() instanceof PyNode.Float);
        boolean intArray = d.kind() == Kind.INT || d.kind() == Kind.UINT;
        if (intArray && intNumber) {
            return integers(d, op, items, (long) number, numberFirst);
        }
        int size = floatSize(d, number, intNumber);
        if (size == 0) {
            return null;
        }
        DType r = d.kind() == Kind.FLOAT && d.itemsize() == size ? CopiedValues.nativeOf(d) : DType.parse("<f" + size);
        double y = intNumber ? fromLong((long) number, size) : toSize(number, size);
        List<Scalar> out = new ArrayList<>(items.size());
        for (Scalar s : items) {
            double x = s instanceof Scalar.Int i && !i.unsigned() ? fromLong(i.bits(), size) : toSize(s.toFloat64(), size);
            double p = numberFirst ? y : x;
            double q = numberFirst ? x : y;
            out.add(CopiedValues.floatScalar(size, compute(op, p, q, size)));
        }
        return new Elementwise(r, out);
    }

    /**
     * The result's size in bytes when it is a float: a float array against the smallest type of
     * the number (uint8 for 1, float16 for 0.1 and any |x| < 65000, float32 below 3.4e38); an
     * integer array against a float number is float64 (the number's kind is higher, so its
     * value does not count). 0 where not a float result.
     */
    private static int floatSize(DType d, double number, boolean intNumber) {
        if (d.kind() == Kind.INT || d.kind() == Kind.UINT) {
            return intNumber ? 0 : 8;
        }
        if (d.kind() != Kind.FLOAT || d.itemsize() > 8 || d.floatFormat().mlName() != null) {
            return 0;
        }
        int forNumber;
        if (intNumber) {
            long n = (long) number;
            boolean oneByte = n >= 0 ? n < 1 << 8 : n >= -(1 << 7);
            boolean twoBytes = n >= 0 ? n < 1 << 16 : n >= -(1 << 15);
            forNumber = oneByte ? 2 : twoBytes ? 4 : 8; // the float holding that integer type
        } else {
            double a = Math.abs(number);
            forNumber = a < 65000 || !Double.isFinite(number) ? 2 : a < 3.4e38 ? 4 : 8;
        }
        return Math.max(d.itemsize(), forNumber);
    }

    /** A value cast to the float of {@code size} bytes, as a double. */
    private static double toSize(double x, int size) {
        return switch (size) {
            case 2 -> Float16.round(x);
            case 4 -> (float) x;
            default -> x;
        };
    }

    /** An int64 cast to the float of {@code size} bytes: to float16 by way of float32, as NumPy casts. */
    private static double fromLong(long n, int size) {
        return switch (size) {
            case 2 -> Float16.round((float) n);
            case 4 -> (float) n;
            default -> (double) n;
        };
    }

    /** {@code p op q} in the arithmetic of the type: float16 and float32 in float32, float64 in float64. */
    private static double compute(String op, double p, double q, int size) {
        if (size == 8) {
            return switch (op) {
                case "+" -> p + q;
                case "-" -> p - q;
                default -> p * q;
            };
        }
        float a = (float) p;
        float b = (float) q;
        float z = switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            default -> a * b;
        };
        return size == 2 ? Float16.round(z) : z;
    }

    private static Elementwise integers(DType d, String op, List<Scalar> items, long n, boolean numberFirst) {
        if (!fits(d, n)) {
            return null; // NumPy 1.24 would widen the type by the value; not worked out here
        }
        int bits = d.itemsize() * 8;
        List<Scalar> out = new ArrayList<>(items.size());
        for (Scalar s : items) {
            long x = ((Scalar.Int) s).bits();
            long y = switch (op) {
                case "+" -> x + n;
                case "-" -> numberFirst ? n - x : x - n;
                default -> x * n;
            };
            out.add(new Scalar.Int(wrap(y, bits, d.kind() == Kind.UINT), d.kind() == Kind.UINT));
        }
        return new Elementwise(CopiedValues.nativeOf(d), out);
    }

    private static boolean fits(DType d, long n) {
        int bits = d.itemsize() * 8;
        if (bits == 64) {
            return d.kind() == Kind.INT || n >= 0;
        }
        return d.kind() == Kind.UINT ? n >= 0 && n < (1L << bits) : n >= -(1L << (bits - 1)) && n < (1L << (bits - 1));
    }

    private static long wrap(long y, int bits, boolean unsigned) {
        if (bits == 64) {
            return y;
        }
        long mask = (1L << bits) - 1;
        long low = y & mask;
        return unsigned || (low >>> (bits - 1)) == 0 ? low : low | ~mask;
    }
}
