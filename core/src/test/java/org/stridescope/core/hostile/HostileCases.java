package org.stridescope.core.hostile;

import static org.stridescope.core.hostile.HostileFiles.dict;
import static org.stridescope.core.hostile.HostileFiles.npy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.stridescope.core.layout.TypedLayout;

/**
 * Issue 12's hostile inputs, generated deterministically (fixed seeds) family by family and handed
 * to a consumer one at a time (the large ones are not all held at once): .npy files, .npz files,
 * pasted text, layouts as typed, expressions. Core's suite, the app's view-model suite and the
 * window run ({@code HostileWindowRun}) all use these.
 */
public final class HostileCases {
    private HostileCases() {
    }

    /** A file's bytes; {@code expected}, when set, is what its (first) member must read back as. */
    public record FileCase(String name, byte[] bytes, byte[] expected) {
    }

    /** Pasted or typed text; {@code expected}, when set, is the bytes it must give. */
    public record TextCase(String name, String text, byte[] expected) {
    }

    /** A layout as typed in the form, over a 4 KiB source (or an empty one). */
    public record LayoutCase(String name, TypedLayout typed, boolean emptySource) {
    }

    // ---- (1) .npy headers ----

    static List<byte[]> validNpys() {
        byte[] d16 = new byte[16];
        for (int k = 0; k < 16; k++) {
            d16[k] = (byte) k;
        }
        return List.of(
                npy(1, dict("'<f8'", false, "(2,)"), d16),
                npy(1, dict("'|u1'", true, "(4, 4)"), d16),
                npy(2, dict("'>i4'", false, "(2, 2)"), d16),
                npy(3, dict("'<U2'", false, "(2,)"), d16),
                npy(1, dict("[('a', '<i4'), ('b', 'S4', (2,))]", false, "(1,)"), Arrays.copyOf(d16, 12)),
                npy(1, dict("'|V16'", false, "()"), d16),
                npy(3, dict("{'names': ['é'], 'formats': ['<u2'], 'offsets': [0], 'itemsize': 2}", false, "(8,)"), d16));
    }

    static final String[] BAD_DESCR = {"'<f8x'", "'|V0'", "'<U0'", "'|S0'", "'V0'", "'|V999999999999'",
        "'<U99999999999999'", "'S9223372036854775807'", "[('a', '<f8', (2**40,))]", "[('a', '<f8', (4611686018427387904, 4))]",
        "[('a', [('b', [('c', '<i4')])])]", "[" + "[('a', ".repeat(150) + "'<i4'" + ")]".repeat(150) + "]",
        "[('a', '<i4')] * 100000", "'" + "<".repeat(100000) + "f8'", "b'<f8'", "None", "1e308", "'<M8[99999999999999999999s]'",
        "'<m8[-1s]'", "[('', '<i4'), ('', '<i4')]", "[('a', '<i4'), ('a', '<i4')]", "{'names': ['a'], 'formats': ['<i4'],"
        + " 'offsets': [9223372036854775807], 'itemsize': 4}", "{'names': ['a'], 'formats': ['<i4'], 'offsets': [-4], 'itemsize': 4}",
        "'O'", "'<c32'", "'<f16'", "'|b1'", "'<U'", "'S'"};
    static final String[] BAD_SHAPE = {"(4611686018427387904, 4611686018427387904)", "(9223372036854775807,)",
        "(9223372036854775808,)", "(-1,)", "(10**30,)", "(" + "2, ".repeat(64) + ")", "(" + "1, ".repeat(33) + ")",
        "(" + "0, ".repeat(32) + ")", "(" + "2, ".repeat(32) + ")", "(0, 9223372036854775807)", "[2]", "2", "(2.0,)",
        "(True,)", "()", "(" + "9".repeat(5000) + ",)", "(" + "(".repeat(300) + ")".repeat(300) + ",)", "(1,)*40"};

