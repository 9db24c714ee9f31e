package org.stridescope.app.gui;

import org.stridescope.core.StridescopeError;

/**
 * Reads the form's number fields the way a Python user types them: {@code 2,3}, {@code (2, 3)},
 * {@code 4} or {@code -8}. A mistake is an InputError that says which field and which column.
 */
public final class LayoutText {
    private LayoutText() {
    }

    /** A comma list; "" and "()" are the empty tuple (a 0-d shape). */
    public static long[] longs(String text, String field) {
        String body = text.strip();
        int shift = text.indexOf(body.isEmpty() ? " " : body.substring(0, 1));
        if (body.startsWith("(") || body.startsWith("[")) {
            char close = body.charAt(0) == '(' ? ')' : ']';
            if (!body.endsWith(String.valueOf(close))) {
                throw StridescopeError.inputError(field + ": missing '" + close + "' at the end",
                        "A tuple opened with '" + body.charAt(0) + "' must be closed.");
            }
            body = body.substring(1, body.length() - 1);
            shift++;
        }
        if (body.isBlank()) {
            return new long[0];
        }
        String[] parts = body.split(",", -1);
        int n = parts.length;
        if (parts[n - 1].isBlank() && n > 1) {
            n--; // Python's trailing comma: (4,)
        }
        long[] out = new long[n];
        int column = shift + 1;
        for (int i = 0; i < n; i++) {
            String p = parts[i].strip();
            try {
                out[i] = Long.parseLong(p);
            } catch (NumberFormatException e) {
                throw StridescopeError.inputError(field + ", column " + column + ": '" + p + "' is not a whole number",
                        "Write whole numbers separated by commas, like 2,3.");
            }
            column += parts[i].length() + 1;
        }
        return out;
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
