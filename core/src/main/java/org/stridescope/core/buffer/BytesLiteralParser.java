package org.stridescope.core.buffer;

/**
 * Python bytes literals as Python reads them: {@code b'aaab\x00'}, {@code b"..."}, raw
 * {@code rb'...'}, triple quotes, several literals in a row (Python joins them), optionally in
 * parentheses. Also a quoted C or Python string without the {@code b}, read the same way.
 *
 * <p>Escapes: {@code \\ \' \" \a \b \f \n \r \t \v}, octal {@code \ooo}, {@code \xhh}, and a
 * backslash before a line break continues the line. Any other backslash stays as it is, as in
 * Python. Characters outside ASCII are refused, as Python refuses them in bytes literals.
 */
final class BytesLiteralParser {
    private BytesLiteralParser() {
    }

    /** True if the text starts like a bytes or string literal. */
    static boolean looksLikeLiteral(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == '(') {
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return literalStart(s, i) >= 0;
    }

    /** Index of the opening quote if a literal (with optional b/r prefix) starts at i, else -1. */
    private static int literalStart(String s, int i) {
        int n = s.length();
        int k = i;
        while (k < n && k - i < 2 && "bBrR".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k < n && (s.charAt(k) == '\'' || s.charAt(k) == '"') ? k : -1;
    }

    static byte[] parse(PasteText in) {
        ByteBuilder out = new ByteBuilder(in.length);
        int i = in.skipWhitespace(0);
        boolean parenthesised = i < in.length && in.at(i) == '(';
        if (parenthesised) {
            i = in.skipWhitespace(i + 1);
        }
        boolean first = true;
        while (true) {
            int quote = literalStart(in.text, i);
            if (quote < 0) {
                if (!first && parenthesised && i < in.length && in.at(i) == ')') {
                    int end = in.skipWhitespace(i + 1);
                    if (end < in.length) {
                        throw in.expected(end, "the end of the text after ')'");
                    }
                    return out.toArray();
                }
                if (!first && !parenthesised && i >= in.length) {
                    return out.toArray();
                }
                throw in.expected(i, first ? "a bytes literal such as b'\\x00ab'"
                        : parenthesised ? "another bytes literal or ')'" : "another bytes literal or the end of the text");
            }
            boolean raw = false;
            for (int k = i; k < quote; k++) {
                raw |= in.at(k) == 'r' || in.at(k) == 'R';
            }
            i = literal(in, quote, raw, out);
            i = in.skipWhitespace(i);
            first = false;
        }
    }

    /** Reads one literal whose opening quote is at {@code q}; returns the index after its closing quote. */
    private static int literal(PasteText in, int q, boolean raw, ByteBuilder out) {
        char quote = in.at(q);
        boolean triple = q + 2 < in.length && in.at(q + 1) == quote && in.at(q + 2) == quote;
        int i = q + (triple ? 3 : 1);
        while (true) {
            if (i >= in.length) {
                throw in.expected(i, "the closing " + (triple ? "triple quote " + String.valueOf(quote).repeat(3) : "quote " + quote)
                        + " of the literal opened at " + in.position(q));
            }
            char c = in.at(i);
            if (c == quote && (!triple || (i + 2 < in.length && in.at(i + 1) == quote && in.at(i + 2) == quote))) {
                return i + (triple ? 3 : 1);
            }
            if ((c == '\n' || c == '\r') && !triple) {
                throw in.expected(i, "the closing quote " + quote + " before the end of the line"
                        + " (or a backslash to continue on the next line)");
            }
            if (c > 127) {
                throw in.error(i, "bytes literals can only contain ASCII characters, found " + in.describe(i),
                        "Python refuses other characters in b'...'; write them as \\x escapes of their UTF-8 bytes.");
            }
            if (c != '\\') {
                out.add(c);
                i++;
            } else if (raw) {
                // a raw literal keeps the backslash, and an escaped quote does not end it
                out.add('\\');
                if (i + 1 < in.length && in.at(i + 1) <= 127) {
                    out.add(in.at(i + 1));
                    i += 2;
                } else {
                    i++;
                }
            } else {
                i = escape(in, i, out);
            }
        }
    }

    /** The byte of a one-letter escape ({@code n} in {@code \n}), or -1. */
    static int simpleEscape(char e) {
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

    /** Reads the escape whose backslash is at {@code i}; returns the index after it. */
    private static int escape(PasteText in, int i, ByteBuilder out) {
        if (i + 1 >= in.length) {
            throw in.expected(i + 1, "an escape character after the backslash");
        }
        char e = in.at(i + 1);
        int simple = simpleEscape(e);
        if (simple >= 0) {
            out.add(simple);
            return i + 2;
        }

        if (e == '\n') {
            return i + 2;
        }
        if (e == '\r') {
            return i + 2 < in.length && in.at(i + 2) == '\n' ? i + 3 : i + 2;
        }
        if (e >= '0' && e <= '7') {
            int v = 0;
            int k = i + 1;
            while (k < in.length && k < i + 4 && in.at(k) >= '0' && in.at(k) <= '7') {
                v = v * 8 + (in.at(k) - '0');
                k++;
            }
            out.add(v & 0xff); // Python 3.11 keeps the low byte of \400..\777 (with a warning)
            return k;
        }
        if (e == 'x') {
            int hi = i + 2 < in.length ? PasteText.hexValue(in.at(i + 2)) : -1;
            if (hi < 0) {
                throw in.expected(i + 2, "two hex digits after \\x");
            }
            int lo = i + 3 < in.length ? PasteText.hexValue(in.at(i + 3)) : -1;
            if (lo < 0) {
                throw in.expected(i + 3, "a second hex digit after \\x" + in.at(i + 2));
            }
            out.add(hi << 4 | lo);
            return i + 4;
        }
        if (e > 127) {
            throw in.error(i + 1, "bytes literals can only contain ASCII characters, found " + in.describe(i + 1),
                    "Python refuses other characters in b'...'; write them as \\x escapes of their UTF-8 bytes.");
        }
        // unknown escape: Python keeps the backslash and the character
        out.add('\\');
        return i + 1;
    }
}
