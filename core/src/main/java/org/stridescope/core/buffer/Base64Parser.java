package org.stridescope.core.buffer;

/**
 * Base64 text (standard or URL-safe alphabet), line breaks allowed. Without padding it is only
 * recognised after an explicit {@code base64:} prefix, so that ordinary words are not taken for
 * base64 by accident.
 */
final class Base64Parser {
    static final String PREFIX = "base64:";

    private Base64Parser() {
    }

    /**
     * True if the text could be base64: only its characters, broken into lines if at all (base64
     * tools wrap lines but never put spaces inside, while hex is often spaced).
     */
    static boolean couldBeBase64(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!isBase64Char(c) && c != '=' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase64Char(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '-' || c == '_';
    }

    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUE[alphabet.charAt(i)] = i;
        }
        VALUE['+'] = 62;
        VALUE['/'] = 63;
        VALUE['-'] = 62;
        VALUE['_'] = 63;
    }

    /** Decodes from {@code start}; {@code padded} demands a length that is a multiple of 4. */
    static byte[] parse(PasteText in, int start, boolean padded) {
        byte[] out = new byte[(in.length - start) / 4 * 3 + 3];
        int size = 0;
        int bits = 0;
        int sextets = 0;
        int count = 0;
        int padding = 0;
        int firstPad = -1;
        boolean urlSafe = false;
        boolean standard = false;
        for (int i = start; i < in.length; i++) {
            char c = in.at(i);
            int v = c < 128 ? VALUE[c] : -1;
            if (v >= 0 && padding == 0) {
                urlSafe |= c == '-' || c == '_';
                standard |= c == '+' || c == '/';
                if (urlSafe && standard) {
                    throw in.expected(i, "one base64 alphabet: '+' and '/' or '-' and '_', not both");
                }
                bits = bits << 6 | v;
                count++;
                if (++sextets == 4) {
                    out[size++] = (byte) (bits >> 16);
                    out[size++] = (byte) (bits >> 8);
                    out[size++] = (byte) bits;
                    bits = 0;
                    sextets = 0;
                }
            } else if (c == '=') {
                if (padding == 0) {
                    firstPad = i;
                }
                if (++padding > 2) {
                    throw in.expected(i, "at most two '=' of padding");
                }
            } else if (Character.isWhitespace(c)) {
                continue;
            } else if (v >= 0) {
                throw in.expected(i, "nothing after the '=' padding");
            } else {
                throw in.expected(i, "a base64 character (A-Z, a-z, 0-9, '+', '/')");
            }
        }
        if ((padded || padding > 0) && (count + padding) % 4 != 0) {
            throw in.error(firstPad >= 0 ? firstPad : in.length, "base64 length " + (count + padding)
                    + " is not a multiple of 4", "Base64 comes in groups of 4 characters, padded with '='.");
        }
        if (sextets == 1) {
            throw in.error(in.length, "base64 with " + count + " characters: one character too many or too few",
                    "Base64 encodes 3 bytes in 4 characters; a group of 1 character cannot occur.");
        }
        if (sextets == 2) {
            out[size++] = (byte) (bits >> 4);
        } else if (sextets == 3) {
            out[size++] = (byte) (bits >> 10);
            out[size++] = (byte) (bits >> 2);
        }
        return java.util.Arrays.copyOf(out, size);
    }
}
