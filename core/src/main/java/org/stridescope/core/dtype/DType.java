package org.stridescope.core.dtype;

import java.util.Objects;
import org.stridescope.core.StridescopeError;

/**
 * An element type: kind, size in bytes, byte order, and for datetime/timedelta the unit.
 * Immutable. Built from NumPy's dtype language with {@link #parse(String)}.
 *
 * @param kind     what the bytes mean
 * @param itemsize bytes per element
 * @param order    byte order; {@link ByteOrder#NOT_APPLICABLE} for one-byte and byte-string types
 * @param unit     datetime/timedelta unit with multiplier ("s", "15m"), "" for generic; null otherwise
 * @param longLong true for int64 spelled as C's long long ({@code 'q'}, {@code longlong}): NumPy
 *                 has two equal int64 dtypes on Linux, and only the other one ({@code 'l'},
 *                 {@code int64}) is the default that an array's repr leaves unnamed. Ignored by
 *                 {@link #equals}, as NumPy's {@code ==} ignores it.
 * @param fields   the fields of a structured (record) dtype, kind {@link Kind#VOID}; null otherwise
 * @param subarray the block of a subarray dtype ({@code ('<i2', (3,))}), kind {@link Kind#VOID}; null otherwise
 * @param mlFloat  for the ml_dtypes floats NumPy lacks ({@code bfloat16}, {@code float8_e4m3fn},
 *                 {@code float8_e5m2}), kind {@link Kind#FLOAT}, their bit layout; null otherwise
 */
