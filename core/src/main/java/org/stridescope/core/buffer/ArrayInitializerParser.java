package org.stridescope.core.buffer;

import org.stridescope.core.python.PythonLiterals;

/**
 * Array initialisers of byte values: C ({@code unsigned char x[] = {0x61, 0x62};}, the output of
 * {@code xxd -i}), Java ({@code new byte[]{1, -2, (byte) 0xff}}), Python lists
 * ({@code [97, 98]}, {@code np.array([97, 98])}; {@code bytes(...)} is unwrapped by {@link PasteParser}). Nested braces or brackets are flattened.
 *
 * <p>Values may be hex ({@code 0x}), binary ({@code 0b}), octal ({@code 0o}, or a C leading 0),
 * decimal, or a character literal ({@code 'a'}, {@code '\n'}), with an optional sign, casts and
 * C suffixes ({@code u}, {@code L}); each must fit a byte, -128..255. Comments are skipped.
 * Text before the opening brace (a declaration) and after the closing one is ignored.
 */
final class ArrayInitializerParser {
    private ArrayInitializerParser() {
    }

    /** Index of the opening brace or bracket of the initialiser, or -1. */
    static int opening(String s) {
        int brace = s.indexOf('{');
        if (brace >= 0) {
            return brace;
        }
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        for (String wrapper : new String[] {"np.array(", "numpy.array("}) {
            if (s.startsWith(wrapper, i)) {
                i += wrapper.length();
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                break;
            }
        }
        return i < s.length() && s.charAt(i) == '[' ? i : -1;
    }

    static byte[] parse(PasteText in, int open) {
        ByteBuilder out = new ByteBuilder(in.length / 4);
        char openChar = in.at(open);
        char closeChar = openChar == '{' ? '}' : ']';
        int depth = 1;
        int i = open + 1;
        boolean valueAllowed = true;
        while (true) {
            i = skipBlanks(in, i);
            if (i >= in.length) {
                throw in.expected(i, "a value or '" + closeChar + "' to close the array opened at " + in.position(open));
            }
            char c = in.at(i);
            if (c == closeChar) {
                depth--;
                i++;
                if (depth == 0) {
                    return out.toArray();
                }
                valueAllowed = false;
            } else if (c == ',' && !valueAllowed) {
                valueAllowed = true;
                i++;
            } else if (!valueAllowed) {
                throw in.expected(i, "',' or '" + closeChar + "'");
            } else if (c == openChar) {
                depth++;
                i++;
            } else {
                i = value(in, i, out);
                valueAllowed = false;
            }
        }
    }

    private static int skipBlanks(PasteText in, int i) {
        while (true) {
            i = in.skipWhitespace(i);
            if (in.startsWith("//", i) || (i < in.length && in.at(i) == '#')) {
                int eol = in.text.indexOf('\n', i);
                i = eol < 0 ? in.length : eol + 1;
            } else if (in.startsWith("/*", i)) {
                int close = in.text.indexOf("*/", i + 2);
                if (close < 0) {
                    throw in.expected(in.length, "'*/' to close the comment opened at " + in.position(i));
                }
                i = close + 2;
            } else {
                return i;
            }
        }
    }

    /** Reads one value (casts, sign, number or character literal, suffix) starting at {@code i}. */
    private static int value(PasteText in, int i, ByteBuilder out) {
        while (i < in.length && in.at(i) == '(') {
            int close = i + 1;
            while (close < in.length && (Character.isLetterOrDigit(in.at(close)) || in.at(close) == '_' || in.at(close) == ' ')) {
                close++;
            }
            if (close >= in.length || in.at(close) != ')') {
                throw in.expected(close, "')' to end the cast");
            }
            i = skipBlanks(in, close + 1);
        }
        int start = i;
        boolean negative = false;
        if (i < in.length && (in.at(i) == '-' || in.at(i) == '+')) {
            negative = in.at(i) == '-';
            i = skipBlanks(in, i + 1);
        }
        long v;
        if (i < in.length && in.at(i) == '\'') {
            int[] result = charLiteral(in, i);
            v = result[0];
            i = result[1];
        } else {
            int radix = 10;
            if (in.startsWith("0x", i) || in.startsWith("0X", i)) {
                radix = 16;
                i += 2;
            } else if (in.startsWith("0b", i) || in.startsWith("0B", i)) {
                radix = 2;
                i += 2;
            } else if (in.startsWith("0o", i) || in.startsWith("0O", i)) {
                radix = 8;
                i += 2;
            } else if (i + 1 < in.length && in.at(i) == '0' && Character.isDigit(in.at(i + 1))) {
                radix = 8; // C: a leading zero means octal
                i++;
            }
            int digitsStart = i;
            v = 0;
            while (i < in.length && (Character.digit(in.at(i), radix) >= 0 && in.at(i) < 128 || in.at(i) == '_' && i > digitsStart)) {
                if (in.at(i) != '_') {
                    v = Math.min(v * radix + Character.digit(in.at(i), radix), 1L << 40);
                }
                i++;
            }
            if (i == digitsStart) {
                throw in.expected(i, radix == 10 ? "a number or a character literal" : "a digit in base " + radix);
            }
            while (i < in.length && "uUlL".indexOf(in.at(i)) >= 0) {
                i++;
            }
            if (i < in.length && (Character.isLetterOrDigit(in.at(i)) || in.at(i) == '.')) {
                throw in.expected(i, "a digit in base " + radix + ", ',' or the end of the array");
            }
        }
        long value = negative ? -v : v;
        if (value < -128 || value > 255) {
            throw in.error(start, "expected a value from -128 to 255 (one byte), found "
                    + in.text.substring(start, i).strip(), "Each array element is one byte.");
        }
        out.add((int) value);
        return i;
    }

    /** 'a', '\n', '\x41', '\0', '\\': returns {value, index after the closing quote}. */
    private static int[] charLiteral(PasteText in, int q) {
        int i = q + 1;
        if (i >= in.length || in.at(i) == '\n') {
            throw in.expected(i, "a character after the quote");
        }
        int v;
        if (in.at(i) != '\\') {
            v = in.at(i);
            if (v > 255) {
                throw in.error(i, "the character " + in.describe(i) + " does not fit in a byte", null);
            }
            i++;
        } else {
            char e = i + 1 < in.length ? in.at(i + 1) : 0;
            int simple = PythonLiterals.simpleEscape(e);
            if (simple >= 0) {
                v = simple;
                i += 2;
            } else {
                int radix = e == 'x' ? 16 : 8;
                int k = e == 'x' ? i + 2 : i + 1;
                int digitsStart = k;
                v = 0;
                while (k < in.length && k < digitsStart + (radix == 16 ? 2 : 3) && Character.digit(in.at(k), radix) >= 0
                        && in.at(k) < 128) {
                    v = v * radix + Character.digit(in.at(k), radix);
                    k++;
                }
                if (k == digitsStart) {
                    throw in.expected(k, radix == 16 ? "hex digits after \\x" : "an escape such as \\n, \\0 or \\x41");
                }
                v &= 0xff;
                i = k;
            }
        }
        if (i >= in.length || in.at(i) != '\'') {
            throw in.expected(i, "the closing quote ' of the character literal");
        }
        return new int[] {v, i + 1};
    }
}
