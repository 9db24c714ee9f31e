package org.stridescope.core;

/**
 * Python's {@code repr()} of {@code str} and {@code bytes} values: NumPy's messages quote the user's
 * text this way ({@code data type 'f8 ' not understood}) and {@code str()} of a bytes scalar is
 * its repr ({@code b'ab\x00c'}).
 *
 * <p>It sits here, beside {@link StridescopeError}, rather than in {@code format} with the other
 * printers: {@code dtype}'s parser quotes the user's text in its messages, and {@code dtype} comes
 * before {@code format} (which prints the values dtype decodes).
 */
public final class PythonText {
    private PythonText() {
    }

    /** Texts longer than this are quoted in messages by their start only. */
    public static final int QUOTED_LIMIT = 1000;

    /**
     * {@code repr(s)} for a message, as NumPy quotes the user's text; past {@link #QUOTED_LIMIT}
     * characters only the start, and how long it is (NumPy would quote megabytes of it whole).
     */
    public static String quoted(CharSequence s) {
        if (s.length() <= QUOTED_LIMIT) {
            return repr(s);
        }
        return repr(s.subSequence(0, 80)) + "... (" + s.length() + " characters)";
    }

    /** {@code repr(s)} of a Python {@code str} given as UTF-16 (lone surrogates allowed). */
    public static String repr(CharSequence s) {
        return repr(s.codePoints().toArray());
    }

    /**
     * {@code repr(s)} of a Python {@code str} given as code points; values past U+10FFFF (which
     * NumPy's UCS4 strings can hold) print as {@code \Uxxxxxxxx}, as Python prints them.
     */
    public static String repr(int[] codePoints) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int c : codePoints) {
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(codePoints.length + 2).append(quote);
        for (int cp : codePoints) {
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (Integer.compareUnsigned(cp, Character.MAX_CODE_POINT) <= 0 && isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (Integer.compareUnsigned(cp, 0x100) < 0) {
                sb.append("\\x").append(hex(cp, 2));
            } else if (Integer.compareUnsigned(cp, 0x10000) < 0) {
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
