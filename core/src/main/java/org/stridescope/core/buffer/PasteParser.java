package org.stridescope.core.buffer;

import java.util.Locale;
import org.stridescope.core.StridescopeError;

/**
 * Turns pasted text into bytes, recognising the format by itself: plain hex (with or without
 * spaces, separators, {@code 0x} or {@code \x} prefixes), Python bytes literals, {@code xxd} and
 * {@code hexdump -C} dumps, C/Java array initialisers and Python lists, and base64.
 *
 * <p>How the format is told apart, first match wins: a quote (with an optional {@code b}/{@code r}
 * prefix) starts a bytes literal; an offset followed by {@code ": "} is xxd, by two spaces and a
 * {@code |...|} column hexdump -C; a {@code {} or a leading {@code [} is an array; then hex; text
 * hex cannot read but that looks like base64 (see {@link Base64Parser#looksLikeBase64}) and is padded
 * to a multiple of 4 is base64 ({@code base64:} in front forces it). Ambiguous text such as
 * {@code abcd} is read as hex, and a hex typo such as {@code 61zz} is an error, not base64.
 */
public final class PasteParser {
    /** Pasted bytes live in memory; a dump's '*' line may not expand past this (files have no limit). */
    public static final int MAX_BYTES = 64 << 20;
    static final String FORMATS_HELP = "Stridescope reads plain hex (de ad be ef, 0xde, \\xde), Python bytes"
            + " literals (b'ab\\x00'), xxd and hexdump -C dumps, C/Java array initialisers ({0x61, 98}),"
            + " Python lists ([97, 98]) and base64.";

    /** What a paste turned into and which format it was read as. */
    public record Result(byte[] bytes, String format) {
    }

    private PasteParser() {
    }

    /** Python calls around pasted bytes that are read as their argument. */
    private static final String[] WRAPPERS = {"bytes.fromhex(", "bytearray.fromhex(", "bytearray(", "bytes(", "memoryview("};

    /**
     * {@code bytes.fromhex('de ad')}, {@code bytearray(b'ab')}, {@code bytes([1, 2])}: the call is
     * blanked out (replaced by spaces, so line and column numbers stay right) and its argument read;
     * for {@code fromhex} the quotes go too, leaving the hex.
     */
    /** The text with characters {@code from..to-1} turned into spaces, line breaks kept. */
    private static String blank(String text, int from, int to) {
        char[] chars = text.toCharArray();
        for (int i = from; i < to; i++) {
            if (chars[i] != '\n') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static String unwrapPythonCall(String text, int first) {
        int last = text.length() - 1;
        while (last > first && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (text.charAt(last) != ')') {
            return text;
        }
        for (String w : WRAPPERS) {
            if (text.startsWith(w, first)) {
                int from = first + w.length();
                int to = last;
                if (w.endsWith("fromhex(")) {
                    int open = from;
                    while (open < to && Character.isWhitespace(text.charAt(open))) {
                        open++;
                    }
                    int close = to - 1;
                    while (close > open && Character.isWhitespace(text.charAt(close))) {
                        close--;
                    }
                    if (close <= open || (text.charAt(open) != '\'' && text.charAt(open) != '"')
                            || text.charAt(close) != text.charAt(open)) {
                        return text;
                    }
                    from = open + 1;
                    to = close;
                }
                return blank(blank(text, first, from), to, text.length());
            }
        }
        return text;
    }

    /** @throws StridescopeError InputError saying at which line and column the text stops being readable */
    public static byte[] parse(String text) {
        return parseDetailed(text).bytes();
    }

    /**
     * As {@link #parse}, also naming the format recognised: "empty", "hex", "Python bytes literal",
     * "xxd dump", "hexdump -C dump", "array initialiser" or "base64".
     */
    public static Result parseDetailed(String text) {
        if (text == null) {
            text = "";
        }
        byte[] machineHex = PlainHexParser.pairsOnly(text);
        if (machineHex != null) {
            return new Result(machineHex, "hex"); // what every test below would come to, sooner
        }
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return new Result(new byte[0], "empty");
        }
        text = unwrapPythonCall(text, first);
        while (Character.isWhitespace(text.charAt(first))) {
            first++; // the call was blanked out
        }
        String head = text.substring(first, Math.min(text.length(), first + Base64Parser.PREFIX.length()))
                .toLowerCase(Locale.ROOT);
        if (head.equals(Base64Parser.PREFIX)) {
            return new Result(Base64Parser.parse(new PasteText(text, "base64"), first + head.length(), false), "base64");
        }
        if (BytesLiteralParser.looksLikeLiteral(text, first)) {
            return new Result(BytesLiteralParser.parse(new PasteText(text, "a Python bytes literal")), "Python bytes literal");
        }
        HexDumpParser.Style dump = HexDumpParser.recognise(text);
        if (dump != null) {
            return new Result(HexDumpParser.parse(new PasteText(text, dump.readAs), dump),
                    dump == HexDumpParser.Style.XXD ? "xxd dump" : "hexdump -C dump");
        }
        int open = ArrayInitializerParser.opening(text);
        if (open >= 0) {
            return new Result(ArrayInitializerParser.parse(new PasteText(text, "an array initialiser"), open),
                    "array initialiser");
        }
        try {
            return new Result(PlainHexParser.parse(new PasteText(text, "plain hex")), "hex");
        } catch (StridescopeError hexError) {
            if (!Base64Parser.looksLikeBase64(text)) {
                throw hexError;
            }
            try {
                return new Result(Base64Parser.parse(new PasteText(text, "base64"), first, true), "base64");
            } catch (StridescopeError base64Error) {
                boolean looksBase64 = text.indexOf('=') >= 0 || text.indexOf('+') >= 0 || text.indexOf('/') >= 0;
                throw looksBase64 ? base64Error : hexError;
            }
        }
    }
}