    public static void npyFiles(Consumer<FileCase> each) {
        List<byte[]> valid = validNpys();
        for (int v = 0; v < valid.size(); v++) {
            byte[] full = valid.get(v);
            for (int len = 0; len <= full.length; len++) {
                byte[] cut = Arrays.copyOf(full, len);
                each.accept(new FileCase("valid#" + v + " cut at " + len, cut, null));
            }
        }
        Random r = new Random(12);
        for (int k = 0; k < 600; k++) {
            byte[] m = valid.get(k % valid.size()).clone();
            int flips = 1 + r.nextInt(4);
            for (int f = 0; f < flips; f++) {
                m[r.nextInt(m.length)] = (byte) r.nextInt(256);
            }
            each.accept(new FileCase("valid#" + k % valid.size() + " mutated seed12/" + k, m, null));
        }
        byte[] data = new byte[64];
        for (int major = 1; major <= 3; major++) {
            for (String descr : BAD_DESCR) {
                for (String shape : new String[] {"(2,)", "()", "(0,)"}) {
                    byte[] m = npy(major, dict(descr, false, shape), data);
                    each.accept(new FileCase("v" + major + " descr " + descr + " shape " + shape, m, null));
                }
            }
            for (String shape : BAD_SHAPE) {
                for (String descr : new String[] {"'<f8'", "'|V0'", "'|S0'", "'<U0'"}) {
                    for (boolean fortran : new boolean[] {false, true}) {
                        byte[] m = npy(major, dict(descr, fortran, shape), data);
                        each.accept(new FileCase("v" + major + " shape " + shape + " descr " + descr, m, null));
                    }
                }
            }
            // header length fields past the end, zero, and a version of every byte
            for (long length : new long[] {0, 1, 0xffff, 0xffffffffL, 0x7fffffffL, 1 << 24, (1 << 24) + 1}) {
                byte[] m = npy(major, dict("'<f8'", false, "(2,)"), data);
                int lb = major == 1 ? 2 : 4;
                for (int k = 0; k < lb; k++) {
                    m[8 + k] = (byte) (length >>> (8 * k));
                }
                each.accept(new FileCase("v" + major + " header length " + length, m, null));
            }
        }
        for (int ver = 0; ver < 256; ver += 3) {
            byte[] m = valid.get(0).clone();
            m[6] = (byte) ver;
            m[7] = (byte) (ver % 5 == 0 ? 1 : 0);
            each.accept(new FileCase("version " + ver, m, null));
        }
        // headers near the 16 MiB the reader takes, of millions of items (each read into a node)
        int big = (16 << 20) - 200;
        each.accept(new FileCase("v2 shape of 5 million items", npy(2, dict("'<f8'", false,
                "(" + "1, ".repeat(big / 3 - 40) + ")"), new byte[0]), null));
        each.accept(new FileCase("v2 descr of a million fields", npy(2, dict("[" + "('a', '<i4'), ".repeat(big / 15 - 10)
                + "]", false, "(1,)"), new byte[0]), null));
        each.accept(new FileCase("v2 descr of 16 MiB", npy(2, dict("'" + "<".repeat(big - 100) + "f8'", false, "(1,)"),
                new byte[0]), null));
        // headers that are not dicts, or dicts of the wrong things
        for (String text : new String[] {"", " ", "{", "}", "{}", "{'descr': '<f8'}", "[" .repeat(1000), "{" .repeat(100000),
            "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'descr': '<i4'}", "{'descr': '<f8', 'fortran_order': 1,"
            + " 'shape': (2,)}", "\u0000\u0000", "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'extra': 1}",
            "'" + "\\x".repeat(1000) + "'", "{'descr': '\ud800', 'fortran_order': False, 'shape': (2,)}"}) {
            for (int major = 1; major <= 3; major++) {
                byte[] m = npy(major, text, data);
                each.accept(new FileCase("v" + major + " header " + text, m, null));
            }
        }
    }

    // ---- (2) .npz archives ----

