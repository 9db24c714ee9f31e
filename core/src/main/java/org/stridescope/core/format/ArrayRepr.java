package org.stridescope.core.format;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Scalar;

/**
 * NumPy 1.24's {@code repr()} of an array with the default print options (precision 8,
 * floatmode maxprec, threshold 1000 with 3 edge items, linewidth 75), following
 * {@code numpy/core/arrayprint.py}: {@code _array_repr_implementation}, {@code _formatArray}
 * and the element formatters ({@link ElementFormat}).
 */
public final class ArrayRepr {
    static final int THRESHOLD = 1000;
    static final int EDGE_ITEMS = 3;
    static final int LINE_WIDTH = 75;
    /**
     * The most elements a repr prints. NumPy summarises only axes longer than {@code 2 * EDGE_ITEMS},
     * so a large array whose axes are all short ({@code (2,)*32}) would print every element: a
     * text of gigabytes that no console can show. Past this many (as many as the JSON elements list
     * shows by default; about 0.1 s and 2 MB of text) we raise instead.
     */
    static final long MAX_PRINTED = 100_000;
    /** The most bytes of elements a repr prints (wide strings and records cost more than numbers). */
    static final long MAX_PRINTED_BYTES = 4L << 20;
    private static final String SEPARATOR = ", ";
    private static final String PREFIX = "array(";

    private ArrayRepr() {
    }

    /**
     * The repr of the array of {@code dtype} and {@code shape} whose element {@code k} (flat C
     * order) {@code reader} gives. Only the elements the repr shows are read: at most about
     * 6^ndim when the array is summarised.
     *
     * @throws org.stridescope.core.StridescopeError where NumPy's repr raises (a datetime64
     *         without a unit that is not NaT)
     */
    public static String repr(DType dtype, long[] shape, ElementReader reader) {
        long size = 1;
        for (long d : shape) {
            size = d == 0 || size == 0 ? 0 : Math.multiplyHigh(size, d) == 0 && size * d >= 0 ? size * d
                    : Long.MAX_VALUE;
        }
        boolean skipDtype = dtype.isReprDefault() && size > 0;
        String suffix = skipDtype ? ")" : ",";
        String lst;
        if (size > 0) {
            checkPrintable(dtype, shape, size > THRESHOLD);
            lst = new Printer(dtype, shape, reader, size > THRESHOLD).print(LINE_WIDTH - suffix.length());
        } else if (shape.length == 1) {
            lst = "[]";
        } else {
            lst = "[], shape=" + TupleText.tuple(shape);
        }
        String arrStr = PREFIX + lst + suffix;
        if (skipDtype) {
            return arrStr;
        }
        String dtypeStr = "dtype=" + dtypeShortRepr(dtype) + ")";
        int lastLineLen = arrStr.codePointCount(arrStr.lastIndexOf('\n') + 1, arrStr.length());
        String spacer = lastLineLen + dtypeStr.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(PREFIX.length()) : " ";
        return arrStr + spacer + dtypeStr;
    }

    /**
     * Refuses a repr that would print more than {@link #MAX_PRINTED} elements, before reading any.
     */
    private static void checkPrintable(DType dtype, long[] shape, boolean summarise) {
        long printed = 1;
        for (long n : shape) {
            long shown = summarise && n > 2L * EDGE_ITEMS ? 2L * EDGE_ITEMS : n;
            printed = Math.multiplyHigh(printed, shown) != 0 || printed * shown < 0 ? Long.MAX_VALUE : printed * shown;
        }
        long itemsize = Math.max(1, dtype.itemsize());
        if (printed > MAX_PRINTED || printed > MAX_PRINTED_BYTES / itemsize) {
            String count = printed == Long.MAX_VALUE ? "over 2**63" : Long.toString(printed);
            throw StridescopeError.inputError(printed > MAX_PRINTED
                    ? "the repr would print " + count + " elements, more than the " + MAX_PRINTED + " printed at most"
                    : "the repr would print " + CountText.bytes(printed * itemsize) + " of elements, more than the "
                            + CountText.bytes(MAX_PRINTED_BYTES) + " printed at most",
                    "NumPy shortens only axes longer than " + 2 * EDGE_ITEMS + " (to " + EDGE_ITEMS + " items each side), so "
                            + "the shape " + TupleText.tuple(shape) + " prints that many; the list of elements shows "
                            + "them a range at a time instead.");
        }
    }

    /** NumPy's {@code dtype_short_repr}: {@code int32}, {@code '<U3'}, {@code 'datetime64[15m]'}. */
    static String dtypeShortRepr(DType dtype) {
        if (dtype.isStructured()) {
            return DTypeText.str(dtype);
        }
        return switch (dtype.kind()) {
            case BYTES, UNICODE, VOID -> "'" + dtype.str() + "'";
            default -> {
                String name = dtype.name();
                yield isAlphanumeric(name) ? name : "'" + name + "'";
            }
        };
    }

