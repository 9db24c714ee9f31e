package org.stridescope.core.format;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.PythonText;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Field;
import org.stridescope.core.dtype.Kind;

/**
 * How NumPy 1.24 writes a record dtype ({@code numpy/core/_dtype.py}): {@code str(dtype)}, which
 * an array's repr shows, is the list form {@code [('x', '<f4'), ('pos', '<i2', (3,))]} when the
 * fields are packed in order, else the dict form with {@code offsets} and {@code itemsize} (and
 * {@code 'aligned': True} for {@code align=True} structs); and {@code dtype.descr}, which .npy
 * headers hold, with unnamed {@code ('', '|V4')} entries for padding.
 */
public final class DTypeText {
    private DTypeText() {
    }

    /** NumPy's {@code str(dtype)} of a structured dtype (what {@code dtype=} shows in an array's repr). */
    public static String str(DType dtype) {
        return struct(dtype, true);
    }

    /** {@code _construction_repr(dtype, short=True)}: how a field's type is written inside a struct. */
    static String construction(DType dtype) {
        if (dtype.fields() != null) {
            return struct(dtype, false);
        }
        if (dtype.subarray() != null) {
            return "(" + construction(dtype.subarray().base()) + ", " + TupleText.tuple(dtype.subarray().shape()) + ")";
        }
        if (dtype.kind() == Kind.BOOL) {
            return "'?'";
        }
        String str = dtype.str();
        return "'" + (str.startsWith("|") ? str.substring(1) : str) + "'";
    }

    /**
     * The dict form ({@code names}, {@code formats}, {@code offsets}, {@code itemsize}) whatever the
     * layout: text that {@code DType.parse} reads back to the same fields and size.
     */
    public static String dictForm(DType dtype) {
        return struct(dtype, false, true);
    }

    /** {@code _struct_str}. */
    private static String struct(DType dtype, boolean includeAlign) {
        return struct(dtype, includeAlign, false);
    }

    private static String struct(DType dtype, boolean includeAlign, boolean forceDict) {
        if (!forceDict && !(includeAlign && dtype.fields().alignedStruct()) && isPacked(dtype)) {
            List<String> items = new ArrayList<>();
            for (Field f : dtype.fields().list()) {
                String name = f.title() == null ? PythonText.repr(f.name())
                        : "(" + PythonText.repr(f.title()) + ", " + PythonText.repr(f.name()) + ")";
                String type = f.dtype().subarray() == null ? construction(f.dtype())
                        : construction(f.dtype().subarray().base()) + ", " + TupleText.tuple(f.dtype().subarray().shape());
                items.add("(" + name + ", " + type + ")");
            }
            return "[" + String.join(", ", items) + "]";
        }
        List<String> names = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<String> offsets = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        boolean anyTitle = false;
        for (Field f : dtype.fields().list()) {
            names.add(PythonText.repr(f.name()));
            formats.add(construction(f.dtype()));
            offsets.add(Integer.toString(f.offset()));
            titles.add(f.title() == null ? "None" : PythonText.repr(f.title()));
            anyTitle |= f.title() != null;
        }
        StringBuilder sb = new StringBuilder("{'names': [").append(String.join(", ", names))
                .append("], 'formats': [").append(String.join(", ", formats))
                .append("], 'offsets': [").append(String.join(", ", offsets));
        if (anyTitle) {
            sb.append("], 'titles': [").append(String.join(", ", titles));
        }
        sb.append("], 'itemsize': ").append(dtype.itemsize());
        return sb.append(includeAlign && dtype.fields().alignedStruct() ? ", 'aligned': True}" : "}").toString();
    }

    /** {@code _is_packed}: fields in order, one after another, with only {@code align=True}'s padding. */
    static boolean isPacked(DType dtype) {
        boolean align = dtype.fields().alignedStruct();
        int maxAlignment = 1;
        long total = 0;
        for (Field f : dtype.fields().list()) {
            if (align) {
                total = alignedOffset(total, f.dtype().alignment());
                maxAlignment = Math.max(maxAlignment, f.dtype().alignment());
            }
            if (f.offset() != total) {
                return false;
            }
            total += f.dtype().itemsize();
        }
        if (align) {
            total = alignedOffset(total, maxAlignment);
        }
        return total == dtype.itemsize();
    }

    private static long alignedOffset(long offset, int alignment) {
        return (offset + alignment - 1) / alignment * alignment;
    }

    /**
     * NumPy's {@code dtype.descr} as a .npy header writes it ({@code _array_descr}): plain types as
     * {@code dtype.str}, records as a list of {@code (name, descr[, shape])} with unnamed void
     * entries for the gaps.
     *
     * @throws IllegalArgumentException for fields that overlap or are out of order, which NumPy's
     *         descr cannot express ({@code ValueError: dtype.descr is not defined ...})
     */
    public static String descr(DType dtype) {
        if (dtype.fields() == null) {
            if (dtype.subarray() != null) {
                return "(" + descr(dtype.subarray().base()) + ", " + TupleText.tuple(dtype.subarray().shape()) + ")";
            }
            return PythonText.repr(dtype.str());
        }
        List<String> items = new ArrayList<>();
        long offset = 0;
        for (Field f : dtype.fields().list()) {
            if (f.offset() > offset) {
                items.add("('', '|V" + (f.offset() - offset) + "')");
                offset = f.offset();
            } else if (f.offset() < offset) {
                throw new IllegalArgumentException("dtype.descr is not defined for types with overlapping or "
                        + "out-of-order fields");
            }
            String name = f.title() == null ? PythonText.repr(f.name())
                    : "(" + PythonText.repr(f.title()) + ", " + PythonText.repr(f.name()) + ")";
            items.add(f.dtype().subarray() == null ? "(" + name + ", " + descr(f.dtype()) + ")"
                    : "(" + name + ", " + descr(f.dtype().subarray().base()) + ", "
                            + TupleText.tuple(f.dtype().subarray().shape()) + ")");
            offset += f.dtype().itemsize();
        }
        if (dtype.itemsize() > offset) {
            items.add("('', '|V" + (dtype.itemsize() - offset) + "')");
        }
        return "[" + String.join(", ", items) + "]";
    }
}
