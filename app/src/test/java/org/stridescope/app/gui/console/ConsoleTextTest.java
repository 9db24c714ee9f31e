package org.stridescope.app.gui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.stridescope.app.gui.model.ExpressionRun;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.expr.ExpressionEvaluator;
import org.stridescope.core.layout.ArrayConstructors;
import org.stridescope.core.layout.Layout;

/** A run reads like a Python console: the prompt line, then what NumPy 1.24 prints. */
class ConsoleTextTest {
    private static final HeapByteSource SEED = new HeapByteSource(HexFormat.of().parseHex("61616162616161636161616461616165"), "seed");
    private static final Layout A = ArrayConstructors.ndarray(16, DType.parse(">i4"), new long[] {2, 2}, null, 0);

    private static ExpressionRun ok(String expression) {
        return new ExpressionRun(expression, new ShownArray(SEED, ExpressionEvaluator.apply(expression.isBlank() ? "a" : expression, A, 16)), null);
    }

    private static ExpressionRun failed(String expression) {
        try {
            ExpressionEvaluator.apply(expression, A, 16);
            throw new AssertionError("expected an error");
        } catch (StridescopeError e) {
            return new ExpressionRun(expression, null, e);
        }
    }

    @Test
    void anArrayPrintsAsNumpysRepr() {
        // >>> a[::2].T  (NumPy 1.24)
        assertThat(ConsoleText.of(ok("a[::2].T"))).isEqualTo("""
                >>> a[::2].T
                array([[1633771874],
                       [1633771875]], dtype=int32)
                """);
    }

    @Test
    void anEmptyExpressionIsA() {
        assertThat(ConsoleText.of(ok(""))).startsWith(">>> a\narray([[1633771874, 1633771875],\n");
    }

    @Test
    void numpysErrorIsTheTracebacksLastLineOnly() {
        assertThat(ConsoleText.of(failed("a[5]"))).isEqualTo("""
                >>> a[5]
                IndexError: index 5 is out of bounds for axis 0 with size 2
                """);
    }

    @Test
    void anErrorNumpyWouldNotRaiseSaysWhyAsComments() {
        String text = ConsoleText.of(failed("a.T.ravel()"));
        assertThat(text).startsWith(">>> a.T.ravel()\nStridescope: CopyRequired: ravel() needs a copy\n# ");
        assertThat(text.lines().skip(2)).allSatisfy(l -> assertThat(l).startsWith("# ").hasSizeLessThanOrEqualTo(75));
    }

    @Test
    void aSyntaxErrorKeepsItsCaretUnderTheColumn() {
        java.util.List<String> lines = ConsoleText.of(failed("a[")).lines().toList();
        int code = lines.indexOf(lines.stream().filter(l -> l.startsWith("#") && l.endsWith(" a[")).findFirst().orElseThrow());
        // Python: the text ends too early, the caret points just past "a["
        assertThat(lines.get(code + 1).indexOf('^')).isEqualTo(lines.get(code).length());
    }
}
