package org.stridescope.core.layout;

import org.stridescope.core.StridescopeError;

/** Numbers as typed on a command line or in a form: comma lists "2,2", "(8, -4)", "" for 0-d; one offset. */
public final class NumberLists {
    private NumberLists() {
    }

    /**
     * @throws StridescopeError InputError naming the item that is not a whole number; NumPy's
     *         ValueError "Maximum allowed dimension exceeded" for one past 64 bits
     */
    public static long[] parse(String text, String what) {
        String t = text.strip();
        if (t.startsWith("(") && t.endsWith(")") || t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return new long[0];
        }
        String[] parts = t.split(",", -1);
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            try {
                out[i] = Long.parseLong(p);
            } catch (NumberFormatException e) {
                if (p.matches("[+-]?\\d+")) {
                    // A whole number past 64 bits: NumPy refuses it for a shape or strides in these words.
                    throw StridescopeError.valueError("Maximum allowed dimension exceeded", what + ": item " + (i + 1)
                            + " (" + p + ") does not fit in 64 bits; NumPy sizes and strides are at most 2^63-1.");
                }
                throw StridescopeError.inputError(what + ": item " + (i + 1) + " ('" + p + "') is not a whole number",
                        "Write " + what + " as whole numbers separated by commas, like 2,3.");
            }
        }
        return out;
    }

    /**
     * One whole number such as an offset or a count; blank gives {@code fallback}.
     *
     * @throws StridescopeError InputError if it is not a whole number; NumPy's OverflowError
     *         "int too big to convert" for one past 64 bits
     */
    public static long single(String text, String what, long fallback) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            if (t.matches("[+-]?\\d+")) {
                // np.ndarray((2,), 'u1', b'aa', offset=10**20): NumPy's own words
                throw new StridescopeError("OverflowError", "int too big to convert",
                        "The " + what + " " + t + " does not fit in 64 bits; no buffer is that large.");
            }
            throw StridescopeError.inputError(what + ": '" + t + "' is not a whole number",
                    "The " + what + " is a count of " + (what.equals("count") ? "elements" : "bytes") + ", like 0 or 16.");
        }
    }
}