    /** Python's {@code str.isalnum()} for a dtype name (no stream: this runs once per repr). */
    private static boolean isAlphanumeric(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetterOrDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code _formatArray} over one array. */
    private static final class Printer {
        private final long[] shape;
        private final long[] cStrides;
        private final ElementReader reader;
        private final boolean summarise;
        private final ElementFormat format;

        Printer(DType dtype, long[] shape, ElementReader reader, boolean summarise) {
            this.shape = shape;
            this.reader = reader;
            this.summarise = summarise;
            cStrides = new long[shape.length];
            long s = 1;
            for (int i = shape.length - 1; i >= 0; i--) {
                cStrides[i] = s;
                s *= shape[i];
            }
            List<Scalar> shown = new ArrayList<>();
            collect(0, 0, shown);
            format = ElementFormat.of(dtype, shown, shape.length == 0);
        }

        /** The elements the repr shows (all, or NumPy's {@code _leading_trailing} corners). */
        private void collect(int axis, long base, List<Scalar> out) {
            if (axis == shape.length) {
                out.add(reader.element(base));
                return;
            }
            long n = shape[axis];
            if (summarise && n > 2L * EDGE_ITEMS) {
                for (long i = 0; i < EDGE_ITEMS; i++) {
                    collect(axis + 1, base + i * cStrides[axis], out);
                }
                for (long i = n - EDGE_ITEMS; i < n; i++) {
                    collect(axis + 1, base + i * cStrides[axis], out);
                }
            } else {
                for (long i = 0; i < n; i++) {
                    collect(axis + 1, base + i * cStrides[axis], out);
                }
            }
        }

        String print(int lineWidth) {
            String nextLinePrefix = " ".repeat(PREFIX.length() + 1);
            return recurse(0, 0, nextLinePrefix, lineWidth);
        }

        private String recurse(int axis, long base, String hangingIndent, int currWidth) {
            int axesLeft = shape.length - axis;
            if (axesLeft == 0) {
                return format.format(reader.element(base));
            }
            String nextHangingIndent = hangingIndent + " ";
            int nextWidth = currWidth - 1;
            long aLen = shape[axis];
            boolean showSummary = summarise && 2L * EDGE_ITEMS < aLen;
            long leading = showSummary ? EDGE_ITEMS : 0;
            long trailing = showSummary ? EDGE_ITEMS : aLen;
            long stride = cStrides[axis];
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elemWidth = currWidth - 1;
                StringBuilder line = new StringBuilder(hangingIndent);
                for (long i = 0; i < leading; i++) {
                    extendLine(s, line, recurse(axis + 1, base + i * stride, nextHangingIndent, nextWidth),
                            elemWidth, hangingIndent);
                    line.append(SEPARATOR);
                }
                if (showSummary) {
                    extendLine(s, line, "...", elemWidth, hangingIndent);
                    line.append(SEPARATOR);
                }
                for (long i = trailing; i > 1; i--) {
                    extendLine(s, line, recurse(axis + 1, base + (aLen - i) * stride, nextHangingIndent, nextWidth),
                            elemWidth, hangingIndent);
                    line.append(SEPARATOR);
                }
                extendLine(s, line, recurse(axis + 1, base + (aLen - 1) * stride, nextHangingIndent, nextWidth),
                        elemWidth, hangingIndent);
                s.append(line);
            } else {
                String lineSep = "," + "\n".repeat(axesLeft - 1);
                for (long i = 0; i < leading; i++) {
                    s.append(hangingIndent).append(recurse(axis + 1, base + i * stride, nextHangingIndent, nextWidth))
                            .append(lineSep);
                }
                if (showSummary) {
                    s.append(hangingIndent).append("...").append(lineSep);
                }
                for (long i = trailing; i > 1; i--) {
                    s.append(hangingIndent)
                            .append(recurse(axis + 1, base + (aLen - i) * stride, nextHangingIndent, nextWidth))
                            .append(lineSep);
                }
                s.append(hangingIndent).append(recurse(axis + 1, base + (aLen - 1) * stride, nextHangingIndent,
                        nextWidth));
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        /** NumPy's {@code _extendLine}: wrap before a word that would pass the width. */
        private static void extendLine(StringBuilder s, StringBuilder line, String word, int lineWidth,
                String nextLinePrefix) {
            // Python counts code points, not UTF-16 units
            int lineLen = line.codePointCount(0, line.length());
            boolean needsWrap = lineLen + word.codePointCount(0, word.length()) > lineWidth;
            if (lineLen <= nextLinePrefix.length()) {
                needsWrap = false;
            }
            if (needsWrap) {
                int end = line.length();
                while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                    end--;
                }
                s.append(line, 0, end).append('\n');
                line.setLength(0);
                line.append(nextLinePrefix);
            }
            line.append(word);
        }
    }
}
