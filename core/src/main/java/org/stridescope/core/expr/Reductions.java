package org.stridescope.core.expr;

import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.dtype.Scalar;

/**
 * {@code sum}, {@code mean}, {@code min}, {@code max} over all elements, with NumPy 1.24's result
 * types and, for floats, its order of additions ({@link FloatSums}): the elements are taken in
 * the order NumPy's iterator visits them ({@link IterationOrder}), given the strides of the
 * array in memory.
 */
final class Reductions {
    private Reductions() {
    }

    /** The result, or null for a dtype not reduced here (complex, text, records). */
    static Scalar reduce(String name, DType d, long[] shape, long[] strides, List<Scalar> items) {
        boolean ints = d.kind() == Kind.INT || d.kind() == Kind.UINT || d.kind() == Kind.BOOL;
        boolean floats = d.kind() == Kind.FLOAT && d.itemsize() <= 8 && d.floatFormat().mlName() == null;
        if (!ints && !floats) {
            return null;
        }
        if (items.isEmpty() && (name.equals("min") || name.equals("max"))) {
            throw StridescopeError.valueError("zero-size array to reduction operation " + (name.equals("min") ? "minimum" : "maximum")
                    + " which has no identity", "");
        }
        int[] order = IterationOrder.positions(shape, strides);
        if (ints && !name.equals("mean")) {
            return integers(name, d, items);
        }
        double[] x = new double[order.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = items.get(order[i]).toFloat64();
        }
        int size = ints ? 8 : d.itemsize(); // an integer mean is a float64 one
        return switch (name) {
            case "sum" -> CopiedValues.floatScalar(size, size == 2 ? FloatSums.sumHalf(x) : FloatSums.sum(x, size == 4));
            case "mean" -> CopiedValues.floatScalar(size, x.length == 0 ? Double.NaN : FloatSums.mean(x, size));
            default -> CopiedValues.floatScalar(size, extreme(name.equals("max"), x));
        };
    }

    /**
     * The smallest or largest value, NaN if any is NaN; between equal values (0.0 and -0.0) the
     * later one visited, as NumPy's scalar loop keeps it. (Its SIMD loops, chosen by the CPU, may
     * keep the other zero of a longer array: which one prints as the sign of the zero.)
     */
    private static double extreme(boolean max, double[] x) {
        double best = x[0];
        for (double v : x) {
            if (Double.isNaN(best) || Double.isNaN(v)) {
                best = Double.NaN;
            } else if (max ? v >= best : v <= best) {
                best = v;
            }
        }
        return best;
    }

    /** An integer or bool array's sum (int64 or uint64, wrapping as they do), min and max. */
    private static Scalar integers(String name, DType d, List<Scalar> items) {
        boolean unsigned = d.kind() == Kind.UINT;
        if (name.equals("min") || name.equals("max")) {
            Scalar best = items.get(0);
            for (Scalar s : items) {
                int c = Double.compare(s.toFloat64(), best.toFloat64());
                if (s instanceof Scalar.Int x && best instanceof Scalar.Int y) {
                    c = unsigned ? Long.compareUnsigned(x.bits(), y.bits()) : Long.compare(x.bits(), y.bits());
                }
                if (name.equals("min") ? c < 0 : c > 0) {
                    best = s;
                }
            }
            return best;
        }
        long sum = 0;
        for (Scalar s : items) {
            sum += s instanceof Scalar.Int x ? x.bits() : (long) s.toFloat64(); // wraps as int64/uint64 do
        }
        return new Scalar.Int(sum, unsigned);
    }
}
