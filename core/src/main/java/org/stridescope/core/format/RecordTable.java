package org.stridescope.core.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stridescope.core.PythonText;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Field;

/**
 * A record dtype as a table of fields (what the window's record editor shows): each row a name,
 * a type ({@code <f4}, or a nested record's text), a subarray shape ({@code ""}, {@code 3},
 * {@code 2,3}) and an offset ({@code ""} = where NumPy would put it). Turns the rows into dtype
 * text the dtype field reads ({@link #text}), a dtype back into rows ({@link #rows}), and says
 * where the padding is ({@link #summary}). Whether the text is a valid dtype is
 * {@code DType.parse}'s to say, with NumPy's messages.
 */
public final class RecordTable {
    private RecordTable() {
    }

    /** One field as typed: blank shape = a scalar field, blank offset = automatic, blank title = none. */
    public record Row(String name, String type, String shape, String offset, String title) {
        public Row {
            name = name == null ? "" : name;
            type = type == null ? "" : type;
            shape = shape == null ? "" : shape;
            offset = offset == null ? "" : offset;
            title = title == null ? "" : title;
        }

        public Row(String name, String type, String shape, String offset) {
            this(name, type, shape, offset, "");
        }
    }

    /**
     * The dtype text for the rows: the list form {@code [('a', 'u1'), ('b', '<i4')]};
     * {@code np.dtype([...], align=True)} with C struct padding; the dict form with
     * {@code offsets} (and {@code 'aligned': True}) when any offset is typed, blank offsets then
     * following the field before (aligned to the field's type when {@code align}).
     */
    public static String text(List<Row> rows, boolean align) {
        return text(rows, align, "");
    }

    /**
     * As {@link #text(List, boolean)}, with an itemsize typed ({@code ""}: NumPy's). Titles or an
     * itemsize need the dict form ({@code 'titles'}, {@code 'itemsize'}), so nothing the dtype had is lost.
     */
    public static String text(List<Row> rows, boolean align, String itemsize) {
        boolean titles = rows.stream().anyMatch(r -> !r.title().isBlank());
        boolean offsets = titles || !itemsize.isBlank() || rows.stream().anyMatch(r -> !r.offset().isBlank());
        if (!offsets) {
            List<String> items = new ArrayList<>();
            for (Row r : rows) {
                String shape = shape(r.shape());
                items.add("(" + PythonText.repr(r.name().strip()) + ", " + type(r.type())
                        + (shape == null ? "" : ", " + shape) + ")");
            }
            String list = "[" + String.join(", ", items) + "]";
            return align ? "np.dtype(" + list + ", align=True)" : list;
        }
        List<String> names = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<String> offs = new ArrayList<>();
        long next = 0;
        for (Row r : rows) {
            names.add(PythonText.repr(r.name().strip()));
            String shape = shape(r.shape());
            formats.add(shape == null ? type(r.type()) : "(" + type(r.type()) + ", " + shape + ")");
            String typed = r.offset().strip();
            long at;
            if (!typed.isEmpty()) {
                offs.add(typed);
                at = typed.matches("\\d{1,12}") ? Long.parseLong(typed) : next;
            } else {
                at = align ? roundUp(next, alignmentOf(r)) : next;
                offs.add(Long.toString(at));
            }
            next = at + sizeOf(r);
        }
        String titleList = "";
        if (titles) {
            List<String> t = new ArrayList<>();
            for (Row r : rows) {
                t.add(r.title().isBlank() ? "None" : PythonText.repr(r.title().strip()));
            }
            titleList = ", 'titles': [" + String.join(", ", t) + "]";
        }
        return "{'names': [" + String.join(", ", names) + "], 'formats': [" + String.join(", ", formats)
                + "], 'offsets': [" + String.join(", ", offs) + "]" + titleList
                + (itemsize.isBlank() ? "" : ", 'itemsize': " + itemsize.strip()) + (align ? ", 'aligned': True}" : "}");
    }

    /** A type cell as Python: a dtype string quoted, a nested record's text ({@code [..]}, {@code {..}}) as it is. */
    private static String type(String typed) {
        String t = typed.strip();
        if (t.startsWith("[") || t.startsWith("{") || t.startsWith("(") || t.startsWith("'") || t.startsWith("\"")
                || t.matches("(?s)(np\\.|numpy\\.)?dtype\\s*\\(.*")) {
            return t;
        }
        return PythonText.repr(t);
    }

