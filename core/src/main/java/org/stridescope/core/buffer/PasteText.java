package org.stridescope.core.buffer;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.python.PythonTextError;

/**
 * Pasted text being read: where each character is, and the InputError that says at which line
 * and column the text stops making sense and what was expected there.
 */
final class PasteText {
    private static final int[] HEX = new int[128];

    static {
        java.util.Arrays.fill(HEX, -1);
        for (int c = '0'; c <= '9'; c++) {
            HEX[c] = c - '0';
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX[c] = c - 'a' + 10;
            HEX[c - 'a' + 'A'] = c - 'a' + 10;
        }
    }

    final String text;
    final int length;
    /** What the text was read as, for error messages: "a Python bytes literal". */
    final String readAs;

    PasteText(String text, String readAs) {
        this.text = text;
        this.length = text.length();
        this.readAs = readAs;
    }

    /** 0..15 for a hex digit, -1 otherwise. */
    static int hexValue(char c) {
        return c < 128 ? HEX[c] : -1;
    }

    char at(int i) {
        return text.charAt(i);
    }

    boolean startsWith(String prefix, int i) {
        return text.startsWith(prefix, i);
    }

    /** Index of the first character at or after {@code i} that is not a space, tab or line break. */
    int skipWhitespace(int i) {
        while (i < length && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "line 3, column 7: expected X, found 'q'", with a detail naming the format it was read as. */
    StridescopeError expected(int index, String what) {
        return error(index, "expected " + what + ", found " + describe(index), null);
    }

    /** An error at {@code index} with its own wording after the position. */
    StridescopeError error(int index, String problem, String extraDetail) {
        String detail = "The text was read as " + readAs + ". " + (extraDetail == null ? "" : extraDetail + " ")
                + PasteParser.FORMATS_HELP;
        return StridescopeError.inputError(position(index) + ": " + problem, detail);
    }

    /** "line L, column C" of character {@code index}. */
    String position(int index) {
        return TextPosition.of(text, index);
    }

    /** The character at {@code index} as a person would name it. */
    String describe(int index) {
        return PythonTextError.describeAt(text, index);
    }
}
