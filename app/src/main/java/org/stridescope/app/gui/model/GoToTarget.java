package org.stridescope.app.gui.model;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.format.CountText;
import org.stridescope.app.base.LayoutText;

/**
 * Where Edit > Go To… goes: a byte of the buffer ({@code 1234}, {@code 0x4d2}) or an element of
 * the shown array ({@code [3, 5]}, {@code a[3, -1]}, {@code 3, 5}; negative indices count from the
 * end, as in NumPy). A bare number is a byte offset, as in a hex editor.
 */
public sealed interface GoToTarget {
    record Byte(long position) implements GoToTarget {
    }

    record Element(long[] index) implements GoToTarget {
    }

    /**
     * Reads {@code text} against a buffer of {@code size} bytes and an array of {@code shape}
     * (null when there is no array).
     *
     * @throws IllegalArgumentException saying what is wrong and what would do
     */
    static GoToTarget parse(String text, long size, long[] shape) {
        String t = text.strip().replace("_", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type a byte offset (1234 or 0x4d2) or an element index ([3, 5]).");
        }
        boolean element = t.startsWith("a[") || t.startsWith("view[") || t.startsWith("[") || t.startsWith("(")
                || t.contains(",");
        return element ? element(t, shape) : new Byte(position(t, size));
    }

    private static long position(String t, long size) {
        long pos;
        try {
            pos = t.regionMatches(true, 0, "0x", 0, 2) ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a byte offset: write it in decimal (1234) or hex (0x4d2).");
        }
        if (pos < 0 || pos >= size) {
            throw new IllegalArgumentException("byte " + t + " is outside the buffer, which has " + String.format("%,d", size)
                    + " bytes (0.." + (size - 1) + ", 0x0..0x" + Long.toHexString(Math.max(0, size - 1)) + ").");
        }
        return pos;
    }

    private static Element element(String t, long[] shape) {
        if (shape == null) {
            throw new IllegalArgumentException("There is no array to go to an element of: the layout is not valid.");
        }
        String inner = t.replaceFirst("^(a|view)(?=\\[)", "");
        if ((inner.startsWith("[") && inner.endsWith("]")) || (inner.startsWith("(") && inner.endsWith(")"))) {
            inner = inner.substring(1, inner.length() - 1);
        }
        List<Long> parts = new ArrayList<>();
        for (String p : inner.split(",", -1)) {
            if (p.isBlank()) {
                continue; // (3,) and [] are fine
            }
            try {
                parts.add(Long.parseLong(p.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p.strip() + "' is not an index: an element is given by whole numbers, [3, 5].");
            }
        }
        if (parts.size() != shape.length) {
            throw new IllegalArgumentException("the array has " + CountText.of(shape.length, "dimension")
                    + " (shape " + LayoutText.tuple(shape) + "), so an element needs " + shape.length + " ind"
                    + (shape.length == 1 ? "ex" : "ices") + ", not " + parts.size() + ".");
        }
        long[] index = new long[shape.length];
        for (int k = 0; k < shape.length; k++) {
            long i = parts.get(k);
            long at = i < 0 ? i + shape[k] : i;
            if (at < 0 || at >= shape[k]) {
                // NumPy's own words for it
                throw new IllegalArgumentException("index " + i + " is out of bounds for axis " + k + " with size " + shape[k]);
            }
            index[k] = at;
        }
        return new Element(index);
    }
}
