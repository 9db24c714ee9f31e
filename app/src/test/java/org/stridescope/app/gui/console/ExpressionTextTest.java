package org.stridescope.app.gui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.expr.ExpressionEvaluator;
import org.stridescope.core.layout.ArrayConstructors;
import org.stridescope.core.layout.Layout;

/**
 * The operations write NumPy onto the expression already there, and what they write is the
 * view NumPy 1.24 makes (strides and byte offsets from NumPy on {@code a = np.ndarray((2,2),
 * '>i4', b'aaabaaacaaadaaae')}).
 */
class ExpressionTextTest {
    private static final Layout A = ArrayConstructors.ndarray(16, DType.parse(">i4"), new long[] {2, 2}, null, 0);

    /** The text evaluated by core: {shape..., strides..., offset} to compare with NumPy's. */
    private static Layout view(String expression) {
        return ExpressionEvaluator.apply(expression, A, 16);
    }

    @Test
    void transposeAppendsDotTToWhatIsThere() {
        assertThat(ExpressionText.transpose("")).isEqualTo("a.T");
        assertThat(ExpressionText.transpose("a[::2]")).isEqualTo("a[::2].T");
        // a[::2].T: shape (2, 1), strides (4, 16)
        assertThat(view(ExpressionText.transpose("a[::2]")).strides()).containsExactly(4, 16);
    }

    @Test
    void flipWrapsTheExpressionInNpFlip() {
        String text = ExpressionText.flip("a.T", 0);
        assertThat(text).isEqualTo("np.flip(a.T, 0)");
        // np.flip(a.T, 0): strides (-4, 8), offset 4
        assertThat(view(text).strides()).containsExactly(-4, 8);
        assertThat(view(text).offset()).isEqualTo(4);
    }

    @Test
    void sliceWritesEachAxisAndLeavesOutWhatIsNumpysDefault() {
        String text = ExpressionText.slice("", List.of(new String[] {"", "", "-1"}, new String[] {"1", "", ""}));
        assertThat(text).isEqualTo("a[::-1, 1:]");
        // a[::-1, 1:]: shape (2, 1), strides (-8, 4), offset 12
        assertThat(view(text).shape()).containsExactly(2, 1);
        assertThat(view(text).offset()).isEqualTo(12);
        assertThat(ExpressionText.slice("a.T", List.of(new String[] {"", "", ""}, new String[] {"", "", "2"})))
                .isEqualTo("a.T[:, ::2]");
    }

    @Test
    void aSliceOfWholeAxesChangesNothing() {
        assertThat(ExpressionText.slice("a.T", List.of(new String[] {"", "", ""}, new String[] {" ", "", ""})))
                .isEqualTo("a.T");
    }

    @Test
    void broadcastAndSlidingWindowWriteNumpysCalls() {
        String b = ExpressionText.broadcastTo("a[0]", new long[] {3, 2});
        assertThat(b).isEqualTo("np.broadcast_to(a[0], (3, 2))");
        // strides (0, 4)
        assertThat(view(b).strides()).containsExactly(0, 4);
        String w = ExpressionText.slidingWindow("", new long[] {1, 2}, new long[0]);
        assertThat(w).isEqualTo("np.lib.stride_tricks.sliding_window_view(a, (1, 2))");
        // shape (2, 1, 1, 2), strides (8, 4, 8, 4)
        assertThat(view(w).strides()).containsExactly(8, 4, 8, 4);
        String axes = ExpressionText.slidingWindow("a", new long[] {2, 1}, new long[] {1, 0});
        assertThat(axes).isEqualTo("np.lib.stride_tricks.sliding_window_view(a, (2, 1), axis=(1, 0))");
        // shape (2, 1, 2, 1), strides (8, 4, 4, 8)
        assertThat(view(axes).strides()).containsExactly(8, 4, 4, 8);
        assertThat(ExpressionText.slidingWindow("a[0]", new long[] {2}, new long[] {0}))
                .isEqualTo("np.lib.stride_tricks.sliding_window_view(a[0], 2, axis=0)");
    }

    @Test
    void anExpressionThatIsNotPythonIsBracketedBeforeAddingTo() {
        assertThat(ExpressionText.transpose("a[1")).isEqualTo("(a[1).T");
    }
}