    /** A shape cell as a Python tuple ({@code 3} → {@code (3,)}, {@code 2,3} → {@code (2, 3)}), null when blank. */
    private static String shape(String typed) {
        String t = typed.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return null;
        }
        String[] parts = t.split(",", -1);
        List<String> dims = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty() && i == parts.length - 1 && i > 0) {
                continue; // a trailing comma, as in (3,)
            }
            dims.add(p);
        }
        return dims.size() == 1 ? "(" + dims.get(0) + ",)" : "(" + String.join(", ", dims) + ")";
    }

    /** The field's bytes, for placing the next automatic offset (0 when its type cannot be read yet). */
    private static long sizeOf(Row r) {
        DType d = fieldType(r);
        return d == null ? 0 : d.itemsize();
    }

    private static int alignmentOf(Row r) {
        DType d = fieldType(r);
        return d == null ? 1 : d.alignment();
    }

    private static DType fieldType(Row r) {
        try {
            String shape = shape(r.shape());
            return DType.parse(shape == null ? type(r.type()) : "(" + type(r.type()) + ", " + shape + ")");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long roundUp(long offset, int alignment) {
        return (offset + alignment - 1) / alignment * alignment;
    }

    /**
     * The rows of a record dtype: offsets blank when NumPy puts the fields where they are
     * (packed, or with only {@code align=True}'s padding), else each field's offset.
     */
    public static List<Row> rows(DType dtype) {
        boolean automatic = DTypeText.isPacked(dtype);
        List<Row> rows = new ArrayList<>();
        for (Field f : dtype.fields().list()) {
            DType type = f.dtype().subarray() == null ? f.dtype() : f.dtype().subarray().base();
            String shape = f.dtype().subarray() == null ? "" : commaList(f.dtype().subarray().shape());
            String typeText = DTypeText.construction(type);
            if (typeText.startsWith("'")) {
                typeText = typeText.substring(1, typeText.length() - 1);
            }
            rows.add(new Row(f.name(), typeText, shape, automatic ? "" : Integer.toString(f.offset()), f.title()));
        }
        return rows;
    }

    /** The itemsize to type for a record dtype: blank when NumPy's own (the fields' end, aligned), else the number. */
    public static String itemsize(DType dtype) {
        if (DTypeText.isPacked(dtype)) {
            return "";
        }
        long end = 0;
        int alignment = 1;
        for (Field f : dtype.fields().list()) {
            end = Math.max(end, f.offset() + (long) f.dtype().itemsize());
            alignment = Math.max(alignment, f.dtype().alignment());
        }
        long natural = dtype.fields().alignedStruct() ? roundUp(end, alignment) : end;
        return dtype.itemsize() == natural ? "" : Integer.toString(dtype.itemsize());
    }

    private static String commaList(long[] values) {
        List<String> s = new ArrayList<>();
        for (long v : values) {
            s.add(Long.toString(v));
        }
        return String.join(",", s);
    }

    /**
     * The itemsize and where the bytes no field reads are, for a record dtype:
     * {@code itemsize 8 · padding: bytes 1..3 after 'a'}, or {@code itemsize 5 · no padding}.
     */
    public static String summary(DType dtype) {
        List<Field> byOffset = new ArrayList<>(dtype.fields().list());
        byOffset.sort(Comparator.comparingInt(Field::offset));
        List<String> gaps = new ArrayList<>();
        long end = 0;
        String before = null;
        for (Field f : byOffset) {
            if (f.offset() > end) {
                gaps.add(gap(end, f.offset(), before == null ? "before " + PythonText.repr(f.name()) : "after " + before));
            }
            if (f.offset() + (long) f.dtype().itemsize() >= end) {
                end = f.offset() + (long) f.dtype().itemsize();
                before = PythonText.repr(f.name());
            }
        }
        if (dtype.itemsize() > end) {
            gaps.add(gap(end, dtype.itemsize(), before == null ? "no field" : "after " + before));
        }
        return "itemsize " + dtype.itemsize() + " · " + (gaps.isEmpty() ? "no padding" : "padding: " + String.join(", ", gaps));
    }

    private static String gap(long from, long to, String where) {
        return (to - from == 1 ? "byte " + from : "bytes " + from + ".." + (to - 1)) + " " + where;
    }
}
