package org.stridescope.app.lesson;

import java.util.List;

/**
 * A guided example: bytes and a layout to load, a few sentences about them, one thing to try,
 * and the values the text promises ({@code expect}), which the tests check against core. The
 * {@code try} text may come with the edits it asks for ({@code tryEdits}) and the values they
 * promise, checked the same way.
 *
 * @param name          the file name without {@code .lesson}, as {@code --lesson NAME} takes it
 * @param select        an element to select when the lesson opens, or null
 * @param file          the name of the file its bytes are (a checkpoint: "transpose.pt"), opened
 *                      as that file so the window shows what the file holds; null: pasted bytes
 */
public record Lesson(String name, String title, String text, String tryThis, Setup setup, long[] select,
                     List<Expectation> expectations, Setup afterTry, List<Expectation> tryExpectations, String file) {

    public Lesson {
        select = select == null ? null : select.clone();
        expectations = List.copyOf(expectations);
        tryExpectations = List.copyOf(tryExpectations);
    }

    @Override
    public long[] select() {
        return select == null ? null : select.clone();
    }

    /**
     * What the window's form holds for a lesson: the bytes as pasted text and each layout field
     * as typed ({@code shape} blank: {@code np.frombuffer}; {@code strides} blank: C order).
     */
    public record Setup(String bytes, String dtype, String shape, String strides, String offset, String expr) {
    }

    /**
     * A value the lesson promises about the array on screen: {@code what} is {@code [1, 1]} (the
     * element's value as NumPy prints it), {@code shape}, {@code strides}, {@code dtype},
     * {@code bytes of [1, 1]} or a flag ({@code c_contiguous}, {@code overlapping}...).
     */
    public record Expectation(String what, String value, int line) {
        @Override
        public String toString() {
            return what + " = " + value;
        }
    }
}
