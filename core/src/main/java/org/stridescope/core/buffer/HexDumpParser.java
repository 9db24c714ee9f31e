package org.stridescope.core.buffer;

/**
 * Dumps from {@code xxd} ({@code 00000000: 6161 6162  aaab}) and {@code hexdump -C}
 * ({@code 00000000  61 61 61 62  |aaab|}). The offset column of each line is checked against
 * the bytes read so far, and a {@code *} line (both tools print it for repeated lines) repeats
 * the line before it up to the next offset. The character column on the right is ignored.
 */
final class HexDumpParser {
    enum Style {
        XXD("an xxd dump"), HEXDUMP_C("a hexdump -C dump");

        final String readAs;

        Style(String readAs) {
            this.readAs = readAs;
        }
    }

    private HexDumpParser() {
    }

    /** The dump style the first non-blank line announces, or null. */
    static Style recognise(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < n && PasteText.hexValue(s.charAt(i)) >= 0) {
            i++;
        }
        if (i - start < 4 || i >= n) {
            return null;
        }
        if (s.charAt(i) == ':' && (i + 1 == n || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n')) {
            return Style.XXD;
        }
        int eol = s.indexOf('\n', i);
        String line = s.substring(i, eol < 0 ? n : eol);
        if (line.startsWith("  ") && line.indexOf('|') > 0) {
            return Style.HEXDUMP_C;
        }
        return null;
    }

    static byte[] parse(PasteText in, Style style) {
        ByteBuilder out = new ByteBuilder(in.length / 3);
        long base = -1;
        int repeatFrom = -1; // start in out of the line a '*' repeats, or -1
        int lastLineStart = 0;
        int i = 0;
        while (i < in.length) {
            int eol = in.text.indexOf('\n', i);
            int end = eol < 0 ? in.length : eol;
            int lineEnd = end > i && in.at(end - 1) == '\r' ? end - 1 : end;
            int k = i;
            while (k < lineEnd && (in.at(k) == ' ' || in.at(k) == '\t')) {
                k++;
            }
            if (k == lineEnd) {
                i = end + 1;
                continue;
            }
            if (in.at(k) == '*') {
                if (out.size() == 0 || repeatFrom >= 0) {
                    throw in.expected(k, "an offset (a '*' repeats the line above it)");
                }
                repeatFrom = lastLineStart;
                i = end + 1;
                continue;
            }
            int offStart = k;
            long offset = 0;
            while (k < lineEnd && PasteText.hexValue(in.at(k)) >= 0) {
                if (k - offStart >= 15) {
                    throw in.expected(k, "at most 15 hex digits of offset");
                }
                offset = offset << 4 | PasteText.hexValue(in.at(k));
                k++;
            }
            if (k == offStart) {
                throw in.expected(k, "an offset in hex at the start of the line");
            }
            if (base < 0) {
                base = offset;
            }
            long expected = base + out.size();
            if (offset != expected) {
                if (repeatFrom < 0 || offset < expected) {
                    throw in.error(offStart, "expected offset " + Long.toHexString(expected) + ", found "
                            + in.text.substring(offStart, k), "Each line's offset is where its first byte sits,"
                            + " so it must follow on from the bytes of the lines above.");
                }
                repeat(out, repeatFrom, offset - expected, in, offStart);
            }
            repeatFrom = -1;
            lastLineStart = out.size();
            if (style == Style.XXD) {
                if (k >= lineEnd || in.at(k) != ':') {
                    throw in.expected(k, "':' after the offset");
                }
                xxdBytes(in, k + 1, lineEnd, out);
            } else {
                hexdumpBytes(in, k, lineEnd, out);
            }
            i = end + 1;
        }
        if (repeatFrom >= 0) {
            throw in.expected(in.length, "a line with the offset where the repeated lines end");
        }
        return out.toArray();
    }

    private static void repeat(ByteBuilder out, int from, long count, PasteText in, int at) {
        int lineLength = out.size() - from;
        if (lineLength == 0 || count % lineLength != 0) {
            throw in.error(at, "the offset does not end a whole number of repeated lines",
                    "A '*' line stands for copies of the line above it; the next offset says how many.");
        }
        if (count > PasteParser.MAX_BYTES - out.size()) {
            // a dump of a big file of zeros is a few lines: expanding it blindly would exhaust memory
            throw in.error(at, "the '*' line above stands for " + count + " repeated bytes, more than a paste can hold",
                    "Pasted bytes are held in memory, at most " + (PasteParser.MAX_BYTES >> 20) + " MiB. Save the"
                            + " bytes to a file (xxd -r turns the dump back into them) and open that: files of any"
                            + " size are read from disk.");
        }
        out.reserve((int) (out.size() + count));
        for (long r = 0; r < count; r += lineLength) {
            out.add(out.buffer(), from, lineLength);
        }
    }

    /** xxd: after "offset:", one space, then groups of hex pairs split by one space; two spaces end them. */
    private static void xxdBytes(PasteText in, int k, int lineEnd, ByteBuilder out) {
        if (k < lineEnd && in.at(k) == ' ') {
            k++;
        }
        while (k < lineEnd) {
            char c = in.at(k);
            if (c == ' ') {
                if (k + 1 >= lineEnd || in.at(k + 1) == ' ') {
                    return; // two spaces: the character column follows
                }
                k++;
                continue;
            }
            int hi = PasteText.hexValue(c);
            if (hi < 0) {
                throw in.expected(k, "a hex digit (0-9, a-f) or two spaces before the character column");
            }
            int lo = k + 1 < lineEnd ? PasteText.hexValue(in.at(k + 1)) : -1;
            if (lo < 0) {
                throw in.expected(k + 1, "the second hex digit of a byte");
            }
            out.add(hi << 4 | lo);
            k += 2;
        }
    }

    /** hexdump -C: after the offset, bytes as two hex digits apart by spaces, until '|' or the line's end. */
    private static void hexdumpBytes(PasteText in, int k, int lineEnd, ByteBuilder out) {
        if (k < lineEnd && in.at(k) != ' ') {
            throw in.expected(k, "spaces after the offset");
        }
        while (true) {
            while (k < lineEnd && in.at(k) == ' ') {
                k++;
            }
            if (k >= lineEnd || in.at(k) == '|') {
                return;
            }
            int hi = PasteText.hexValue(in.at(k));
            int lo = k + 1 < lineEnd ? PasteText.hexValue(in.at(k + 1)) : -1;
            if (hi < 0 || lo < 0) {
                throw in.expected(hi < 0 ? k : k + 1, "a byte as two hex digits, or the character column in |...|");
            }
            if (k + 2 < lineEnd && in.at(k + 2) != ' ') {
                throw in.expected(k + 2, "a space after the byte " + in.text.substring(k, k + 2));
            }
            out.add(hi << 4 | lo);
            k += 2;
        }
    }
}
