package org.stridescope.app.gui.bookmark;

import java.util.Arrays;
import org.stridescope.app.gui.model.StatusText;

/**
 * A named place in a file: a byte range ({@code first..last}) or an element of the array
 * ({@code element}, null for bytes). Saved as one line of text.
 */
record Bookmark(String name, long first, long last, long[] element) {

    static Bookmark bytes(String name, long first, long last) {
        return new Bookmark(name, first, last, null);
    }

    static Bookmark element(String name, long[] index) {
        return new Bookmark(name, -1, -1, index.clone());
    }

    boolean isElement() {
        return element != null;
    }

    Bookmark renamed(String newName) {
        return new Bookmark(newName, first, last, element);
    }

    /** Where it points, in the status bar's words: "bytes 8..11", "byte 3", "element [1, 0]". */
    String where() {
        if (isElement()) {
            return "element " + StatusText.index(element);
        }
        return first == last ? "byte " + first : "bytes " + first + ".." + last;
    }

    @Override
    public String toString() {
        return name + "  —  " + where();
    }

    /** One line: {@code b<TAB>first<TAB>last<TAB>name} or {@code e<TAB>i,j<TAB>name}. */
    String line() {
        String n = name.replace('\t', ' ').replace('\n', ' ');
        if (isElement()) {
            StringBuilder sb = new StringBuilder();
            for (long i : element) {
                sb.append(sb.isEmpty() ? "" : ",").append(i);
            }
            return "e\t" + sb + "\t" + n;
        }
        return "b\t" + first + "\t" + last + "\t" + n;
    }

    /** The bookmark a saved line holds, or null for a line this version cannot read. */
    static Bookmark parse(String line) {
        String[] p = line.split("\t", -1);
        try {
            if (p.length == 4 && p[0].equals("b")) {
                return bytes(p[3], Long.parseLong(p[1]), Long.parseLong(p[2]));
            }
            if (p.length == 3 && p[0].equals("e")) {
                long[] idx = p[1].isEmpty() ? new long[0] : Arrays.stream(p[1].split(",")).mapToLong(Long::parseLong).toArray();
                return element(p[2], idx);
            }
        } catch (NumberFormatException e) {
            // written by something else: skipped
        }
        return null;
    }
}
