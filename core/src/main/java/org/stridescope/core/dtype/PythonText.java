package org.stridescope.core.dtype;

/**
 * Python's {@code repr()} of {@code str} and {@code bytes} values: NumPy's messages quote the user's
 * text this way ({@code data type 'f8 ' not understood}) and {@code str()} of a bytes scalar is
 * its repr ({@code b'ab\x00c'}).
 */
public final class PythonText {
    private PythonText() {
    }

    /** {@code repr(s)} of a Python {@code str} given as UTF-16 (lone surrogates allowed). */
    public static String repr(CharSequence s) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp < 0x100) {
                sb.append("\\x").append(hex(cp, 2));
            } else if (cp < 0x10000) {
                sb.append("\\u").append(hex(cp, 4));
            } else {
                sb.append("\\U").append(hex(cp, 8));
            }
        }
        return sb.append(quote).toString();
    }

    /** {@code repr(b)} of Python {@code bytes}: {@code b'..'}, printable ASCII as is, the rest {@code \xhh}. */
    public static String bytesRepr(byte[] b, int off, int len) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = off; i < off + len; i++) {
            hasSingle |= b[i] == '\'';
            hasDouble |= b[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(len + 3).append('b').append(quote);
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(hex(c, 2));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * Python's {@code str.isprintable()} for one code point: everything but the "Other" and
     * "Separator" categories, except the plain space.
     */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String hex(int v, int digits) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }
}
