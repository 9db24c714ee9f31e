package org.stridescope.app.base;

import org.stridescope.core.format.TupleText;

/**
 * The form's number text: tuples shown back as Python writes them. (What is typed is read by
 * {@link org.stridescope.core.layout.TypedLayout}, shared with the command line and lessons.)
 */
public final class LayoutText {
    private LayoutText() {
    }

    /** Python's tuple text: {@code (2, 2)}, {@code (4,)}, {@code ()}. */
    public static String tuple(long[] values) {
        return TupleText.tuple(values);
    }

    /** The form's own text for a list: {@code 2,2}. */
    public static String commaList(long[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(i > 0 ? "," : "").append(values[i]);
        }
        return sb.toString();
    }
}
