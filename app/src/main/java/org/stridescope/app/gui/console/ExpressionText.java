package org.stridescope.app.gui.console;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.app.base.LayoutText;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.expr.Expression;
import org.stridescope.core.python.PyNode;

/**
 * The buttons' and menu items' operations written in NumPy, composed onto the expression
 * already there ({@code a[::2]} transposed is {@code a[::2].T}), so the user sees the spelling.
 */
public final class ExpressionText {
    private ExpressionText() {
    }

    /** {@code e.T}: the axes reversed. */
    public static String transpose(String e) {
        return postfixOperand(e) + ".T";
    }

    /** {@code np.flip(e, axis)}: positions along one axis in reverse order. */
    public static String flip(String e, int axis) {
        return "np.flip(" + argument(e) + ", " + axis + ")";
    }

    /**
     * {@code e[start:stop:step, ...]} from each axis's three texts (blank parts left out, as
     * Python allows); trailing whole axes ({@code :}) are left out too. No slicing at all: {@code e}.
     */
    public static String slice(String e, List<String[]> startStopStep) {
        List<String> items = new ArrayList<>();
        for (String[] s : startStopStep) {
            String start = s[0].strip();
            String stop = s[1].strip();
            String step = s[2].strip();
            items.add(start + ":" + stop + (step.isEmpty() ? "" : ":" + step));
        }
        while (!items.isEmpty() && items.get(items.size() - 1).equals(":")) {
            items.remove(items.size() - 1);
        }
        if (items.isEmpty()) {
            return e.strip();
        }
        return postfixOperand(e) + "[" + String.join(", ", items) + "]";
    }

    /** {@code np.broadcast_to(e, shape)}: repeats without copying (stride 0 on new or length-1 axes). */
    public static String broadcastTo(String e, long[] shape) {
        return "np.broadcast_to(" + argument(e) + ", " + LayoutText.tuple(shape) + ")";
    }

    /** {@code np.lib.stride_tricks.sliding_window_view(e, window[, axis=...])}. */
    public static String slidingWindow(String e, long[] window, long[] axes) {
        String w = window.length == 1 ? Long.toString(window[0]) : LayoutText.tuple(window);
        String axis = axes.length == 0 ? "" : ", axis=" + (axes.length == 1 ? Long.toString(axes[0]) : LayoutText.tuple(axes));
        return "np.lib.stride_tricks.sliding_window_view(" + argument(e) + ", " + w + axis + ")";
    }

    /** The expression as a function argument: blank is {@code a}. */
    static String argument(String e) {
        return e.isBlank() ? "a" : e.strip();
    }

    /** The expression ready for {@code .T} or {@code [...]} after it: bracketed unless it binds tighter already. */
    static String postfixOperand(String e) {
        String t = argument(e);
        try {
            PyNode root = Expression.parse(t).root();
            if (!(root instanceof PyNode.Binary || root instanceof PyNode.Unary
                    || root instanceof PyNode.Sequence s && !s.list())) {
                return t;
            }
        } catch (StridescopeError notPython) {
            // Unreadable as it stands: brackets keep the new part from changing its meaning.
        }
        return "(" + t + ")";
    }
}
