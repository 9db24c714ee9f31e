package org.stridescope.core.layout;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.StridescopeError.Argument;

/**
 * A layout as a person types it, in the window's form, on the command line or in a lesson: text,
 * not yet numbers. A null field is absent and takes NumPy's default: no shape is
 * {@code np.frombuffer}, no strides is C order, no offset is 0, no count is "all that fit".
 *
 * @param dtype   NumPy's dtype text; null for the default {@code <f8}
 * @param shape   a comma list ({@code "2,3"}, {@code "(4,)"}); {@code ""} and {@code "()"} are 0-d
 * @param strides a comma list of byte strides
 * @param offset  a whole number of bytes
 * @param count   frombuffer's count
 */
public record TypedLayout(String dtype, String shape, String strides, String offset, String count) {

    /** A form's fields, where a blank field means absent (a 0-d shape is written {@code ()}). */
    public static TypedLayout ofFields(String dtype, String shape, String strides, String offset) {
        return new TypedLayout(dtype, blankIsAbsent(shape), blankIsAbsent(strides), blankIsAbsent(offset), null);
    }

    /**
     * The numbers this text stands for.
     *
     * @throws StridescopeError naming the argument that could not be read
     */
    public LayoutSpec spec() {
        long[] shapeNumbers = shape == null ? null : read(Argument.SHAPE, () -> NumberLists.parse(shape, "shape"));
        long[] strideNumbers = strides == null ? null : read(Argument.STRIDES, () -> NumberLists.parse(strides, "strides"));
        if (strideNumbers != null && shapeNumbers == null) {
            throw StridescopeError.inputError("strides need a shape",
                    "Without a shape the bytes are read like np.frombuffer: one row, no strides.").about(Argument.STRIDES);
        }
        long offsetNumber = read(Argument.OFFSET, () -> NumberLists.single(offset, "offset", 0));
        long countNumber = read(Argument.COUNT, () -> NumberLists.single(count, "count", -1));
        return new LayoutSpec(dtype, shapeNumbers, strideNumbers, offsetNumber, countNumber);
    }

    private static <T> T read(Argument argument, java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (StridescopeError e) {
            throw e.about(argument);
        }
    }

    private static String blankIsAbsent(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