    public static void npzFiles(boolean slow, Consumer<FileCase> each) {
        // members of every size class, stored and deflated: must open and give the right bytes
        Random r = new Random(1212);
        long[] sizes = {0, 1, 7, 64, 1000, 4095, 65_537, 1 << 20, (1 << 20) + 3, 4 << 20, 16 << 20};
        for (long size : sizes) {
            for (String content : new String[] {"zeros", "ones", "random"}) {
                byte[] payload = new byte[(int) size];
                if (content.equals("ones")) {
                    Arrays.fill(payload, (byte) 1);
                } else if (content.equals("random")) {
                    r.nextBytes(payload);
                }
                byte[] member = HostileFiles.npyOfBytes(payload);
                for (boolean deflate : new boolean[] {false, true}) {
                    byte[] zip = HostileFiles.zip(List.of(HostileFiles.Member.of("x.npy", member, deflate)));
                    each.accept(new FileCase("valid " + size + " " + content + (deflate ? " deflated" : " stored"), zip, member));
                }
            }
        }
        // a small valid archive of two members, cut at every length and mutated
        byte[] small = HostileFiles.zip(List.of(
                HostileFiles.Member.of("a.npy", validNpys().get(0), true),
                HostileFiles.Member.of("b.npy", validNpys().get(1), false)));
        for (int len = 0; len <= small.length; len++) {
            byte[] cut = Arrays.copyOf(small, len);
            each.accept(new FileCase("small cut at " + len, cut, null));
        }
        for (int k = 0; k < 800; k++) {
            byte[] m = small.clone();
            int flips = 1 + r.nextInt(3);
            for (int f = 0; f < flips; f++) {
                int at = k < 400 ? small.length - 1 - r.nextInt(Math.min(small.length, 120)) : r.nextInt(small.length);
                m[at] = (byte) r.nextInt(256);
            }
            each.accept(new FileCase("small mutated seed1212/" + k, m, null));
        }
        // what the headers declare against what the data is
        byte[] member = HostileFiles.npyOfBytes(new byte[5000]);
        for (boolean deflate : new boolean[] {false, true}) {
            HostileFiles.Member honest = HostileFiles.Member.of("x.npy", member, deflate);
            long[] lies = {0, 1, 100, 4999, 5127, 5129, 1 << 20, 0xfffffffeL, 0xffffffffL, 1L << 32, 1L << 40, 1L << 62,
                Long.MAX_VALUE, -1, Long.MIN_VALUE};
            for (long size : lies) {
                each.accept(new FileCase("declared size " + size + (deflate ? " deflated" : " stored"), HostileFiles.zip(List.of(honest.declaring(size, honest.declaredCompressed()))), null));
                each.accept(new FileCase("declared compressed " + size + (deflate ? " deflated" : " stored"), HostileFiles.zip(List.of(honest.declaring(honest.declaredSize(), size))), null));
            }
            for (int method : new int[] {1, 9, 12, 14, 99, 0xffff}) {
                each.accept(new FileCase("method " + method, HostileFiles.zip(List.of(new HostileFiles.Member("x.npy",
                        method, honest.stored(), honest.crc(), honest.declaredSize(), honest.declaredCompressed(), 0))), null));
            }
            each.accept(new FileCase("encrypted", HostileFiles.zip(List.of(new HostileFiles.Member("x.npy",
                    honest.method(), honest.stored(), honest.crc(), honest.declaredSize(), honest.declaredCompressed(), 1))), null));
            each.accept(new FileCase("bad crc", HostileFiles.zip(List.of(new HostileFiles.Member("x.npy",
                    honest.method(), honest.stored(), honest.crc() ^ 1, honest.declaredSize(), honest.declaredCompressed(), 0))), null));
        }
        // a central directory of 200,000 empty members (15 MB): each would cost memory to list
        byte[] tiny = HostileFiles.npyOfBytes(new byte[0]);
        each.accept(new FileCase("200000 members", HostileFiles.zip(java.util.Collections.nCopies(200_000,
                HostileFiles.Member.of("a", tiny, false))), null));
        each.accept(new FileCase("100000 members", HostileFiles.zip(java.util.Collections.nCopies(100_000,
                HostileFiles.Member.of("a", tiny, false))), tiny));
        // zip bombs: 200 MiB of zeros declared honestly (opens, inflated to a temporary file), or as 1 KiB
        long bomb = slow ? 2L << 30 : 200L << 20;
        byte[] header = HostileFiles.npy(1, dict("'|u1'", false, "(" + bomb + ",)"), new byte[0]);
        byte[] zerosDeflated = HostileFiles.deflatedZeros(new byte[0], bomb);
        // the .npy header is not deflated with the zeros, so the bomb is a raw deflate of zeros under a header-less name
        HostileFiles.Member bare = new HostileFiles.Member("x.npy", 8, zerosDeflated, HostileFiles.crcOfZeros(new byte[0], bomb), bomb,
                zerosDeflated.length, 0);
        each.accept(new FileCase("bomb of " + bomb + " zeros, no .npy header", HostileFiles.zip(List.of(bare)), null));
        each.accept(new FileCase("bomb of " + bomb + " zeros declared 1024", HostileFiles.zip(List.of(bare.declaring(1024, zerosDeflated.length))), null));
        int copies = slow ? 10 : 100;
        each.accept(new FileCase("bomb of " + bomb + " zeros, " + copies + " members",
                HostileFiles.zip(java.util.Collections.nCopies(copies, bare)), null));
        byte[] deflated = HostileFiles.deflatedZeros(header, bomb);
        byte[] withHeader = HostileFiles.zip(List.of(new HostileFiles.Member("x.npy", 8, deflated,
                HostileFiles.crcOfZeros(header, bomb), header.length + bomb, deflated.length, 0)));
        each.accept(new FileCase("bomb of " + bomb + " zeros as a .npy (valid)", withHeader, null));
    }

