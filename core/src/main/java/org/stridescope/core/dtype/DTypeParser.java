package org.stridescope.core.dtype;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stridescope.core.PythonText;
import org.stridescope.core.StridescopeError;

/**
 * NumPy 1.24's dtype string language, following {@code _convert_from_str} in
 * {@code numpy/core/src/multiarray/descriptor.c} step by step, quirks included: an optional
 * byte-order character, then a datetime type string, a one-character type code, a kind plus a
 * size read with C's {@code strtol} (so {@code 'S 8'} and {@code 'i+4'} are accepted), or else
 * a type name looked up with the <em>whole</em> string (so {@code '<float64'} is refused).
 *
 * <p>NumPy reads the string as UTF-8 bytes, so the parser works on one char per byte; positions
 * in error messages are byte positions, as NumPy prints them.
 */
final class DTypeParser {
    private static final String ORDER_CHARS = "<>|=";

    /** Strings parsed before (a batch names the same few dtypes over and over); DType is immutable. */
    private static final Map<String, DType> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_LIMIT = 1024;

    private DTypeParser() {
    }

    static DType parse(String text) {
        DType known = text == null ? null : PARSED.get(text);
        if (known != null) {
            return known;
        }
        DType d = parseAnew(text);
        if (PARSED.size() < PARSED_LIMIT) {
            PARSED.put(text, d);
        }
        return d;
    }

    private static DType parseAnew(String text) {
        if (text == null) {
            throw StridescopeError.typeError("Cannot interpret 'None' as a data type", "No dtype was given.");
        }
        rejectLoneSurrogates(text);
        String b = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        if (StructuredDTypeReader.isPythonText(text)) {
            return StructuredDTypeReader.read(text);
        }
        if (isCommaString(b)) {
            return CommaString.parse(text, false);
        }
        char endian = '=';
        String t = b;
        if (!b.isEmpty() && ORDER_CHARS.indexOf(b.charAt(0)) >= 0) {
            endian = b.charAt(0);
            t = b.substring(1);
        }
        DType d;
        FloatFormat ml = FloatFormat.ofMlName(t);
        if (ml != null) {
            // not NumPy's own: ml_dtypes' names, with a byte order allowed so big-endian bfloat16 has a text
            d = DType.mlFloat(ml, ByteOrder.NATIVE);
        } else if (DatetimeTypestr.matches(t)) {
            d = DatetimeTypestr.parse(t);
        } else {
            d = t.isEmpty() ? null : codeOrKindSize(t);
            if (d == null) {
                String code = ScalarTypeNames.code(text);
                if (code == null) {
                    throw notUnderstood(text);
                }
                d = codeOrKindSize(code);
            }
        }
        return endian == '>' ? d.withOrder(ByteOrder.BIG) : d;
    }

    /** A one-character code ({@code 'd'}) or a kind and a size ({@code 'f8'}); null if neither. */
    private static DType codeOrKindSize(String t) {
        if (t.length() == 1) {
            return ofTypeChar(t.charAt(0));
        }
        long[] parsed = strtol(t, 1);
        if (parsed[1] != t.length()) {
            return null;
        }
        int size = (int) parsed[0];
        return switch (t.charAt(0)) {
            case 'S', 'a' -> sized(Kind.BYTES, size, t);
            case 'U' -> sized(Kind.UNICODE, size << 2, t);
            case 'V' -> sized(Kind.VOID, size, t);
            default -> size == 0 ? null : ofKindAndSize(t.charAt(0), size);
        };
    }

    /** NumPy's {@code PyArray_DescrFromType} for a character (control characters are type numbers). */
    private static DType ofTypeChar(char c) {
        return switch (c) {
            case '?', 0 -> number(Kind.BOOL, 1);
            case 'b', 1 -> number(Kind.INT, 1);
            case 'B', 2 -> number(Kind.UINT, 1);
            case 'h', 3 -> number(Kind.INT, 2);
            case 'H', 4 -> number(Kind.UINT, 2);
            case 'i', 5 -> number(Kind.INT, 4);
            case 'I', 6 -> number(Kind.UINT, 4);
            case 'l', 'p', 7 -> number(Kind.INT, 8);
            case 'q', 9 -> new DType(Kind.INT, 8, ByteOrder.NATIVE, null, true);
            case 'L', 'Q', 'P', 8, 10 -> number(Kind.UINT, 8);
            case 'e', 23 -> number(Kind.FLOAT, 2);
            case 'f', 11 -> number(Kind.FLOAT, 4);
            case 'd', 12 -> number(Kind.FLOAT, 8);
            case 'g', 13 -> number(Kind.FLOAT, 16);
            case 'F', 14 -> number(Kind.COMPLEX, 8);
            case 'D', 15 -> number(Kind.COMPLEX, 16);
            case 'G', 16 -> number(Kind.COMPLEX, 32);
            case 'O', 17 -> throw objectType();
            case 'S', 'a', 18 -> new DType(Kind.BYTES, 0, ByteOrder.NOT_APPLICABLE, null);
            case 'U', 19 -> new DType(Kind.UNICODE, 0, ByteOrder.NATIVE, null);
            case 'V', 20 -> new DType(Kind.VOID, 0, ByteOrder.NOT_APPLICABLE, null);
            case 'M', 21 -> new DType(Kind.DATETIME, 8, ByteOrder.NATIVE, "");
            case 'm', 22 -> new DType(Kind.TIMEDELTA, 8, ByteOrder.NATIVE, "");
            case 'c', 26 -> new DType(Kind.BYTES, 1, ByteOrder.NOT_APPLICABLE, null);
            default -> null;
        };
    }

