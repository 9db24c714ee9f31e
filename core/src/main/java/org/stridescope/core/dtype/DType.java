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
 */
public record DType(Kind kind, int itemsize, ByteOrder order, String unit) {

    public DType {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(order);
    }

    /**
     * Parses a dtype string exactly as {@code np.dtype(str)} would.
     *
     * @throws StridescopeError {@code TypeError: data type '...' not understood} like NumPy, or an
     *                          {@code InputError} for what NumPy accepts but Stridescope does not yet
     *                          (structured dtypes, 80-bit long double)
     */
    public static DType parse(String text) {
        return DTypeParser.parse(text);
    }

    /** NumPy's {@code dtype.str}: {@code <f4}, {@code |S5}, {@code <U3} (12 bytes), {@code <M8[15m]}. */
    public String str() {
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
            return this;
        }
        return new DType(kind, itemsize, newOrder == ByteOrder.NOT_APPLICABLE ? order : newOrder, unit);
    }

    /** True where byte order matters (multi-byte numbers, UCS4 text, datetimes). */
    public boolean hasByteOrder() {
        return order != ByteOrder.NOT_APPLICABLE;
    }

    @Override
    public String toString() {
        return str();
    }
}