    // ---- (3) pastes ----

    public static void pastes(Consumer<TextCase> each) {
        String line = "00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  |................|\n";
        named(each, "hexdump star to 2^62", line + "*\n4000000000000000\n");
        named(each, "hexdump star to 2^63-1", line + "*\n7fffffffffffffff\n");
        named(each, "hexdump star to 2^64", line + "*\n10000000000000000\n");
        named(each, "hexdump star to 63 MiB", line + "*\n03f00000\n");
        named(each, "hexdump star to 65 MiB", line + "*\n04100000\n");
        named(each, "hexdump star then far line", line + "*\n7ffffffffffffff0  00 01\n7ffffffffffffff2\n");
        named(each, "hexdump jump to 2^40", "00000000  00 01\n10000000000  02 03\n10000000002\n");
        named(each, "hexdump jump to 2^63-16", "00000000  00 01\n7ffffffffffffff0  02 03\n");
        named(each, "xxd jump to 1 GiB", "00000000: 0001  ..\n40000000: 0203  ..\n");
        named(each, "hexdump backwards", "00000010  00 01\n00000000  02 03\n00000012\n");
        named(each, "hexdump stars only", "*\n*\n*\n");
        named(each, "hexdump star first", "*\n" + line);
        named(each, "xxd far offset", "ffffffffffff0000: 0001 0203  ....\n");
        named(each, "xxd huge offset", "99999999999999999999: 0001  ..\n");
        named(each, "mixed hexdump and xxd", line + "00000010: 0001 0203  ....\n");
        named(each, "mixed hex and base64", "0001 base64:AAAA");
        named(each, "bytes then hex", "b'\\x00' 00 01");
        named(each, "NULs", "00\u000001\u0000");
        named(each, "lone high surrogate", "00 01 \ud800 02");
        named(each, "lone low surrogate", "b'\udc00'");
        named(each, "surrogates in base64", "base64:AA\ud83d\ude00AA");
        named(each, "bytes literal, non-ASCII", "b'\u00e9'");
        named(each, "bytes literal unterminated", "b'\\x0");
        named(each, "bytes literal \\N", "b'\\N{LATIN SMALL LETTER A}'");
        named(each, "initialiser nesting 10^5", "{".repeat(100_000) + "1" + "}".repeat(100_000));
        named(each, "initialiser huge number", "{0x" + "f".repeat(10_000) + "}");
        named(each, "initialiser 10^6 items", "{" + "1, ".repeat(1_000_000) + "}");
        named(each, "call nesting 10^5", "bytes(".repeat(100_000) + "b''" + ")".repeat(100_000));
        named(each, "np.array nesting", "np.array(".repeat(10_000) + "[1]" + ")".repeat(10_000));
        named(each, "300,000 hexdump lines", bigDump(300_000));
        named(each, "10^6 blank lines", "\n".repeat(1_000_000) + "00");
        named(each, "10^6 stars", line + "*\n".repeat(1_000_000));
        named(each, "one 2 MB line of garbage", "zq".repeat(1_000_000));
        named(each, "base64 padding storm", "base64:" + "=".repeat(100_000));
        named(each, "odd hex", "0" .repeat(1_000_001));
        // random soup of the characters the formats are made of
        String alphabet = "0123456789abcdefABCDEFxX*|:.,;{}[]()'\"\\bB=+/ \n\t\u0000\ud800\u00e9-_#$";
        Random r = new Random(31);
        for (int k = 0; k < 1500; k++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(k < 1400 ? 80 : 5000);
            String prefix = new String[] {"", "b'", "base64:", "00000000  ", "00000000: ", "{", "bytes.fromhex('"}[k % 7];
            sb.append(prefix);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            each.accept(new TextCase("soup seed31/" + k + " " + sb, sb.toString(), null));
        }
        // 10 MB of each format must give its bytes
        byte[] ten = new byte[10 << 20];
        new Random(10).nextBytes(ten);
        for (String format : new String[] {"hex", "xxd", "base64", "bytes"}) {
            each.accept(new TextCase("10 MB " + format, render(ten, format), ten));
        }
    }

