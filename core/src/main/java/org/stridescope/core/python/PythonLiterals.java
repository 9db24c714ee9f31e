package org.stridescope.core.python;

import java.util.Locale;

/**
 * Python's str and bytes literals, read as Python reads them: the one place that decodes their
 * escapes. Prefixes {@code r u b br rb} (any case); single or triple quotes; escapes
 * {@code \\ \' \" \a \b \f \n \r \t \v}, octal {@code \ooo} (up to 3 digits), {@code \xhh} (exactly
 * 2 hex digits), in str also {@code \}{@code uXXXX} and {@code \UXXXXXXXX}; a backslash before a line
 * break continues the line; any other backslash stays as it is. Bytes literals refuse characters
 * outside ASCII. Errors are {@link PythonTextError}s at a character index of the text.
 */
public final class PythonLiterals {
    private PythonLiterals() {
    }

    /**
     * One literal as read.
     *
     * @param value the characters; in a bytes literal each is one byte (0..255)
     * @param end   index after the closing quote
     */
    public record Literal(String value, boolean bytes, int end) {
    }

    /** Index of the opening quote if a literal (with an optional prefix) starts at {@code i}, else -1. */
    public static int quoteAfterPrefix(CharSequence s, int i) {
        int k = i;
        while (k < s.length() && k - i < 2 && "bBrRuU".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        if (k >= s.length() || s.charAt(k) != '\'' && s.charAt(k) != '"') {
            return -1;
        }
        String prefix = s.subSequence(i, k).toString().toLowerCase(Locale.ROOT);
        return switch (prefix) {
            case "", "r", "u", "b", "br", "rb" -> k;
            default -> -1;
        };
    }

    /** The character of a one-letter escape ({@code n} in {@code \n}), or -1. */
    public static int simpleEscape(char e) {
        return switch (e) {
            case '\\' -> '\\';
            case '\'' -> '\'';
            case '"' -> '"';
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 11;
            default -> -1;
        };
    }

    /**
     * Reads the literal whose prefix (or opening quote) is at {@code start}.
     *
     * @throws PythonTextError where the literal stops being Python
     */
    public static Literal read(String text, int start) {
        return read(text, start, false);
    }

    /**
     * As {@link #read(String, int)}; with {@code asBytes} a literal without the {@code b} prefix
     * is read as bytes too (pasted C or Python text that means bytes).
     */
    public static Literal read(String text, int start, boolean asBytes) {
        int q = quoteAfterPrefix(text, start);
        if (q < 0) {
            throw new PythonTextError(start, "expected a string or bytes literal, found " + PythonTextError.describeAt(text, start));
        }
        String prefix = text.substring(start, q).toLowerCase(Locale.ROOT);
        boolean bytes = asBytes || prefix.contains("b");
        boolean raw = prefix.contains("r");
        char quote = text.charAt(q);
        String closing = String.valueOf(quote).repeat(3);
        boolean triple = text.startsWith(closing, q);
        int bodyStart = q + (triple ? 3 : 1);
        int i = bodyStart;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (i >= text.length()) {
                throw new PythonTextError(i, "expected the closing " + (triple ? "triple quote " + closing : "quote " + quote)
                        + " of the literal opened at " + PythonTextError.OPENED + ", found the end of the text", q, null);
            }
            char c = text.charAt(i);
            if (c == quote && (!triple || text.startsWith(closing, i))) {
                return new Literal(out.toString(), bytes, i + (triple ? 3 : 1));
            }
            if ((c == '\n' || c == '\r') && !triple) {
                throw new PythonTextError(i, "expected the closing quote " + quote + " before the end of the line"
                        + " (or a backslash to continue on the next line), found " + PythonTextError.describeAt(text, i));
            }
            if (bytes && c > 127) {
                throw nonAscii(text, i);
            }
            if (c != '\\') {
                out.append(c);
                i++;
            } else if (raw) {
                // a raw literal keeps the backslash, and an escaped quote does not end it
                out.append('\\');
                i++;
                if (i < text.length() && !(bytes && text.charAt(i) > 127)) {
                    out.append(text.charAt(i));
                    i++;
                }
            } else {
                i = escape(text, i, bytes, i - bodyStart, out);
            }
        }
    }

    /** Reads the escape whose backslash is at {@code i}; returns the index after it. */
    private static int escape(String text, int i, boolean bytes, int inLiteral, StringBuilder out) {
        if (i + 1 >= text.length()) {
            throw new PythonTextError(i + 1, "expected an escape character after the backslash, found the end of the text");
        }
        char e = text.charAt(i + 1);
        int simple = simpleEscape(e);
        if (simple >= 0) {
            out.append((char) simple);
            return i + 2;
        }
        if (e == '\n') {
            return i + 2;
        }
        if (e == '\r') {
            return i + 2 < text.length() && text.charAt(i + 2) == '\n' ? i + 3 : i + 2;
        }
        if (e >= '0' && e <= '7') {
            int v = 0;
            int k = i + 1;
            while (k < text.length() && k < i + 4 && text.charAt(k) >= '0' && text.charAt(k) <= '7') {
                v = v * 8 + (text.charAt(k) - '0');
                k++;
            }
            out.append((char) (bytes ? v & 0xff : v)); // Python 3.11 keeps the low byte of b'\400'..b'\777'
            return k;
        }
        if (e == 'x') {
            out.append((char) hex(text, i, 2, bytes ? "invalid \\x escape at position " + inLiteral
                    : "truncated \\xXX escape at position " + inLiteral));
            return i + 4;
        }
        if (!bytes && (e == 'u' || e == 'U')) {
            int digits = e == 'u' ? 4 : 8;
            int cp = hex(text, i, digits, "truncated \\" + e + "X".repeat(digits) + " escape at position " + inLiteral);
            if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw new PythonTextError(i, "\\" + e + text.substring(i + 2, i + 2 + digits)
                        + " is past the last Unicode character U+10FFFF", -1, "Python says: illegal Unicode character.");
            }
            out.appendCodePoint(cp);
            return i + 2 + digits;
        }
        if (!bytes && e == 'N') {
            throw new PythonTextError(i, "\\N{...} escapes (characters by name) are not understood here",
                    -1, "Write the character itself, or its \\u escape.");
        }
        if (bytes && e > 127) {
            throw nonAscii(text, i + 1);
        }
        // an unknown escape: Python keeps the backslash and the character
        out.append('\\');
        return i + 1;
    }

    /** The value of the {@code digits} hex digits after the escape letter at {@code i + 1}. */
    private static int hex(String text, int i, int digits, String pythonSays) {
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int at = i + 2 + k;
            int d = at < text.length() && text.charAt(at) < 128 ? Character.digit(text.charAt(at), 16) : -1;
            if (d < 0) {
                String escape = "\\" + text.charAt(i + 1);
                throw new PythonTextError(at, "expected " + (digits == 2 && k == 1 ? "a second hex digit after " + escape
                        + text.charAt(i + 2) : digits + " hex digits after " + escape) + ", found "
                        + PythonTextError.describeAt(text, at), -1, "Python says: " + pythonSays + ".");
            }
            v = v << 4 | d;
        }
        return v;
    }

    private static PythonTextError nonAscii(String text, int i) {
        return new PythonTextError(i, "bytes literals can only contain ASCII characters, found "
                + PythonTextError.describeAt(text, i), -1,
                "Python refuses other characters in b'...'; write them as \\x escapes of their UTF-8 bytes.");
    }
}
