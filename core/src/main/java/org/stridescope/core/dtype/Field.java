package org.stridescope.core.dtype;

import java.util.Objects;

/**
 * One field of a structured (record) dtype: NumPy's {@code dtype.fields[name]}.
 *
 * @param name   the field's name ({@code f0}, {@code f1}, ... when a comma string or an empty name gave none)
 * @param title  NumPy's optional title ({@code (('Title', 'name'), fmt)}), null when there is none
 * @param dtype  the field's type; a {@link Subarray} type ({@code ('<i2', (3,))}) for array-valued fields
 * @param offset the byte where the field starts inside the record
 */
public record Field(String name, String title, DType dtype, int offset) {
    public Field {
        Objects.requireNonNull(name);
        Objects.requireNonNull(dtype);
    }

    /** The field's element type: the subarray's (innermost) element type, else the field's own type. */
    public DType base() {
        return dtype.subarray() == null ? dtype : dtype.subarray().elementType();
    }

    /** Elements of {@link #base()} the field holds: 1, or the subarray's element count. */
    public long count() {
        return dtype.subarray() == null ? 1 : dtype.subarray().count();
    }

    /**
     * The subarray shape ({@code (3,)} for {@code ('pos', '<i2', (3,))}, nested blocks' axes
     * appended), empty for a scalar field.
     */
    public long[] shape() {
        return dtype.subarray() == null ? new long[0] : dtype.subarray().fullShape();
    }
}