    /** One hand-made case, made only when its turn comes (the large ones are not all held at once). */
    private static void named(Consumer<TextCase> each, String name, String text) {
        each.accept(new TextCase(name, text, null));
    }

    private static String bigDump(int lines) {
        StringBuilder sb = new StringBuilder(lines * 78);
        for (int k = 0; k < lines; k++) {
            sb.append(String.format("%08x", k * 16)).append("  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  |................|\n");
        }
        return sb.toString();
    }

    /** {@code data} as a person would paste it: plain hex, an xxd dump, base64 or a Python bytes literal. */
    public static String render(byte[] data, String format) {
        // sized for the format up front: growing by doubling would hold twice the text, and these
        // suites run the product within -Xmx256m
        long capacity = switch (format) {
            case "hex" -> 3L * data.length;
            case "xxd" -> 70L * (data.length / 16 + 1);
            case "base64" -> 16 + data.length / 3 * 4 * 78 / 76 + 8;
            default -> 4L * data.length + 3;
        };
        StringBuilder sb = new StringBuilder((int) capacity);
        String hex = "0123456789abcdef";
        switch (format) {
            case "hex" -> {
                for (int i = 0; i < data.length; i++) {
                    sb.append(hex.charAt((data[i] >> 4) & 15)).append(hex.charAt(data[i] & 15)).append(i % 32 == 31 ? '\n' : ' ');
                }
            }
            case "xxd" -> {
                for (int i = 0; i < data.length; i += 16) {
                    sb.append(String.format("%08x:", i));
                    for (int j = i; j < i + 16 && j < data.length; j++) {
                        sb.append(j % 2 == 0 ? " " : "").append(hex.charAt((data[j] >> 4) & 15)).append(hex.charAt(data[j] & 15));
                    }
                    sb.append("  ................\n");
                }
            }
            case "base64" -> sb.append("base64:").append(java.util.Base64.getMimeEncoder().encodeToString(data));
            default -> {
                sb.append("b'");
                for (byte b : data) {
                    sb.append("\\x").append(hex.charAt((b >> 4) & 15)).append(hex.charAt(b & 15));
                }
                sb.append('\'');
            }
        }
        return sb.toString();
    }

