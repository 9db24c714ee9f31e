package org.stridescope.core.format;

/**
 * How shapes, strides and indices are written, the same way everywhere: Python's tuple
 * ({@code (2, 3)}), NumPy's compact shape in its messages ({@code (2,3)}) and the app's element
 * index ({@code [1, 0]}).
 */
public final class TupleText {
    private TupleText() {
    }

    /** Python's repr of a tuple of ints: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    public static String tuple(long[] values) {
        return join(values, "(", ", ", values.length == 1 ? ",)" : ")");
    }

    /**
     * NumPy's shape in some of its messages (broadcasting, {@code as_strided}), with no space:
     * {@code ()}, {@code (3,)}, {@code (2,3)}.
     */
    public static String compact(long[] shape) {
        return join(shape, "(", ",", shape.length == 1 ? ",)" : ")");
    }

    /** An element's index as the app shows it: {@code [1, 0]}, {@code []} for a 0-d array. */
    public static String index(long[] index) {
        return join(index, "[", ", ", "]");
    }

    private static String join(long[] values, String open, String separator, String close) {
        StringBuilder sb = new StringBuilder(open.length() + close.length() + 4 * values.length).append(open);
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : separator).append(values[i]);
        }
        return sb.append(close).toString();
    }
}
