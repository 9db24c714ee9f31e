package org.stridescope.app.base;

import org.stridescope.core.StridescopeError;

/**
 * The form's number text: the offset field, and tuples shown back as Python writes them.
 * (Comma lists are read by {@link org.stridescope.core.layout.NumberLists}, shared with the command line.)
 */
public final class LayoutText {
    private LayoutText() {
    }

    /** One whole number; blank means {@code fallback}. */
    public static long single(String text, String field, long fallback) {
        String t = text.strip();
        if (t.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            if (t.matches("[+-]?\\d+")) {
                // np.ndarray((2,), 'u1', b'aa', offset=10**20): NumPy's own words
                throw new StridescopeError("OverflowError", "int too big to convert",
                        "The " + field + " " + t + " does not fit in 64 bits; no buffer is that large.");
            }
            throw StridescopeError.inputError(field + ": '" + t + "' is not a whole number",
                    "The " + field + " is a count of bytes, like 0 or 16.");
        }
    }

    /** Python's tuple text: {@code (2, 2)}, {@code (4,)}, {@code ()}. */
    public static String tuple(long[] values) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            sb.append(i > 0 ? ", " : "").append(values[i]);
        }
        return sb.append(values.length == 1 ? ",)" : ")").toString();
    }

    /** The form's own text for a list: {@code 2,2}. */
    public static String commaList(long[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(i > 0 ? "," : "").append(values[i]);
        }
        return sb.toString();
    }
}