    // ---- (4) layouts ----

    static final String[] DTYPES = {"u1", "<f8", ">i2", "?", "<c16", "<f2", "<g", "S0", "U0", "V0", "|S0", "<U0", "|V0", "S1",
        "U1", "V3", "<M8[ns]", "<m8[D]", "M8", "O", "<U1000000", "S9223372036854775807", "V4611686018427387904",
        "[('a', '<i4'), ('b', 'S0')]", "[('a', 'V0', (3,))]", "(<f8, (1000000000, 1000000000))", "u1,V0"};
    static final String[] NUMBERS = {"0", "1", "-1", "2", "3", "7", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "4611686018427387904", "-4611686018427387904", "4294967296", "99999999999999999999999",
        "1e3", "0x10", "", " ", "abc"};

    public static void layouts(Consumer<LayoutCase> each) {
        Random r = new Random(4);
        for (int k = 0; k < 2500; k++) {
            String dtype = DTYPES[r.nextInt(DTYPES.length)];
            int ndim = new int[] {0, 1, 2, 3, 32, 33, 64}[r.nextInt(k < 2000 ? 4 : 7)];
            String shape = numbers(r, ndim, k % 3 == 0);
            String strides = r.nextInt(3) == 0 ? "" : numbers(r, ndim, k % 5 == 0);
            String offset = r.nextInt(2) == 0 ? "0" : NUMBERS[r.nextInt(NUMBERS.length)];
            TypedLayout typed = TypedLayout.ofFields(dtype, shape, strides, offset);
            each.accept(new LayoutCase("seed4/" + k + " " + typed, typed, k % 10 == 0));
        }
        for (String dtype : DTYPES) {
            for (String shape : new String[] {"", "0", "1", "4096", "2,0", "1000000000,1000000000", "0,9223372036854775807"}) {
                for (String strides : new String[] {"", "0", "0,0", "-9223372036854775808,0", "9223372036854775807,1"}) {
                    TypedLayout typed = TypedLayout.ofFields(dtype, shape, strides, "0");
                    each.accept(new LayoutCase(typed.toString(), typed, false));
                }
            }
        }
    }

