package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stridescope.core.PythonText;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Field;
import org.stridescope.core.dtype.Fields;
import org.stridescope.core.layout.Layout;

/**
 * Field views of record arrays, as NumPy 1.24's {@code _get_field_view}: {@code a['x']} is a view
 * of the field's bytes, its stride still the whole record (an array-valued field appends its
 * block's axes); {@code a[['x', 'z']]} keeps the record's itemsize and offsets and shows only
 * the fields named (NumPy 1.16+). Null from {@link #of} when the index names no fields.
 */
final class FieldViews {
    private FieldViews() {
    }

    static ArrayValue of(ArrayValue array, Object index) {
        Layout a = array.layout();
        if (index instanceof String name) {
            if (!a.dtype().isStructured()) {
                return null; // NumPy goes on to ordinary indexing, which refuses a str
            }
            Field f = a.dtype().fields().get(name);
            if (f == null) {
                throw PyValues.valueError("no field of name " + name, "The fields are "
                        + names(a.dtype().fields()) + ".");
            }
            Layout field = new Layout(f.dtype(), a.shape(), a.strides(), a.offset() + f.offset()).withSubarrayExpanded();
            return array.scalar() && f.dtype().subarray() == null
                    ? new ArrayValue(field, array.copy(), true, array.writeable()) : array.derive(field);
        }
        if (index instanceof PyValues.PyList list && !list.items().isEmpty()
                && list.items().stream().allMatch(i -> i instanceof String)) {
            if (!a.dtype().isStructured()) {
                return null;
            }
            Fields fields = a.dtype().fields();
            List<Field> chosen = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Object o : list.items()) {
                String name = (String) o;
                Field f = fields.get(name);
                if (f == null) {
                    throw new StridescopeError("KeyError", PythonText.repr(name),
                            "The record has no field " + PythonText.repr(name) + "; its fields are "
                                    + names(fields) + ".");
                }
                if (!seen.add(name)) {
                    throw PyValues.valueError("duplicate field of name " + PythonText.repr(name),
                            "A multi-field view names each field once.");
                }
                chosen.add(f);
            }
            // NumPy keeps the sticky align flag but not the alignment (arraydescr_field_subset_view)
            DType subset = DType.structured(new Fields(chosen, 1, fields.alignedStruct()), a.dtype().itemsize());
            return array.derive(a.withDType(subset));
        }
        return null;
    }

    /**
     * {@code np.lib.recfunctions.structured_to_unstructured(a)}: a view with one more axis when
     * every (nested) field has the same native-order type and the fields fill the record in order
     * with no gaps, as NumPy's final {@code astype(..., copy=False)} then changes nothing; else
     * NumPy copies.
     */
    static ArrayValue structuredToUnstructured(ArrayValue array) {
        Layout a = array.layout();
        if (!a.dtype().isStructured()) {
            throw PyValues.valueError("arr must be a structured array", "The array's dtype '" + a.dtype().str()
                    + "' has no fields to lay side by side.");
        }
        List<long[]> leaves = new ArrayList<>(); // {offset, count} per field, nested records flattened
        List<DType> bases = new ArrayList<>();
        leaves(a.dtype(), 0, leaves, bases);
        if (leaves.isEmpty()) {
            throw PyValues.valueError("arr has no fields. Unable to guess dtype", "The record has no fields.");
        }
        DType common = bases.get(0);
        boolean packed = true;
        long next = 0;
        long count = 0;
        for (int k = 0; k < leaves.size(); k++) {
            packed &= bases.get(k).equals(common) && leaves.get(k)[0] == next;
            next = leaves.get(k)[0] + leaves.get(k)[1] * bases.get(k).itemsize();
            count += leaves.get(k)[1];
        }
        boolean nativeOrder = common.order() != ByteOrder.BIG;
        long[] shape = Arrays.copyOf(a.shape(), a.ndim() + 1);
        shape[a.ndim()] = count;
        if (packed && nativeOrder && next == a.dtype().itemsize()) {
            long[] strides = Arrays.copyOf(a.strides(), a.ndim() + 1);
            strides[a.ndim()] = common.itemsize();
            return array.derive(new Layout(common, shape, strides, a.offset()));
        }
        String why = !packed ? "its fields differ in type or leave gaps between them"
                : !nativeOrder ? "its fields are big-endian and NumPy converts them to the native order"
                : "padding follows the last field";
        DType out = common.withOrder(ByteOrder.LITTLE);
        return array.copyTo(new Layout(out, shape, Layout.cStrides(shape, out.itemsize()), 0),
                "structured_to_unstructured copies these records",
                "NumPy returns a view only when the fields are one type in native byte order packed one after "
                        + "another from the record's start to its end; here " + why + ", so it casts to a new array.");
    }

    private static void leaves(DType dtype, long base, List<long[]> out, List<DType> bases) {
        for (Field f : dtype.fields().list()) {
            if (f.base().isStructured()) {
                for (long k = 0; k < f.count(); k++) {
                    leaves(f.base(), base + f.offset() + k * f.base().itemsize(), out, bases);
                }
            } else {
                out.add(new long[] {base + f.offset(), f.count()});
                bases.add(f.base());
            }
        }
    }

    private static String names(Fields fields) {
        List<String> names = new ArrayList<>();
        for (Field f : fields.list()) {
            names.add(PythonText.repr(f.name()));
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
