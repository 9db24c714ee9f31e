package org.stridescope.app.gui.model;

import java.util.HexFormat;
import java.util.StringJoiner;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.TupleText;
import org.stridescope.app.base.LayoutText;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Flags;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.Readers;

/** The status bar's words: what is selected, and what the array is. */
public final class StatusText {
    private static final int HEX_SHOWN = 16;

    private StatusText() {
    }

    /** {@code <f4 (float32)}; an ml_dtypes type's text is already its name ({@code bfloat16}). */
    private static String typeText(DType t) {
        return t.str().endsWith(t.name()) ? t.str() : t.str() + " (" + t.name() + ")";
    }

    /** {@code (2, 2) int32 · strides (8, 4) · size 4 · nbytes 16 · C_CONTIGUOUS ALIGNED}. */
    public static String array(ShownArray a) {
        Layout layout = a.layout();
        StringBuilder sb = new StringBuilder();
        sb.append("shape ").append(LayoutText.tuple(layout.shape()))
                .append("  ·  ").append(typeText(layout.dtype()))
                .append("  ·  strides ").append(LayoutText.tuple(layout.strides()))
                .append("  ·  offset ").append(layout.offset())
                .append("  ·  size ").append(layout.size())
                .append("  ·  nbytes ").append(layout.nbytes());
        String flags = flags(a);
        if (!flags.isEmpty()) {
            sb.append("  ·  ").append(flags);
        }
        return sb.toString();
    }

    /** NumPy's flag names that are true, e.g. {@code C_CONTIGUOUS ALIGNED}. */
    public static String flags(ShownArray a) {
        Flags f;
        try {
            f = a.flags();
        } catch (RuntimeException e) {
            return "";
        }
        StringJoiner j = new StringJoiner(" ");
        if (f.cContiguous()) {
            j.add("C_CONTIGUOUS");
        }
        if (f.fContiguous()) {
            j.add("F_CONTIGUOUS");
        }
        if (f.aligned()) {
            j.add("ALIGNED");
        }
        j.add(f.writeable() ? "WRITEABLE" : "read-only");
        return j.toString();
    }

    /** What the selection is, in the words a person would use. */
    public static String selection(ShownArray a, Selection s, Readers readers) {
        if (a == null) {
            return "No array yet: only the bytes, until the layout fits.";
        }
        if (s instanceof Selection.Nothing) {
            return "Click an element or a byte to see how they connect.";
        }
        if (s instanceof Selection.Elements e) {
            String field = e.oneField() ? "  ·  field " + a.fields().leaf(e.field()).name() : "";
            long[] idx = e.lead();
            String value = e.oneField() ? a.fieldValue(idx, e.field()) : a.value(idx);
            if (e.single()) {
                ByteRange r = a.bytesOf(idx, e.field());
                return (a.fields() == null ? "Element " : "Record ") + index(idx) + field + "  ·  bytes " + r
                        + "  ·  " + hex(a, r) + "  ·  value " + value;
            }
            return e.count() + (a.fields() == null ? " elements " : " records ") + index(e.low()) + " .. "
                    + index(e.high()) + " selected" + field + "  ·  lead " + index(idx) + " = " + value;
        }
        Selection.Bytes b = (Selection.Bytes) s;
        ByteRange r = b.range();
        String what = r.length() == 1 ? "Byte " + r.start() + " (0x" + hex(a, r) + ")" : "Bytes " + r + "  ·  " + hex(a, r);
        long n = readers == null ? 0 : readers.count();
        String who;
        if (n == 0) {
            who = "read by no element";
        } else {
            who = "read by " + n + (n == 1 ? " element: " : " elements, first: ") + index(readers.first().get(0));
        }
        ShownArray.FieldByte f = r.length() == 1 ? a.fieldByte(r.start(), readers) : null;
        if (f != null) {
            who = fieldByte(f, a.fields().itemsize()) + (n > 1 ? "  ·  read by " + n + " records" : "");
        }
        return what + "  ·  " + who;
    }

    /**
     * {@code record [3], field pos[1], byte 2 of 4} (bytes counted from 1), or
     * {@code record [3], padding: byte 2 of 8, no field reads it}.
     */
    public static String fieldByte(ShownArray.FieldByte f, int itemsize) {
        String record = "record " + index(f.record());
        if (f.leaf() == null) {
            return record + ", padding: byte " + (f.byteInLeaf() + 1) + " of " + itemsize + ", no field reads it";
        }
        return record + ", field " + f.leaf().name() + ", byte " + (f.byteInLeaf() + 1) + " of "
                + f.leaf().dtype().itemsize();
    }

    /** The hovered element: index, bytes, hex and value. */
    public static String hoverElement(ShownArray a, long[] idx) {
        return hoverElement(a, idx, -1);
    }

    /** The hovered element, or one field of a record ({@code field} its column; -1 the whole record). */
    public static String hoverElement(ShownArray a, long[] idx, long field) {
        return pointerOn(selection(a, new Selection.Elements(idx, idx, field), null));
    }

    /** The hovered byte: its value, whether it is file header, and how many elements read it. */
    public static String hoverByte(ShownArray a, long pos, long headerLength) {
        Readers r = a.readers(pos, 1);
        String what = selection(a, new Selection.Bytes(pos, pos), r);
        String header = pos < headerLength ? "  ·  file header (bytes 0.." + (headerLength - 1) + ")" : "";
        return pointerOn(what + header);
    }

    private static String pointerOn(String what) {
        return "Pointer on " + Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }

    /** NumPy's index text: {@code [1, 0]}, or {@code []} for a 0-d array. */
    public static String index(long[] idx) {
        return TupleText.index(idx);
    }

    /** The bytes as hex pairs, at most {@value #HEX_SHOWN} of them. */
    public static String hex(ShownArray a, ByteRange r) {
        long size = a.source().size();
        long start = Math.max(0, r.start());
        long end = Math.min(size, Math.min(r.endExclusive(), start + HEX_SHOWN));
        if (end <= start) {
            return "";
        }
        byte[] bytes = new byte[(int) (end - start)];
        a.source().read(start, bytes, 0, bytes.length);
        String text = HexFormat.ofDelimiter(" ").formatHex(bytes);
        return end < r.endExclusive() ? text + " …" : text;
    }
}