    /** NumPy's {@code PyArray_TypestrConvert}: the sizes each kind letter comes in. */
    private static DType ofKindAndSize(char kind, int size) {
        return switch (kind) {
            case 'b' -> size == 1 ? number(Kind.BOOL, 1) : null;
            case 'i' -> size == 1 || size == 2 || size == 4 || size == 8 ? number(Kind.INT, size) : null;
            case 'u' -> size == 1 || size == 2 || size == 4 || size == 8 ? number(Kind.UINT, size) : null;
            case 'f' -> size == 2 || size == 4 || size == 8 || size == 16 ? number(Kind.FLOAT, size) : null;
            case 'c' -> size == 8 || size == 16 || size == 32 ? number(Kind.COMPLEX, size) : null;
            case 'O' -> {
                if (size == 4 || size == 8) {
                    throw objectType();
                }
                yield null;
            }
            case 'M' -> size == 8 ? new DType(Kind.DATETIME, 8, ByteOrder.NATIVE, "") : null;
            case 'm' -> size == 8 ? new DType(Kind.TIMEDELTA, 8, ByteOrder.NATIVE, "") : null;
            default -> null;
        };
    }

    private static DType number(Kind kind, int size) {
        return new DType(kind, size, size == 1 ? ByteOrder.NOT_APPLICABLE : ByteOrder.NATIVE, null);
    }

    private static DType sized(Kind kind, int size, String t) {
        if (size < 0) {
            throw StridescopeError.inputError("data type '" + t + "' has a size NumPy cannot hold",
                    "NumPy 1.24 stores an itemsize as a 32-bit number; this size overflows it and NumPy "
                            + "would build a broken dtype with a negative itemsize.");
        }
        return new DType(kind, size, kind == Kind.UNICODE ? ByteOrder.NATIVE : ByteOrder.NOT_APPLICABLE, null);
    }

    /**
     * C's {@code strtol(s + from, &end, 10)}: skips white space, reads a sign and digits, and
     * saturates at the 64-bit limits. Returns {value, end}; end == from when no digits were read.
     */
    static long[] strtol(String s, int from) {
        int i = from;
        while (i < s.length() && isCSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsFrom = i;
        long value = 0;
        boolean overflow = false;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            int digit = s.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                overflow = true;
            } else {
                value = value * 10 + digit;
            }
            i++;
        }
        if (i == digitsFrom) {
            return new long[] {0, from};
        }
        if (overflow) {
            value = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (negative) {
            value = -value;
        }
        return new long[] {value, i};
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** NumPy's {@code _check_for_commastring}: what NumPy hands to its structured-dtype parser. */
    static boolean isCommaString(String b) {
        int len = b.length();
        if (len == 0) {
            return false;
        }
        boolean orderFirst = ORDER_CHARS.indexOf(b.charAt(0)) >= 0;
        if (isDigit(b.charAt(0)) || (len > 1 && orderFirst && isDigit(b.charAt(1)))) {
            return true;
        }
        if ((len > 1 && b.charAt(0) == '(' && b.charAt(1) == ')')
                || (len > 3 && orderFirst && b.charAt(1) == '(' && b.charAt(2) == ')')) {
            return true;
        }
        int brackets = 0;
        for (int i = 0; i < len; i++) {
            switch (b.charAt(i)) {
                case ',' -> {
                    if (brackets == 0) {
                        return true;
                    }
                }
                case '[' -> brackets++;
                case ']' -> brackets--;
                default -> { }
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Python cannot pass a string with a lone surrogate to NumPy: encoding it as UTF-8 fails. */
    private static void rejectLoneSurrogates(String text) {
        int codePoint = 0;
        for (int i = 0; i < text.length(); codePoint++) {
            int cp = text.codePointAt(i);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                throw new StridescopeError("UnicodeEncodeError", "'utf-8' codec can't encode character '\\u"
                        + Integer.toHexString(cp) + "' in position " + codePoint + ": surrogates not allowed",
                        "The text holds half of a UTF-16 surrogate pair, which is not a character on its own.");
            }
            i += Character.charCount(cp);
        }
    }

    static StridescopeError notUnderstood(String text) {
        return StridescopeError.typeError("data type " + PythonText.quoted(text) + " not understood",
                "NumPy knows no type by this name. Types are written as a code ('f', 'd', 'i'), a kind and "
                        + "a size in bytes ('f8', 'i4', 'u2', 'S10', 'U5'), or a name ('float64', 'int32'), "
                        + "optionally after a byte order '<', '>', '=' or '|', with no spaces around; the ml_dtypes "
                        + "floats as bfloat16, float8_e4m3fn or float8_e5m2.");
    }

    private static StridescopeError objectType() {
        return StridescopeError.valueError("cannot create an OBJECT array from memory buffer",
                "An object array holds pointers to Python objects, not values, so raw bytes cannot be "
                        + "read as one.");
    }
}
