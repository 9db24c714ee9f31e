package org.stridescope.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.Layout;

class ExpressionProperties {
    private static final String[] TOKENS = {"a", "np", ".", "T", "(", ")", "[", "]", ":", ",", "-", "0", "1", "2", "-1",
        "3", "None", "...", "reshape", "flip", "transpose", "swapaxes", "moveaxis", "view", "'<i2'", "'u1'", "'x'",
        "real", "imag", "ravel", "squeeze", "diagonal", "broadcast_to", "as_strided", "sliding_window_view", "axis",
        "=", "shape", "strides", "(2, 3)", "1.5", " ", "newaxis", "lib", "stride_tricks", "expand_dims", "+", "*",
        "//", "'", "\"", "99999999999999999999", "0x10", "True", "order", "'F'", "'K'", "flatten"};

    private static final Layout A = new Layout(DType.parse("<i4"), new long[] {2, 3, 4}, new long[] {48, 16, 4}, 0);

    @Provide
    Arbitrary<String> expressionLikeText() {
        Arbitrary<String> tokens = Arbitraries.of(TOKENS).list().ofMaxSize(14).map(l -> String.join("", l));
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(30);
        return Arbitraries.oneOf(tokens, tokens, tokens, anything);
    }

    @Property(tries = 3000)
    void anyTextGivesAViewOrATypedErrorNeverAnotherException(@ForAll("expressionLikeText") String text) {
        try {
            Layout v = ExpressionEvaluator.apply(text, A, 96);
            assertThat(v).isNotNull();
        } catch (StridescopeError e) {
            assertThat(e.type()).isNotBlank();
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.detail()).isNotBlank();
        }
    }

    private static final String[] OPERATIONS = {"[::-1]", "[1]", "[-1, ...]", "[None, :, 1:]", "[..., ::2]", ".T",
        ".transpose()", ".swapaxes(0, -1)", ".reshape(-1)", ".reshape(2, -1)", ".reshape(-1, 1, order='F')",
        ".ravel()", ".ravel('K')", ".squeeze()", ".diagonal()", ".diagonal(1, -1, 0)", ".real", ".imag",
        ".view('u1')", ".view('<i4')", ".view('<f8')", "np.flip(#)", "np.flip(#, -1)", "np.moveaxis(#, 0, -1)",
        "np.expand_dims(#, 0)", "np.broadcast_to(#, (2,) + #.shape)", "sliding_window_view(#, 2, axis=0)",
        "as_strided(#, shape=(3, 2), strides=(8, -4))", "as_strided(#, shape=(2, 2), strides=(0, 1))",
        "np.atleast_3d(#)", "[0, 0]", "[::0]", ".swapaxes(5, 0)", "np.squeeze(#, 0)"};

    /**
     * Random layouts (negative, zero and gapped strides, odd offsets) and random chains of
     * operations: the result is a view inside the buffer or a typed error, nothing else.
     */
    @Property(tries = 2000)
    void aViewThatIsReturnedNeverReadsOutsideTheBuffer(@ForAll long seed) {
        Random rnd = new Random(seed);
        int ndim = rnd.nextInt(4);
        DType t = DType.parse(new String[] {"u1", "<i2", ">f4", "<c8", "<f8", "S3"}[rnd.nextInt(6)]);
        long[] shape = new long[ndim];
        long[] strides = new long[ndim];
        long low = 0;
        long high = t.itemsize();
        for (int k = 0; k < ndim; k++) {
            shape[k] = rnd.nextInt(5);
            strides[k] = (rnd.nextInt(7) - 3) * (rnd.nextBoolean() ? t.itemsize() : 1);
            long span = strides[k] * Math.max(shape[k] - 1, 0);
            low += Math.min(0, span);
            high += Math.max(0, span);
        }
        long offset = -low + rnd.nextInt(3);
        long bufferLength = offset + high + rnd.nextInt(3);
        Layout a = new Layout(t, shape, strides, offset);
        String expr = "a";
        for (int n = rnd.nextInt(4) + 1; n > 0; n--) {
            String op = OPERATIONS[rnd.nextInt(OPERATIONS.length)];
            expr = op.contains("#") ? op.replace("#", expr) : expr + op;
        }
        try {
            Layout v = ExpressionEvaluator.apply(expr, a, bufferLength);
            if (java.util.Arrays.stream(v.shape()).noneMatch(d -> d == 0)) {
                long[] index = new long[v.ndim()];
                for (long k = 0; k < v.size(); k++) {
                    long start = v.byteOf(index);
                    assertThat(start).as(expr + " on " + a).isBetween(0L, bufferLength - v.dtype().itemsize());
                    increment(index, v.shape());
                }
            }
        } catch (StridescopeError e) {
            assertThat(e.detail()).as(expr).isNotBlank();
        }
    }

    /**
     * Random chains of indexing, transposes, axis swaps and flips: element k of the result reads
     * the byte that the brute-force mapping (every element listed explicitly and moved around
     * one by one) says it reads.
     */
    @Property(tries = 1500)
    void slicingAndTransposingAgreeWithBruteForce(@ForAll long seed) {
        Random rnd = new Random(seed);
        int ndim = rnd.nextInt(4);
        long[] shape = new long[ndim];
        for (int k = 0; k < ndim; k++) {
            shape[k] = rnd.nextInt(5);
        }
        DType t = DType.parse(rnd.nextBoolean() ? "<i2" : "<f8");
        Layout a = new Layout(t, shape, Layout.cStrides(shape, t.itemsize()), 0);
        long bufferLength = Math.max(a.nbytes(), 0);
        Listed listed = Listed.of(a);
        StringBuilder expr = new StringBuilder("a");
        String expectedError = null;
        for (int step = rnd.nextInt(5) + 1; step > 0 && expectedError == null; step--) {
            String[] op = new String[1];
            expectedError = listed.randomStep(rnd, op);
            wrap(expr, op[0]);
        }
        String text = expr.toString();
        if (expectedError != null) {
            StridescopeError e = org.assertj.core.api.Assertions.catchThrowableOfType(StridescopeError.class,
                    () -> ExpressionEvaluator.apply(text, a, bufferLength));
            assertThat(e).as(text).isNotNull();
            assertThat(e.type()).as(text).isEqualTo(expectedError);
            return;
        }
        Layout v = ExpressionEvaluator.apply(text, a, bufferLength);
        assertThat(v.shape()).as(text).containsExactly(listed.shape);
        long[] index = new long[v.ndim()];
        for (int k = 0; k < listed.bytes.size(); k++) {
            assertThat(v.byteOf(index)).as(text + " element " + k).isEqualTo(listed.bytes.get(k));
            increment(index, v.shape());
        }
    }

    private static void wrap(StringBuilder expr, String op) {
        if (op.startsWith("np.flip(")) {
            expr.insert(0, "np.flip(").append(op.substring("np.flip(".length()));
        } else {
            expr.append(op);
        }
    }

    private static void increment(long[] index, long[] shape) {
        for (int k = index.length - 1; k >= 0; k--) {
            if (++index[k] < shape[k]) {
                return;
            }
            index[k] = 0;
        }
    }

    /** An array as the explicit list of the byte each element reads, in C order. */
    private static final class Listed {
        long[] shape;
        List<Long> bytes;

        static Listed of(Layout a) {
            Listed l = new Listed();
            l.shape = a.shape();
            l.bytes = new ArrayList<>();
            long n = 1;
            for (long d : l.shape) {
                n *= d;
            }
            long[] index = new long[a.ndim()];
            for (long k = 0; k < n; k++) {
                l.bytes.add(a.byteOf(index));
                increment(index, l.shape);
            }
            return l;
        }

        long get(long[] index) {
            long flat = 0;
            for (int k = 0; k < shape.length; k++) {
                flat = flat * shape[k] + index[k];
            }
            return bytes.get((int) flat);
        }

        /** Rebuilds the list from a new shape and a map from new index to old index. */
        void remap(long[] newShape, java.util.function.Function<long[], long[]> toOld) {
            List<Long> out = new ArrayList<>();
            long n = 1;
            for (long d : newShape) {
                n *= d;
            }
            long[] index = new long[newShape.length];
            for (long k = 0; k < n; k++) {
                out.add(get(toOld.apply(index.clone())));
                increment(index, newShape);
            }
            shape = newShape;
            bytes = out;
        }

        /** Applies one random operation; returns the error type NumPy would raise, or null. */
        String randomStep(Random rnd, String[] text) {
            int n = shape.length;
            int choice = rnd.nextInt(5);
            if (choice == 0 || n == 0) {
                return randomIndex(rnd, text);
            }
            if (choice == 1) {
                text[0] = ".T";
                long[] newShape = reversed(shape);
                remap(newShape, i -> reversed(i));
                return null;
            }
            if (choice == 2) {
                int[] perm = new int[n];
                List<Integer> axes = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    axes.add(k);
                }
                java.util.Collections.shuffle(axes, rnd);
                StringBuilder sb = new StringBuilder(".transpose(");
                long[] newShape = new long[n];
                for (int k = 0; k < n; k++) {
                    perm[k] = axes.get(k);
                    newShape[k] = shape[perm[k]];
                    sb.append(k == 0 ? "" : ", ").append(perm[k]);
                }
                text[0] = sb.append(")").toString();
                remap(newShape, i -> {
                    long[] old = new long[n];
                    for (int k = 0; k < n; k++) {
                        old[perm[k]] = i[k];
                    }
                    return old;
                });
                return null;
            }
            int axis = rnd.nextInt(n);
            if (choice == 3) {
                int other = rnd.nextInt(n);
                text[0] = ".swapaxes(" + axis + ", " + (other - (rnd.nextBoolean() ? n : 0)) + ")";
                long[] newShape = shape.clone();
                newShape[axis] = shape[other];
                newShape[other] = shape[axis];
                remap(newShape, i -> {
                    long[] old = i.clone();
                    old[axis] = i[other];
                    old[other] = i[axis];
                    return old;
                });
                return null;
            }
            text[0] = "np.flip(, " + axis + ")";
            long[] size = shape.clone();
            remap(size, i -> {
                long[] old = i.clone();
                old[axis] = size[axis] - 1 - i[axis];
                return old;
            });
            return null;
        }

        private String randomIndex(Random rnd, String[] text) {
            List<String> parts = new ArrayList<>();
            List<long[]> picks = new ArrayList<>(); // per old axis: chosen old positions, or null for "dropped"
            List<Long> newShape = new ArrayList<>();
            List<int[]> newAxisSource = new ArrayList<>(); // {old axis or -1 for a new axis}
            List<Long> fixed = new ArrayList<>();
            int items = rnd.nextInt(shape.length + 2);
            int axis = 0;
            for (int j = 0; j < items; j++) {
                int kind = rnd.nextInt(3);
                if (kind == 2) {
                    parts.add("None");
                    newShape.add(1L);
                    newAxisSource.add(new int[] {-1});
                    continue;
                }
                if (axis >= shape.length) {
                    parts.add("0");
                    text[0] = "[" + String.join(", ", parts) + "]";
                    return "IndexError";
                }
                long len = shape[axis];
                if (kind == 0) {
                    long i = rnd.nextInt(9) - 4;
                    parts.add(String.valueOf(i));
                    if (i < -len || i >= len) {
                        text[0] = "[" + String.join(", ", parts) + "]";
                        return "IndexError";
                    }
                    fixed.add(i < 0 ? i + len : i);
                    picks.add(null);
                } else {
                    Long start = rnd.nextBoolean() ? null : (long) (rnd.nextInt(11) - 5);
                    Long stop = rnd.nextBoolean() ? null : (long) (rnd.nextInt(11) - 5);
                    long stepValue = rnd.nextBoolean() ? 1 : (rnd.nextInt(7) - 3);
                    if (stepValue == 0) {
                        stepValue = -1;
                    }
                    parts.add((start == null ? "" : start) + ":" + (stop == null ? "" : stop) + ":" + stepValue);
                    long[] chosen = pythonSlice(len, start, stop, stepValue);
                    picks.add(chosen);
                    fixed.add(-1L);
                    newShape.add((long) chosen.length);
                    newAxisSource.add(new int[] {axis});
                }
                axis++;
            }
            boolean scalar = parts.stream().noneMatch(p -> p.contains(":") || p.equals("None")) && axis == shape.length;
            for (; axis < shape.length; axis++) {
                long[] all = new long[(int) shape[axis]];
                for (int i = 0; i < all.length; i++) {
                    all[i] = i;
                }
                picks.add(all);
                fixed.add(-1L);
                newShape.add(shape[axis]);
                newAxisSource.add(new int[] {axis});
            }
            text[0] = "[" + String.join(", ", parts) + (parts.isEmpty() ? "..." : "") + "]";
            if (scalar && !parts.isEmpty()) {
                text[0] = "[" + String.join(", ", parts) + ", ...]";
            }
            int oldNdim = shape.length;
            long[] ns = newShape.stream().mapToLong(Long::longValue).toArray();
            remap(ns, i -> {
                long[] old = new long[oldNdim];
                for (int k = 0; k < oldNdim; k++) {
                    old[k] = fixed.get(k);
                }
                for (int k = 0; k < i.length; k++) {
                    int src = newAxisSource.get(k)[0];
                    if (src >= 0) {
                        old[src] = picks.get(src)[(int) i[k]];
                    }
                }
                return old;
            });
            return null;
        }

        /** {@code list(range(len))[start:stop:step]}, element by element. */
        private static long[] pythonSlice(long len, Long start, Long stop, long step) {
            List<Long> out = new ArrayList<>();
            if (step > 0) {
                long s = start == null ? 0 : start < 0 ? Math.max(start + len, 0) : Math.min(start, len);
                long e = stop == null ? len : stop < 0 ? Math.max(stop + len, 0) : Math.min(stop, len);
                for (long i = s; i < e; i += step) {
                    out.add(i);
                }
            } else {
                long s = start == null ? len - 1 : start < 0 ? Math.max(start + len, -1) : Math.min(start, len - 1);
                long e = stop == null ? -1 : stop < 0 ? Math.max(stop + len, -1) : Math.min(stop, len - 1);
                for (long i = s; i > e; i += step) {
                    out.add(i);
                }
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }

        private static long[] reversed(long[] v) {
            long[] out = new long[v.length];
            for (int k = 0; k < v.length; k++) {
                out[k] = v[v.length - 1 - k];
            }
            return out;
        }
    }
}
