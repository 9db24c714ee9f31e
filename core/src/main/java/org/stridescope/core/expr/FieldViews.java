package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stridescope.core.PythonText;
import org.stridescope.core.StridescopeError;
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

    private static String names(Fields fields) {
        List<String> names = new ArrayList<>();
        for (Field f : fields.list()) {
            names.add(PythonText.repr(f.name()));
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
