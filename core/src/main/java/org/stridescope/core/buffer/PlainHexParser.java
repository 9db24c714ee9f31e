package org.stridescope.core.buffer;

/**
 * Hex digits, two per byte: {@code deadbeef}, {@code de ad be ef}, {@code de:ad:be:ef},
 * {@code 0xde, 0xad}, {@code \xde\xad}, {@code DEAD-BEEF}, several lines.
 *
 * <p>Separators (spaces, line breaks, {@code : - , ;}) split the text into groups; each group
 * holds an even number of digits, or a single digit standing for one byte ({@code 0:1a:2b}, as
 * some tools print MAC addresses). Text made only of digits and line breaks is read as one run,
 * so hex wrapped at any width is fine.
 */
final class PlainHexParser {
    private PlainHexParser() {
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' || c == '-' || c == ',' || c == ';';
    }

    static byte[] parse(PasteText in) {
        if (onlyDigitsAndLineBreaks(in)) {
            return parseWrapped(in);
        }
        ByteBuilder out = new ByteBuilder(in.length / 2);
        int i = 0;
        int n = in.length;
        while (true) {
            while (i < n && isSeparator(in.at(i))) {
                i++;
            }
            if (i >= n) {
                return out.toArray();
            }
            int groupStart = i;
            if (in.startsWith("0x", i) || in.startsWith("0X", i) || in.startsWith("\\x", i) || in.startsWith("\\X", i)) {
                i += 2;
            }
            int digitsStart = i;
            while (i < n && PasteText.hexValue(in.at(i)) >= 0) {
                i++;
            }
            int digits = i - digitsStart;
            if (digits == 0) {
                throw in.expected(i, groupStart == i ? "a hex digit (0-9, a-f)" : "a hex digit after the prefix");
            }
            if (i < n && !isSeparator(in.at(i)) && in.at(i) != '\\') {
                throw in.expected(i, "a hex digit (0-9, a-f) or a separator (space, ':', '-', ',')");
            }
            if (digits == 1) {
                out.add(PasteText.hexValue(in.at(digitsStart)));
            } else if (digits % 2 != 0) {
                throw in.error(digitsStart, "odd number of hex digits (" + digits + ") in one group",
                        "Every byte is two hex digits; one digit is missing or extra in this group.");
            } else {
                for (int k = digitsStart; k < i; k += 2) {
                    out.add(PasteText.hexValue(in.at(k)) << 4 | PasteText.hexValue(in.at(k + 1)));
                }
            }
        }
    }

    /**
     * The bytes of text made only of hex digit pairs ({@code 0a1b}, as programs write hex), else
     * null. Such text is plain hex whichever format is tried first, so it needs no recognising.
     */
    static byte[] pairsOnly(String text) {
        int n = text.length();
        if (n == 0 || n % 2 != 0) {
            return null;
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < n; i += 2) {
            int high = PasteText.hexValue(text.charAt(i));
            int low = PasteText.hexValue(text.charAt(i + 1));
            if ((high | low) < 0) {
                return null;
            }
            out[i / 2] = (byte) (high << 4 | low);
        }
        return out;
    }

    private static boolean onlyDigitsAndLineBreaks(PasteText in) {
        for (int i = 0; i < in.length; i++) {
            char c = in.at(i);
            if (PasteText.hexValue(c) < 0 && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static byte[] parseWrapped(PasteText in) {
        byte[] out = new byte[in.length / 2];
        int size = 0;
        int high = -1;
        int lastDigit = 0;
        for (int i = 0; i < in.length; i++) {
            int v = PasteText.hexValue(in.at(i));
            if (v < 0) {
                continue;
            }
            lastDigit = i;
            if (high < 0) {
                high = v;
            } else {
                out[size++] = (byte) (high << 4 | v);
                high = -1;
            }
        }
        if (high >= 0) {
            throw in.error(lastDigit, "odd number of hex digits: this last digit has no partner",
                    "Every byte is two hex digits; one digit is missing or extra somewhere.");
        }
        return java.util.Arrays.copyOf(out, size);
    }
}
