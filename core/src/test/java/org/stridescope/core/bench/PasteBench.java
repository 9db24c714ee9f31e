package org.stridescope.core.bench;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.stridescope.core.buffer.PasteParser;

/**
 * How long a 10 MB paste takes to parse, per format (goal: well under a second).
 * Run: scripts/bench-data.sh paste
 */
public final class PasteBench {
    private PasteBench() {
    }

    public static void main(String[] args) {
        int target = 10_000_000;
        Random r = new Random(1);
        byte[] data = new byte[target / 2];
        r.nextBytes(data);
        String hex = HexFormat.of().formatHex(data);
        String spaced = HexFormat.ofDelimiter(" ").formatHex(data, 0, target / 3);
        byte[] more = new byte[target * 3 / 4];
        r.nextBytes(more);
        String base64 = Base64.getMimeEncoder().encodeToString(more);
        StringBuilder literal = new StringBuilder("b'");
        for (int i = 0; literal.length() < target; i++) {
            int b = data[i] & 0xff;
            literal.append(b >= 32 && b < 127 && b != '\'' && b != '\\' ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        literal.append('\'');
        StringBuilder xxd = new StringBuilder();
        for (int off = 0; xxd.length() < target; off += 16) {
            xxd.append(String.format("%08x:", off));
            for (int k = 0; k < 16; k += 2) {
                xxd.append(String.format(" %02x%02x", data[off + k], data[off + k + 1]));
            }
            xxd.append("  ................\n");
        }
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; array.length() < target; i++) {
            array.append("0x").append(String.format("%02x", data[i])).append(", ");
        }
        array.append('}');
        String[][] cases = {{"plain hex", hex}, {"spaced hex", spaced}, {"base64 (MIME lines)", base64},
                {"bytes literal", literal.toString()}, {"xxd dump", xxd.toString()}, {"C array", array.toString()}};
        for (String[] c : cases) {
            long best = Long.MAX_VALUE;
            long first = 0;
            int n = 0;
            for (int rep = 0; rep < 5; rep++) {
                long t = System.nanoTime();
                n = PasteParser.parse(c[1]).length;
                long took = System.nanoTime() - t;
                first = rep == 0 ? took : first;
                best = Math.min(best, took);
            }
            System.out.printf("%-20s %5.1f MB of text -> %8d bytes: first %6.1f ms, best of 5 %6.1f ms%n", c[0], c[1].length() / 1e6,
                    n, first / 1e6, best / 1e6);
        }
    }
}
