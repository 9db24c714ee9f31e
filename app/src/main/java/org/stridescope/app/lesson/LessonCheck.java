package org.stridescope.app.lesson;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.layout.NumberLists;
import org.stridescope.app.base.LayoutText;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.format.ScalarText;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.layout.Flags;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.NumberLists;
import org.stridescope.core.layout.TypedLayout;
import org.stridescope.core.layout.Overlap;

/**
 * Checks that a lesson's promises hold: builds the array its setup describes with Stridescope's
 * core, the way the window and {@code inspect} do, and compares each expectation's text with what
 * the learner will see. {@code scripts/lessons/check_lessons.py} checks the same lines with NumPy.
 */
public final class LessonCheck {
    private LessonCheck() {
    }

    /** Every promise that does not hold, one line each ("expect [0, 0]: is 1, the lesson says 2"); empty if all hold. */
    public static List<String> problems(Lesson lesson) {
        List<String> out = new ArrayList<>();
        compare(lesson.name() + ": expect", build(lesson.setup()), lesson.expectations(), out);
        if (!lesson.tryExpectations().isEmpty()) {
            compare(lesson.name() + ": try-expect", build(lesson.afterTry()), lesson.tryExpectations(), out);
        }
        return out;
    }

    private static void compare(String label, Inspection view, List<Lesson.Expectation> promises, List<String> out) {
        if (!view.isOk()) {
            out.add(label + ": the layout is not an array: " + view.error().type() + ": " + view.error().getMessage());
            return;
        }
        for (Lesson.Expectation e : promises) {
            String got;
            try {
                got = actual(view.source(), view.layout(), view.flags(), e.what());
            } catch (StridescopeError err) {
                got = err.type() + ": " + err.getMessage();
            }
            if (!got.equals(e.value())) {
                out.add(label + " " + e.what() + " (line " + e.line() + "): is " + got + ", the lesson says " + e.value());
            }
        }
    }

    /** The array a setup describes, as {@code stridescope inspect} would build it. */
    public static Inspection build(Lesson.Setup setup) {
        ByteSource source;
        try {
            source = new HeapByteSource(PasteParser.parse(setup.bytes()), "lesson bytes");
        } catch (StridescopeError e) {
            return Inspection.failed(new HeapByteSource(new byte[0], "no bytes"), e);
        }
        return Inspector.inspect(source, TypedLayout.ofFields(setup.dtype(), setup.shape(), setup.strides(),
                setup.offset()), setup.expr());
    }

    /**
     * What the learner sees for one expectation's {@code what}: an element's value as NumPy
     * prints it, the shape or strides as Python tuples, {@code dtype.str}, an element's bytes, a flag.
     *
     * @throws StridescopeError InputError for a {@code what} lessons cannot promise
     */
    public static String actual(ByteSource source, Layout layout, Flags flags, String what) {
        String w = what.strip();
        if (w.startsWith("bytes of [")) {
            return layout.bytesOf(index(layout, w.substring("bytes of ".length()))).toString();
        }
        if (w.startsWith("[")) {
            return ScalarText.str(layout.dtype(), source, layout.byteOf(index(layout, w)));
        }
        return switch (w) {
            case "shape" -> LayoutText.tuple(layout.shape());
            case "strides" -> LayoutText.tuple(layout.strides());
            case "dtype" -> layout.dtype().str();
            case "c_contiguous" -> python(flags.cContiguous());
            case "f_contiguous" -> python(flags.fContiguous());
            case "aligned" -> python(flags.aligned());
            case "writeable" -> python(flags.writeable());
            case "overlapping" -> python(Overlap.of(layout).overlapping());
            default -> throw StridescopeError.inputError("a lesson cannot promise '" + what + "'",
                    "Expectations are [i, j], bytes of [i, j], shape, strides, dtype or a flag.");
        };
    }

    private static long[] index(Layout layout, String text) {
        long[] index = NumberLists.parse(text, "index");
        if (index.length != layout.ndim()) {
            throw StridescopeError.inputError("index " + text + " has " + index.length + " numbers, the array "
                    + layout.ndim() + " axes", "Name an element with one number per axis.");
        }
        for (int k = 0; k < index.length; k++) {
            if (index[k] < 0 || index[k] >= layout.shape(k)) {
                throw StridescopeError.inputError("index " + text + " is outside shape "
                        + LayoutText.tuple(layout.shape()), "Each number must be below that axis's length.");
            }
        }
        return index;
    }

    private static String python(boolean b) {
        return b ? "True" : "False";
    }
}