public record DType(Kind kind, int itemsize, ByteOrder order, String unit, boolean longLong, Fields fields,
        Subarray subarray, FloatFormat mlFloat) {

    public DType {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(order);
    }

    public DType(Kind kind, int itemsize, ByteOrder order, String unit) {
        this(kind, itemsize, order, unit, false);
    }

    public DType(Kind kind, int itemsize, ByteOrder order, String unit, boolean longLong) {
        this(kind, itemsize, order, unit, longLong, null, null, null);
    }

    /** An ml_dtypes float ({@link FloatFormat#mlName()} not null); byte order only matters for bfloat16. */
    public static DType mlFloat(FloatFormat format, ByteOrder order) {
        int size = format.bytes();
        return new DType(Kind.FLOAT, size, size == 1 ? ByteOrder.NOT_APPLICABLE : order, null, false, null, null, format);
    }

    /**
     * The bit layout of a float element, or of each part of a complex one: NumPy's formats by
     * size, an ml_dtypes float by its own.
     */
    public FloatFormat floatFormat() {
        if (mlFloat != null) {
            return mlFloat;
        }
        return switch (kind) {
            case FLOAT -> FloatFormat.ofBytes(itemsize);
            case COMPLEX -> FloatFormat.ofBytes(itemsize / 2);
            default -> throw new IllegalStateException(str() + " is not a float type");
        };
    }

    /** A structured dtype of {@code itemsize} bytes. */
    public static DType structured(Fields fields, int itemsize) {
        return new DType(Kind.VOID, itemsize, ByteOrder.NOT_APPLICABLE, null, false, fields, null, null);
    }

    /** NumPy's subarray dtype {@code (base, shape)}; {@code itemsize} is the block's bytes. */
    public static DType subarray(DType base, long[] shape, int itemsize) {
        return new DType(Kind.VOID, itemsize, ByteOrder.NOT_APPLICABLE, null, false, null, new Subarray(base, shape),
                null);
    }

    /** True for a structured (record) dtype. */
    public boolean isStructured() {
        return fields != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DType d && kind == d.kind && itemsize == d.itemsize && order == d.order
                && Objects.equals(unit, d.unit) && Objects.equals(fields, d.fields)
                && Objects.equals(subarray, d.subarray) && mlFloat == d.mlFloat;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, itemsize, order, unit, fields, subarray, mlFloat);
    }

    /**
     * Parses a dtype string exactly as {@code np.dtype(str)} would.
     *
     * @throws StridescopeError {@code TypeError: data type '...' not understood} like NumPy, or an
     *                          {@code InputError} for what NumPy accepts but Stridescope does not yet
     *                          (structured dtypes) or where NumPy would build a broken dtype (sizes
     *                          that overflow, a zero datetime divisor), NumPy's ValueError for
     *                          object dtypes (they cannot view raw bytes)
     */
    public static DType parse(String text) {
        return DTypeParser.parse(text);
    }

    /**
     * NumPy's {@code dtype.str}: {@code <f4}, {@code |S5}, {@code <U3} (12 bytes), {@code <M8[15m]};
     * an ml_dtypes float by its name ({@code bfloat16}, {@code >bfloat16} when big-endian), which
     * says more than the {@code <V2} NumPy shows for it.
     */
    public String str() {
        if (mlFloat != null) {
            return (order == ByteOrder.BIG ? ">" : "") + mlFloat.mlName();
        }
        StringBuilder sb = new StringBuilder().append(order.symbol()).append(kind.code());
        if (kind == Kind.DATETIME || kind == Kind.TIMEDELTA) {
            sb.append('8');
            if (unit != null && !unit.isEmpty()) {
                sb.append('[').append(unit).append(']');
            }
        } else {
            sb.append(kind == Kind.UNICODE ? itemsize / 4 : itemsize);
        }
        return sb.toString();
    }

    /** NumPy's {@code dtype.name}: {@code float32}, {@code bytes40}, {@code datetime64[s]}. */
    public String name() {
        if (mlFloat != null) {
            return mlFloat.mlName();
        }
        return switch (kind) {
            case BOOL -> "bool";
            case INT -> "int" + itemsize * 8;
            case UINT -> "uint" + itemsize * 8;
            case FLOAT -> "float" + itemsize * 8;
            case COMPLEX -> "complex" + itemsize * 8;
            case BYTES -> "bytes" + itemsize * 8;
            case UNICODE -> "str" + itemsize * 8;
            case VOID -> "void" + itemsize * 8;
            case DATETIME -> "datetime64" + unitSuffix();
            case TIMEDELTA -> "timedelta64" + unitSuffix();
        };
    }

    private String unitSuffix() {
        return unit == null || unit.isEmpty() ? "" : "[" + unit + "]";
    }

    /**
     * NumPy's alignment: itemsize for ints and floats, the component size for complex, 1 for
     * bool/bytes/void, 4 for unicode, 8 for datetime/timedelta.
     */
    public int alignment() {
        if (fields != null) {
            return fields.alignment();
        }
        if (subarray != null) {
            return subarray.base().alignment();
        }
        return switch (kind) {
            case BOOL, BYTES, VOID -> 1;
            case UNICODE -> 4;
            case COMPLEX -> itemsize / 2;
            case DATETIME, TIMEDELTA -> 8;
            default -> itemsize;
        };
    }

    /** The same type in another byte order (ignored for types where order does not apply). */
    public DType withOrder(ByteOrder newOrder) {
        if (order == ByteOrder.NOT_APPLICABLE) {
            return this; // records and subarrays too: NumPy keeps each field's own order
        }
        return new DType(kind, itemsize, newOrder == ByteOrder.NOT_APPLICABLE ? order : newOrder, unit, longLong,
                null, null, mlFloat);
    }

    /**
     * True for the types whose array repr needs no {@code dtype=}: int64 (not as long long),
     * float64, complex128 and bool, in either byte order, as NumPy 1.24's {@code dtype_is_implied}.
     */
    public boolean isReprDefault() {
        return switch (kind) {
            case BOOL -> true;
            case INT -> itemsize == 8 && !longLong;
            case FLOAT -> itemsize == 8;
            case COMPLEX -> itemsize == 16;
            default -> false;
        };
    }

    /** True where byte order matters (multi-byte numbers, UCS4 text, datetimes). */
    public boolean hasByteOrder() {
        return order != ByteOrder.NOT_APPLICABLE;
    }

    @Override
    public String toString() {
        return str();
    }

    /**
     * The ml_dtypes float (bfloat16, float8) this dtype holds anywhere: itself, a field's, a
     * block's; null when NumPy has every type in it.
     */
    public FloatFormat mlFloatInside() {
        if (mlFloat != null) {
            return mlFloat;
        }
        if (subarray != null) {
            return subarray.base().mlFloatInside();
        }
        if (fields != null) {
            for (Field f : fields.list()) {
                FloatFormat ml = f.dtype().mlFloatInside();
                if (ml != null) {
                    return ml;
                }
            }
        }
        return null;
    }
}
