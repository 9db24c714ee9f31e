package org.stridescope.core.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.expr.ExpressionEvaluator;
import org.stridescope.core.io.NpyHeaderReader;
import org.stridescope.core.io.NumpySnippet;
import org.stridescope.core.layout.Layout;

/**
 * One Python literal, written any way Python allows, means the same value through every entry point
 * that reads Python text: the python package itself, Paste Bytes, pasted NumPy code, the
 * expression bar and a .npy header.
 */
class PythonLiteralPropertiesTest {

    /** A bytes value and one of its many spellings as Python bytes literals. */
    record Spelled(byte[] value, String literal) {
        @Override
        public String toString() {
            return literal;
        }
    }

    @Property(tries = 1500)
    void aBytesLiteralGivesTheSameBytesEverywhere(@ForAll("bytesLiterals") Spelled s) {
        PyNode node = new PythonReader(s.literal()).readExpression();
        assertThat(node).isInstanceOf(PyNode.Bytes.class);
        assertThat(((PyNode.Bytes) node).bytes()).as("python package").containsExactly(s.value());
        assertThat(PasteParser.parse(s.literal())).as("Paste Bytes").containsExactly(s.value());
        assertThat(NumpySnippet.parseDetailed("s = " + s.literal() + "\nnp.frombuffer(s, dtype='u1')").bytes())
                .as("pasted NumPy code").containsExactly(s.value());
    }

    @Property(tries = 1500)
    void anIntegerLiteralGivesTheSameNumberEverywhere(@ForAll("intLiterals") Spelled s) {
        long n = new BigInteger(1, s.value()).longValueExact();
        PyNode node = new PythonReader(s.literal()).readExpression();
        assertThat(((PyNode.Int) node).value()).as("python package").isEqualTo(BigInteger.valueOf(n));

        Layout one = new Layout(DType.parse("<u1"), new long[] {1}, new long[] {1}, 0);
        Layout view = ExpressionEvaluator.apply("np.broadcast_to(a, (" + s.literal() + ",))", one, 1);
        assertThat(view.shape()).as("expression bar").containsExactly(n);

        String header = "{'descr': '<u1', 'fortran_order': False, 'shape': (" + s.literal() + ",), }\n";
        assertThat(NpyHeaderReader.read(new HeapByteSource(npy(header))).shape()).as(".npy header").containsExactly(n);

        assertThat(NumpySnippet.parse("np.ndarray((" + s.literal() + ",), '<u1')").shape())
                .as("pasted NumPy code").containsExactly(n);
    }

    @Provide
    Arbitrary<Spelled> bytesLiterals() {
        return Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40),
                Arbitraries.longs()).as(PythonLiteralPropertiesTest::spellBytes);
    }

    @Provide
    Arbitrary<Spelled> intLiterals() {
        return Combinators.combine(Arbitraries.longs().between(0, (1L << 40) - 1), Arbitraries.longs())
                .as(PythonLiteralPropertiesTest::spellInt);
    }

    private static final String SIMPLE = "\\'\"\u0007\b\f\n\r\t\u000b";
    private static final String SIMPLE_LETTERS = "\\'\"abfnrtv";

    /** Spells bytes as one or more adjacent literals, each byte by a randomly chosen escape or as itself. */
    static Spelled spellBytes(byte[] value, long seed) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < value.length) {
            int end = k + 1 + r.nextInt(value.length - k);
            if (out.length() > 0) {
                out.append(List.of(" ", "  ", "\t").get(r.nextInt(3)));
            }
            out.append(literal(value, k, end, r));
            k = end;
        }
        return new Spelled(value, out.toString());
    }

    private static String literal(byte[] value, int from, int to, Random r) {
        char quote = r.nextBoolean() ? '\'' : '"';
        boolean triple = r.nextInt(4) == 0;
        boolean rawSafe = true;
        for (int k = from; k < to; k++) {
            int b = value[k] & 0xff;
            rawSafe &= b >= 0x20 && b < 0x7f && b != '\\' && b != quote;
        }
        String prefix = List.of("b", "B").get(r.nextInt(2));
        if (rawSafe && r.nextBoolean()) {
            prefix = List.of("rb", "br", "Rb", "bR", "RB").get(r.nextInt(5));
        }
        boolean raw = prefix.length() == 2;
        String q = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        StringBuilder body = new StringBuilder();
        for (int k = from; k < to; k++) {
            int b = value[k] & 0xff;
            int next = k + 1 < to ? value[k + 1] & 0xff : -1;
            if (!raw && r.nextInt(8) == 0) {
                body.append(r.nextBoolean() ? "\\\n" : "\\\r\n"); // a line continuation adds nothing
            }
            int choice = raw ? 0 : r.nextInt(4);
            boolean plain = b >= 0x20 && b < 0x7f && b != '\\' && b != quote;
            if (choice == 0 && plain) {
                body.append((char) b);
            } else if (choice == 1 && SIMPLE.indexOf(b) >= 0) {
                body.append('\\').append(SIMPLE_LETTERS.charAt(SIMPLE.indexOf(b)));
            } else if (choice == 2) {
                String octal = Integer.toOctalString(b);
                boolean nextIsOctalDigit = plainOctalDigitMayFollow(next);
                int width = nextIsOctalDigit ? 3 : octal.length() + r.nextInt(4 - octal.length());
                body.append('\\').append("0".repeat(width - octal.length())).append(octal);
            } else if (triple && b == '\n' && r.nextBoolean()) {
                body.append('\n'); // a line break is itself inside triple quotes
            } else {
                String hex = String.format("%02x", b);
                body.append("\\x").append(r.nextBoolean() ? hex : hex.toUpperCase());
            }
        }
        return prefix + q + body + q;
    }

    /** An octal escape of fewer than 3 digits must not be followed by a digit 0-7 written as itself. */
    private static boolean plainOctalDigitMayFollow(int next) {
        return next >= '0' && next <= '7';
    }

    static Spelled spellInt(long n, long seed) {
        Random r = new Random(seed);
        BigInteger v = BigInteger.valueOf(n);
        String text = switch (r.nextInt(4)) {
            case 0 -> (r.nextBoolean() ? "0x" : "0X") + underscored(r.nextBoolean() ? v.toString(16) : v.toString(16).toUpperCase(), r);
            case 1 -> (r.nextBoolean() ? "0o" : "0O") + underscored(v.toString(8), r);
            case 2 -> (r.nextBoolean() ? "0b" : "0B") + underscored(v.toString(2), r);
            default -> underscored(v.toString(), r);
        };
        return new Spelled(v.toByteArray(), text);
    }

    /** Digits with single underscores put between some of them, as Python allows. */
    private static String underscored(String digits, Random r) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && r.nextInt(4) == 0) {
                out.append('_');
            }
            out.append(digits.charAt(k));
        }
        return out.toString();
    }

    private static byte[] npy(String header) {
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + h.length];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length, (byte) (h.length >> 8)};
        System.arraycopy(magic, 0, out, 0, magic.length);
        System.arraycopy(h, 0, out, 10, h.length);
        return out;
    }
}
