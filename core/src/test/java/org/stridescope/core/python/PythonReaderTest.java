package org.stridescope.core.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonReaderTest {

    private static PyNode read(String text) {
        return new PythonReader(text).readExpression();
    }

    private static String str(String literal) {
        return ((PyNode.Str) read(literal)).value();
    }

    private static String bytes(String literal) {
        return ((PyNode.Bytes) read(literal)).latin1();
    }

    private static PythonTextError error(String text) {
        return catchThrowableOfType(PythonTextError.class, () -> read(text));
    }

    @Test
    void aTextOfMillionsOfItemsIsRefusedBeforeItsNodesFillMemory() {
        // 5 million items would take some 500 MB of nodes
        assertThat(error("(" + "1, ".repeat(5_000_000) + ")").getMessage())
                .isEqualTo("more than 200000 items and operations: the text is too large to read");
        assertThat(error("[" + "[1, 2], ".repeat(100_000) + "]").getMessage()).contains("more than 200000 items");
        assertThat(((PyNode.Sequence) read("(" + "1, ".repeat(100_000) + ")")).items()).hasSize(100_000);
    }

    @Test
    void chainsOfAMillionStepsAreRefusedWithoutRecursing() {
        for (String text : new String[] {"a" + ".T".repeat(1_000_000), "-".repeat(1_000_000) + "1",
            "1" + "+1".repeat(1_000_000), "a" + "[0]".repeat(1_000_000)}) {
            assertThat(error(text).getMessage()).as(text.substring(0, 10)).contains("nested more than 1000 deep");
        }
        assertThat(read("a" + ".T".repeat(999))).isInstanceOf(PyNode.Attribute.class);
        assertThat(error("np.flip(".repeat(1_000_000) + "a" + ")".repeat(1_000_000)).getMessage())
                .contains("nested more than 200 levels deep");
    }

    @Test
    void everyEscapePythonHasIsDecoded() {
        assertThat(bytes("b'\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v'")).isEqualTo("\\'\"\u0007\b\f\n\r\t\u000b");
        assertThat(bytes("b'\\101\\012\\0\\7\\1234'")).isEqualTo("A\n\0\u0007S4"); // octal: up to 3 digits
        assertThat(bytes("b'\\777'")).isEqualTo("\u00ff"); // Python keeps the low byte (with a warning)
        assertThat(bytes("b'\\x41\\xfF'")).isEqualTo("A\u00ff");
        assertThat(str("'\\u00e9\\U0001F600\\x41\\777'")).isEqualTo("\u00e9\uD83D\uDE00A\u01ff");
        assertThat(bytes("b'\\u00e9'")).isEqualTo("\\u00e9"); // no \\u in bytes: the backslash stays
        assertThat(bytes("b'\\q\\8'")).isEqualTo("\\q\\8");
    }

    @Test
    void rawTripleQuotedContinuedAndAdjacentLiterals() {
        assertThat(bytes("rb'\\x41\\''")).isEqualTo("\\x41\\'");
        assertThat(bytes("b'''a'b\"\nc'''")).isEqualTo("a'b\"\nc");
        assertThat(bytes("b'ab\\\ncd'")).isEqualTo("abcd");
        assertThat(bytes("b'a' B\"b\" rb'\\n'")).isEqualTo("ab\\n");
        assertThat(str("u'a' 'b'")).isEqualTo("ab");
        assertThat(error("b'a' 'b'").getMessage()).isEqualTo("cannot mix bytes and nonbytes literals");
    }

    @Test
    void badEscapesAndNonAsciiBytesAreErrorsAtTheirPlace() {
        PythonTextError x = error("b'ab\\x4g'");
        assertThat(x.position()).isEqualTo(7);
        assertThat(x.problem(i -> "" + i)).isEqualTo("expected a second hex digit after \\x4, found 'g'");
        assertThat(x.hint()).isEqualTo("Python says: invalid \\x escape at position 2.");
        assertThat(error("b'caf\u00e9'").getMessage()).startsWith("bytes literals can only contain ASCII characters");
        assertThat(error("'\\N{BULLET}'").getMessage()).contains("\\N{...}");
        assertThat(error("'\\U00110000'").getMessage()).contains("past the last Unicode character");
        PythonTextError open = error("'abc");
        assertThat(open.problem(i -> "index " + i)).isEqualTo(
                "expected the closing quote ' of the literal opened at index 0, found the end of the text");
    }

    @Test
    void integersAreExactInEveryBase() {
        assertThat(((PyNode.Int) read("0x_ff_FF")).value()).isEqualTo(BigInteger.valueOf(0xffff));
        assertThat(((PyNode.Int) read("0o17")).value()).isEqualTo(BigInteger.valueOf(15));
        assertThat(((PyNode.Int) read("0B101")).value()).isEqualTo(BigInteger.valueOf(5));
        assertThat(((PyNode.Int) read("1_000_000")).value()).isEqualTo(BigInteger.valueOf(1_000_000));
        assertThat(((PyNode.Int) read("3L")).value()).isEqualTo(BigInteger.valueOf(3));
        assertThat(((PyNode.Int) read("123456789012345678901234567890")).value())
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(catchThrowableOfType(PythonTextError.class, ((PyNode.Int) read("99999999999999999999"))::longValue)
                .getMessage()).isEqualTo("the number 99999999999999999999 is too large");
        assertThat(error("012").getMessage()).startsWith("leading zeros in decimal integer literals are not permitted");
        assertThat(error("1__0").getMessage()).isEqualTo("expected a digit in base 10, found '_'");
        assertThat(error("0b12").getMessage()).isEqualTo("expected a digit in base 2, found '2'");
        assertThat(((PyNode.Float) read("1_0.5e-1")).value()).isEqualTo(1.05);
    }

    @Test
    void arithmeticHasPythonsPrecedence() {
        PyNode.Binary sum = (PyNode.Binary) read("1 + -2 * 3 // 4");
        assertThat(sum.op()).isEqualTo("+");
        PyNode.Binary floorDiv = (PyNode.Binary) sum.right();
        assertThat(floorDiv.op()).isEqualTo("//");
        assertThat(((PyNode.Binary) floorDiv.left()).left()).isInstanceOf(PyNode.Unary.class);
        assertThat(read("-a.T")).isInstanceOf(PyNode.Unary.class);
    }

    @Test
    void subscriptsCallsAndDisplays() {
        PyNode.Subscript s = (PyNode.Subscript) read("a[..., ::2, 1:]");
        assertThat(s.items()).hasSize(3);
        assertThat(s.items().get(0)).isInstanceOf(PyNode.Ellipsis.class);
        assertThat(s.end()).isEqualTo(15);
        PyNode.Call c = (PyNode.Call) read("np.lib.stride_tricks.as_strided(a, shape=(2,), strides=[4])");
        assertThat(PyNode.dotted(c.function())).isEqualTo("np.lib.stride_tricks.as_strided");
        assertThat(c.keywords()).extracting(PyNode.Keyword::name).containsExactly("shape", "strides");
        PyNode.Dict d = (PyNode.Dict) read("{'descr': '<f8', 'shape': (3L,),\n}");
        assertThat(d.keys()).hasSize(2);
        assertThat(error("f(x=1, x=2)").getMessage()).isEqualTo("keyword argument repeated: x");
        assertThat(error("f(x=1, 2)").getMessage()).isEqualTo("positional argument follows keyword argument");
    }

    @Test
    void statementsSkipPromptsImportsAndComments() {
        List<PyNode> lines = new PythonReader(">>> import numpy as np\n>>> s = b'ab'  # bytes\n... ; x = (1,\n 2)\nnp.f(s)")
                .readStatements();
        assertThat(lines).hasSize(3);
        assertThat(((PyNode.Assign) lines.get(0)).target()).isEqualTo("s");
        assertThat(((PyNode.Assign) lines.get(1)).value()).isInstanceOf(PyNode.Sequence.class);
        assertThat(lines.get(2)).isInstanceOf(PyNode.Call.class);
    }

    @Test
    void errorsSayWhatWasExpectedAndWhere() {
        PythonTextError never = error("f(a, [1, 2]");
        assertThat(never.position()).isEqualTo(1);
        assertThat(never.getMessage()).isEqualTo("'(' was never closed");
        assertThat(error("a)").getMessage()).isEqualTo("unmatched ')'");
        assertThat(error("a $").getMessage()).isEqualTo("the character '$' cannot be used here");
        PythonTextError comma = error("(1 2)");
        assertThat(comma.problem(i -> "column " + (i + 1)))
                .isEqualTo("expected ',' or ')' (the tuple opened at column 1), found '2'");
        assertThat(comma.inExpression("(1 2)").getMessage())
                .isEqualTo("invalid syntax at column 4: expected ',' or ')' (the tuple opened at column 1), found '2'");
        assertThat(comma.toInputError(i -> "byte " + (i + 10), "d").getMessage())
                .isEqualTo("byte 13: expected ',' or ')' (the tuple opened at byte 10), found '2'");
    }

    @Test
    void deepNestingIsATypedErrorNotAStackOverflow() {
        assertThat(error("[".repeat(100_000)).getMessage()).isEqualTo("nested more than 200 levels deep");
        assertThat(error("(".repeat(300) + "1" + ")".repeat(300)).getMessage()).contains("nested more than");
        // CPython 3.11 gives up on these too (MemoryError, RecursionError during compilation)
        assertThat(error("-".repeat(100_000) + "1").getMessage()).contains("nested more than 1000 deep");
        assertThat(read("-".repeat(999) + "1")).isInstanceOf(PyNode.Unary.class);
    }
}
