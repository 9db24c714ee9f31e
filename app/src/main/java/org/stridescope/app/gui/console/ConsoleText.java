package org.stridescope.app.gui.console;

import org.stridescope.app.gui.model.ExpressionRun;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.ReprField;

/**
 * A run as a Python console shows it: {@code >>> expression}, then NumPy's repr of the result,
 * or the last line of the traceback ({@code IndexError: ...}). Errors NumPy itself would not
 * raise (a read outside the bytes, unreadable input) say {@code Stridescope:} first and add plain
 * words as comments; where NumPy copies or gives a number, a comment says so above what NumPy
 * prints for it.
 */
public final class ConsoleText {
    static final String PROMPT = ">>> ";
    private static final int COMMENT_WIDTH = 75; // NumPy's line width

    private ConsoleText() {
    }

    /** The transcript lines of one run, each ending in a new line. */
    public static String of(ExpressionRun run) {
        StringBuilder sb = new StringBuilder(PROMPT).append(run.asTyped()).append('\n');
        if (run.copied() != null) {
            boolean number = !run.copied().startsWith("array(");
            wrapAsComment(sb, (number ? "A number" : "A copy") + ", not a view of these bytes: NumPy computes it in new"
                    + " memory, so the views keep the last array. What NumPy prints, computed from the same bytes:");
            sb.append(run.copied()).append('\n');
        } else if (run.error() != null) {
            sb.append(errorText(run.error()));
        } else {
            sb.append(repr(run.array())).append('\n');
        }
        return sb.toString();
    }

    /** What NumPy prints for the array; when NumPy itself would raise while printing, that error. */
    static String repr(ShownArray array) {
        try {
            return ReprField.repr(Inspection.ok(array.source(), array.layout()));
        } catch (StridescopeError e) {
            return errorText(e).stripTrailing();
        }
    }

    /**
     * NumPy's own errors as Python prints them; Stridescope's (a read outside the bytes, a copy,
     * unreadable input) marked as such, so none passes for a NumPy exception.
     */
    static String errorText(StridescopeError e) {
        StringBuilder sb = new StringBuilder(e.isNumpys() ? "" : "Stridescope: ")
                .append(e.type()).append(": ").append(e.getMessage()).append('\n');
        if (!e.isNumpys() && e.detail() != null && !e.detail().isBlank()) {
            for (String line : e.detail().split("\n")) {
                if (line.startsWith(" ")) {
                    sb.append("#").append(line).append('\n'); // laid out already (a caret under a column)
                } else {
                    wrapAsComment(sb, line);
                }
            }
        }
        return sb.toString();
    }

    /** Appends {@code # words} lines no wider than NumPy's line width. */
    private static void wrapAsComment(StringBuilder sb, String text) {
        StringBuilder line = new StringBuilder("#");
        for (String word : text.strip().split(" +")) {
            if (line.length() > 1 && line.length() + 1 + word.length() > COMMENT_WIDTH) {
                sb.append(line).append('\n');
                line = new StringBuilder("#");
            }
            line.append(' ').append(word);
        }
        sb.append(line).append('\n');
    }
}
