package org.stridescope.core.python;

import java.util.function.IntFunction;
import org.stridescope.core.StridescopeError;

/**
 * Python text that does not read as expected, at a 0-based character index of the text. The
 * problem is worded once ("expected ',' or ')', found 'x'"); each reader places it its own way:
 * {@code "line 2, column 5"} in pasted code, a caret under an expression, {@code "byte 23"} in a
 * .npy header. A problem may name a second place (where a bracket or a quote opened), written as
 * {@link #OPENED} in the text and placed the same way when rendered.
 */
public final class PythonTextError extends RuntimeException {
    /** Stands in the problem for the place of {@link #opened()}. */
    public static final String OPENED = "@opened";

    private final int position;
    private final String problem;
    private final int opened;
    private final String hint;

    /**
     * @param position   0-based character index the problem is at
     * @param problem    what is wrong, without the place
     * @param opened     0-based index of a related place named by {@link #OPENED} in the problem, or -1
     * @param hint more for the detail (Python's own wording, a way out); or null
     */
    public PythonTextError(int position, String problem, int opened, String hint) {
        super(problem, null, false, false);
        this.position = position;
        this.problem = problem;
        this.opened = opened;
        this.hint = hint;
    }

    public PythonTextError(int position, String problem) {
        this(position, problem, -1, null);
    }

    public int position() {
        return position;
    }

    public int opened() {
        return opened;
    }

    /** More for the detail, or null. */
    public String hint() {
        return hint;
    }

    /** The problem with any related place written by {@code where}. */
    public String problem(IntFunction<String> where) {
        return opened < 0 ? problem : problem.replace(OPENED, where.apply(opened));
    }

    /**
     * "place: problem" as an InputError; the detail says what the text was read as.
     *
     * @param where  a 0-based character index as a place: "line 2, column 5", "byte 23"
     * @param detail the error's detail (the hint, if any, is added to it)
     */
    public StridescopeError toInputError(IntFunction<String> where, String detail) {
        return StridescopeError.inputError(where.apply(position) + ": " + problem(where), withHint(detail));
    }

    /** As Python's SyntaxError shows it: "invalid syntax at column C: problem", with a caret under the text. */
    public StridescopeError inExpression(String source) {
        IntFunction<String> column = i -> "column " + (i + 1);
        return StridescopeError.inputError("invalid syntax at " + column.apply(position) + ": " + problem(column),
                withHint("The expression could not be read as Python:\n  " + source + "\n  "
                        + " ".repeat(Math.max(0, position)) + "^"));
    }

    private String withHint(String detail) {
        return hint == null ? detail : detail + " " + hint;
    }

    /** The character at {@code index} as a person would name it: "'x'", "a space", "the end of the line". */
    public static String describeAt(CharSequence text, int index) {
        if (index >= text.length()) {
            return "the end of the text";
        }
        int cp = Character.codePointAt(text, index);
        return switch (cp) {
            case '\n' -> "the end of the line";
            case '\r' -> "a carriage return";
            case '\t' -> "a tab";
            case ' ' -> "a space";
            default -> Character.isISOControl(cp) || Character.isSurrogate((char) cp)
                    ? String.format("the control character U+%04X", cp)
                    : "'" + new String(Character.toChars(cp)) + "'";
        };
    }
}
