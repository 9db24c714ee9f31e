package org.stridescope.core.format;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Field;
import org.stridescope.core.dtype.Scalar;

/**
 * How NumPy 1.24 prints records ({@code StructuredVoidFormat} and {@code SubArrayFormat} in
 * {@code numpy/core/arrayprint.py}): each field gets the formatter of its type fitted to that
 * field's values among the records shown, so an array's repr aligns fields in columns while one
 * record's {@code str()} (fitted to itself alone) does not pad.
 */
final class RecordText {
    private RecordText() {
    }

    /** NumPy's {@code str()} of one record: {@code _void_scalar_repr}, the formatters fitted to it alone. */
    static String str(Scalar.Record r) {
        return format(r.dtype(), List.of(r), true).format(r);
    }

    /** A subarray value on its own, each element as its {@code str()}: {@code [1, 2]}. */
    static String str(Scalar.Block b) {
        return block(ScalarText::str).format(b);
    }

    /**
     * The formatter of records of {@code dtype} fitted to {@code shown}; {@code zeroDim} when the
     * records are a 0-d array (NumPy then writes {@code True}, not {@code ' True'}).
     */
    static ElementFormat format(DType dtype, List<Scalar> shown, boolean zeroDim) {
        List<Field> fields = dtype.fields().list();
        List<ElementFormat> formats = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            boolean isBlock = f.dtype().subarray() != null;
            List<Scalar> values = new ArrayList<>(shown.size());
            for (Scalar s : shown) {
                Scalar v = ((Scalar.Record) s).values().get(i);
                if (isBlock) {
                    values.addAll(((Scalar.Block) v).items());
                } else {
                    values.add(v);
                }
            }
            ElementFormat element = ElementFormat.of(f.base(), values, zeroDim && !isBlock);
            formats.add(isBlock ? block(element) : element);
        }
        return s -> {
            List<Scalar> values = ((Scalar.Record) s).values();
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < values.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(formats.get(i).format(values.get(i)));
            }
            return sb.append(values.size() == 1 ? ",)" : ")").toString();
        };
    }

    /** {@code SubArrayFormat}: nested brackets in C order, no summarising and no line breaks. */
    private static ElementFormat block(ElementFormat element) {
        return s -> {
            Scalar.Block b = (Scalar.Block) s;
            StringBuilder sb = new StringBuilder();
            nest(b.shape(), 0, b.items(), 0, b.items().size(), element, sb);
            return sb.toString();
        };
    }

    private static void nest(long[] shape, int axis, List<Scalar> items, int from, int to, ElementFormat element,
            StringBuilder sb) {
        sb.append('[');
        int n = (int) shape[axis];
        int step = n == 0 ? 0 : (to - from) / n;
        for (int k = 0; k < n; k++) {
            sb.append(k == 0 ? "" : ", ");
            if (axis == shape.length - 1) {
                sb.append(element.format(items.get(from + k)));
            } else {
                nest(shape, axis + 1, items, from + k * step, from + (k + 1) * step, element, sb);
            }
        }
        sb.append(']');
    }
}