    private static String numbers(Random r, int n, boolean extreme) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? "," : "").append(extreme ? NUMBERS[r.nextInt(NUMBERS.length)] : String.valueOf(r.nextInt(9) - 2));
        }
        return sb.toString();
    }

    // ---- (5) expressions ----

    static final int DEEP = 1_000_000;

    /** Expressions built to break a parser or evaluator: deep, long, huge. */
    private static void hostileExpressions(Consumer<TextCase> each) {
        named(each, "np.flip( x10^6", "np.flip(".repeat(DEEP) + "a" + ")".repeat(DEEP));
        named(each, "np.flip( x150", "np.flip(".repeat(150) + "a" + ")".repeat(150));
        named(each, "-(-( x10^6", "-(".repeat(DEEP) + "a" + ")".repeat(DEEP));
        named(each, "- x10^6", "-".repeat(DEEP) + "1");
        named(each, "-+ x10^6 on a", "-+".repeat(DEEP) + "a");
        named(each, "a[ x10^6", "a[".repeat(DEEP) + "0" + "]".repeat(DEEP));
        named(each, "(( x10^6", "(".repeat(DEEP) + "a" + ")".repeat(DEEP));
        named(each, "(( x10^6 unclosed", "(".repeat(DEEP));
        named(each, "[[ x10^6", "[".repeat(DEEP) + "]".repeat(DEEP));
        named(each, "a.T x10^6", "a" + ".T".repeat(DEEP));
        named(each, "a[::-1] x10^6", "a" + "[::-1]".repeat(DEEP));
        named(each, "a[0] x10^5 on 1-d", "a" + "[0]".repeat(100_000));
        named(each, "a.T.T.T then call x10^5", "a" + ".T".repeat(100_000) + ".view('u1')");
        named(each, "1+ x10^6", "1" + "+1".repeat(DEEP));
        named(each, "a[1+ x10^6]", "a[" + "1" + "+0".repeat(DEEP) + "]");
        named(each, "1* x10^6", "1" + "*1".repeat(DEEP));
        named(each, "(1,)*999999 + ...", "a.reshape((1,)*999999 + (-1,))");
        named(each, "(1,)*10^9", "a.reshape((1,)*1000000000)");
        named(each, "(1,)*9999 + (1,)*9999 + ...", "a.reshape(" + "(1,)*9999 + ".repeat(200) + "(-1,))");
        named(each, "tuple doubling", "a.reshape(" + "(".repeat(40) + "(1,)" + ")*2".repeat(40) + ")");
        named(each, "tuple + x10^5", "a.reshape(" + "(1,)+".repeat(100_000) + "(-1,))");
        named(each, "tuple of 10^6", "a.reshape((" + "1,".repeat(DEEP) + "))");
        named(each, "list of 10^6", "a[[" + "0,".repeat(DEEP) + "]]");
        named(each, "a[(None,)*10^6]", "a[(None,)*1000000]");
        named(each, "a[(np.newaxis,)*64]", "a[(np.newaxis,)*64]");
        named(each, "a[(slice(None),)*10^6]", "a[(slice(None),)*1000000]");
        named(each, "a[..., ...]", "a[..., ...]");
        named(each, "big int", "a[" + "9".repeat(5000) + "]");
        named(each, "huge int 4300 digits", "a[" + "9".repeat(4300) + "]");
        named(each, "2**63 index", "a[9223372036854775808]");
        named(each, "-2**63 index", "a[-9223372036854775808]");
        named(each, "slice of extremes", "a[-9223372036854775808:9223372036854775807:-9223372036854775808]");
        named(each, "step 0", "a[::0]");
        named(each, "broadcast_to (2,)*32", "np.broadcast_to(a.reshape(-1)[:1], (2,)*32)");
        named(each, "broadcast_to (2,)*33", "np.broadcast_to(a[:1], (2,)*33)");
        named(each, "broadcast_to (3,)*20", "np.broadcast_to(a.reshape(-1)[:1], (3,)*20)");
        named(each, "broadcast_to 2^62 x 2", "np.broadcast_to(a.reshape(-1)[:1], (4611686018427387904, 2))");
        named(each, "broadcast_to (10**9,)*2", "np.broadcast_to(a.reshape(-1)[:1], (1000000000, 1000000000))");
        named(each, "as_strided extremes", "np.lib.stride_tricks.as_strided(a, shape=(4611686018427387904, 4611686018427387904), strides=(0, 0))");
        named(each, "as_strided min stride", "np.lib.stride_tricks.as_strided(a, shape=(2,), strides=(-9223372036854775808,))");
        named(each, "view V0", "a.view('V0')");
        named(each, "view S0", "a.view('S0')");
        named(each, "view U0", "a.view('U0')");
        named(each, "view of a huge dtype", "a.view('V9223372036854775807')");
        named(each, "reshape -1 twice", "a.reshape(-1, -1)");
        named(each, "transpose of 10^5 axes", "a.transpose(" + "0,".repeat(100_000) + ")");
        named(each, "string of 10^6", "a.view('" + "<".repeat(DEEP) + "f8')");
        named(each, "unterminated string", "a.view('" + "x".repeat(DEEP));
        named(each, "NUL", "a\u0000");
        named(each, "surrogate", "a[\ud800]");
        named(each, "10^6 blanks", " ".repeat(DEEP) + "a");
        named(each, "10^6 comments", "a # x\n".repeat(10));
        named(each, "1/0", "a[1//0]");
        named(each, "float floor div 0", "a[1.0//0.0]");
        named(each, "overflow *", "a[9223372036854775807*2]");
        named(each, "overflow -", "a[-(-9223372036854775807-1)]");
        named(each, "float index", "a[1e308*10]");
    }

    static final String[] TOKENS = {"a", "np", ".", "T", "(", ")", "[", "]", ",", ":", "::", "-1", "0", "1", "2", "None", "...",
        "+", "-", "*", "//", "reshape", "view", "transpose", "flip", "swapaxes", "broadcast_to", "lib", "stride_tricks",
        "as_strided", "shape", "strides", "=", "'u1'", "'<f8'", "'V0'", "'S0'", "dtype", "real", "imag", "np.newaxis",
        "9223372036854775807", "(2,)*32", "4611686018427387904", " ", "ravel", "squeeze", "diagonal", "moveaxis", "expand_dims", "**"};

    public static void expressions(Consumer<TextCase> each) {
        hostileExpressions(each);
        Random r = new Random(5);
        for (int k = 0; k < 1000; k++) {
            StringBuilder sb = new StringBuilder(k % 3 == 0 ? "a" : "");
            int n = 1 + r.nextInt(k < 900 ? 12 : 200);
            for (int i = 0; i < n; i++) {
                sb.append(TOKENS[r.nextInt(TOKENS.length)]);
            }
            String expr = sb.toString();
            each.accept(new TextCase("soup seed5/" + k + " " + expr, expr, null));
        }
        // well-formed chains of view operations with extreme numbers: most parse, many give a view
        Random g = new Random(55);
        for (int k = 0; k < 1500; k++) {
            String expr = "a";
            int steps = 1 + g.nextInt(k < 1400 ? 6 : 60);
            for (int i = 0; i < steps; i++) {
                expr = viewStep(g, expr);
            }
            each.accept(new TextCase("grammar seed55/" + k + " " + expr, expr, null));
        }
    }

    static final String[] EXTREMES = {"0", "1", "-1", "2", "3", "-2", "9223372036854775807", "-9223372036854775807",
        "4611686018427387904", "4294967296", "1000000000"};

    private static String number(Random g) {
        return g.nextInt(3) == 0 ? EXTREMES[g.nextInt(EXTREMES.length)] : String.valueOf(g.nextInt(7) - 3);
    }

    private static String tuple(Random g, int max) {
        int n = g.nextInt(max + 1);
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            sb.append(number(g)).append(n == 1 ? "," : i < n - 1 ? ", " : "");
        }
        return sb.append(")").toString();
    }

    /** One NumPy view operation on {@code x}, with numbers from the edges of what fits. */
    private static String viewStep(Random g, String x) {
        String n = number(g);
        return switch (g.nextInt(16)) {
            case 0 -> x + ".T";
            case 1 -> x + "[::" + n + "]";
            case 2 -> x + "[" + n + ":" + number(g) + "]";
            case 3 -> x + "[..., None]";
            case 4 -> x + "[" + n + "]";
            case 5 -> x + ".reshape(" + tuple(g, 4) + ")";
            case 6 -> x + ".view('" + new String[] {"u1", "<f8", "V0", "S0", "U1", "<i4", "V3", "M8[s]"}[g.nextInt(8)] + "')";
            case 7 -> x + ".swapaxes(" + n + ", " + number(g) + ")";
            case 8 -> "np.flip(" + x + ")";
            case 9 -> "np.broadcast_to(" + x + ", " + tuple(g, 5) + ")";
            case 10 -> "np.lib.stride_tricks.as_strided(" + x + ", shape=" + tuple(g, 4) + ", strides=" + tuple(g, 4) + ")";
            case 11 -> x + ".ravel()";
            case 12 -> "np.broadcast_to(" + x + ".reshape(-1)[:1], (2,)*" + (g.nextInt(40)) + ")";
            case 13 -> x + ".transpose(" + tuple(g, 4).replaceAll("[()]", "") + ")";
            case 14 -> "np.moveaxis(" + x + ", " + n + ", " + number(g) + ")";
            default -> x + ".squeeze()";
        };
    }
}
