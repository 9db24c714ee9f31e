package org.stridescope.core.buffer;

/** "line L, column C" of a character in pasted text, as error messages give it (both 1-based). */
public final class TextPosition {
    private TextPosition() {
    }

    /** Columns count characters as people see them (a surrogate pair is one). */
    public static String of(String text, int index) {
        int line = 1;
        int lineStart = 0;
        int end = Math.max(0, Math.min(index, text.length()));
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (text.codePointCount(lineStart, end) + 1);
    }
}
