package org.stridescope.core.dtype;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.buffer.ByteSource;

/**
 * One element's value, decoded from its bytes in the dtype's byte order: what later work (array
 * repr, export, the grid) reads instead of bytes. Read one with {@link #read(DType, ByteSource, long)};
 * NumPy's {@code str()} of it is {@code org.stridescope.core.format.ScalarText#str(Scalar)}.
 */
public sealed interface Scalar {

    /**
     * The value as float64, as a picture and the row-width finder read numbers: bool 0/1,
     * complex |z|, datetime/timedelta counts, NaT as NaN; NaN for what is no number (text, records).
     */
    default double toFloat64() {
        if (this instanceof Float f) {
            return f.value().toDouble();
        } else if (this instanceof Int i) {
            return i.unsigned() && i.bits() < 0 ? unsignedToDouble(i.bits()) : (double) i.bits();
        } else if (this instanceof Bool b) {
            return b.value() ? 1 : 0;
        } else if (this instanceof Complex c) {
            return Math.hypot(c.real().toDouble(), c.imag().toDouble());
        } else if (this instanceof Datetime t) {
            return t.isNaT() ? Double.NaN : (double) t.count();
        } else if (this instanceof Timedelta t) {
            return t.isNaT() ? Double.NaN : (double) t.count();
        }
        return Double.NaN;
    }

    /** A uint64 (given as its bits) to the nearest double, rounding to even as a C cast does. */
    static double unsignedToDouble(long bits) {
        // halve keeping the sticky bit, convert, double
        return ((double) ((bits >>> 1) | (bits & 1))) * 2.0;
    }

    /** {@code True} / {@code False}; any non-zero byte is true. */
    record Bool(boolean value) implements Scalar {
    }

    /**
     * A signed or unsigned integer of up to 64 bits. {@code bits} is the two's-complement value;
     * for uint64 read it with {@link #toBigInteger()} or {@link Long#toUnsignedString(long)}.
     */
    record Int(long bits, boolean unsigned) implements Scalar {
        public BigInteger toBigInteger() {
            BigInteger v = BigInteger.valueOf(bits);
            return unsigned && bits < 0 ? v.add(BigInteger.ONE.shiftLeft(64)) : v;
        }
    }

    /**
     * float16/32/64, long double or an ml_dtypes float, as stored, so a NaN's payload and the sign
     * of zero survive.
     */
    record Float(FloatValue value) implements Scalar {
    }

    /** complex64/128/256: two floats of the same format. */
    record Complex(FloatValue real, FloatValue imag) implements Scalar {
    }

    /** {@code S}: the bytes with trailing NULs stripped, as NumPy's {@code bytes_} holds them. */
    record Bytes(byte[] value) implements Scalar {
    }

    /**
     * {@code U}: UCS4 text with trailing NULs stripped, as code units (which may lie past
     * U+10FFFF: NumPy keeps them).
     */
    record Text(int[] codePoints) implements Scalar {
    }

    /** {@code V}: raw bytes, nothing stripped; NumPy prints every byte as {@code \xHH}. */
    record Void(byte[] value) implements Scalar {
    }

    /** datetime64: a count of units since 1970-01-01T00:00; {@code Long.MIN_VALUE} is NaT. */
    record Datetime(long count, DatetimeUnit unit) implements Scalar {
        public boolean isNaT() {
            return count == Long.MIN_VALUE;
        }
    }

    /** timedelta64: a count of units; {@code Long.MIN_VALUE} is NaT. */
    record Timedelta(long count, DatetimeUnit unit) implements Scalar {
        public boolean isNaT() {
            return count == Long.MIN_VALUE;
        }
    }

    /**
     * A record of a structured dtype: one value per field in {@code dtype.fields()} order, a
     * {@link Block} for array-valued fields.
     */
    record Record(DType dtype, List<Scalar> values) implements Scalar {
        public Record {
            values = List.copyOf(values);
        }
    }

    /** The value of an array-valued field ({@code ('pos', '<i2', (3,))}): its elements in C order. */
    record Block(long[] shape, List<Scalar> items) implements Scalar {
        public Block {
            shape = shape.clone();
            items = List.copyOf(items);
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }
    }

    /** Decodes the element of type {@code dtype} whose bytes start at {@code pos}. */
    public static Scalar read(DType dtype, ByteSource source, long pos) {
        if (dtype.fields() != null) {
            List<Scalar> values = new ArrayList<>(dtype.fields().size());
            for (Field f : dtype.fields().list()) {
                values.add(read(f.dtype(), source, pos + f.offset()));
            }
            return new Record(dtype, values);
        }
        if (dtype.subarray() != null) {
            DType base = dtype.subarray().elementType(); // nested blocks are one C-order block
            long n = dtype.subarray().count();
            List<Scalar> items = new ArrayList<>((int) n);
            for (long k = 0; k < n; k++) {
                items.add(read(base, source, pos + k * base.itemsize()));
            }
            return new Block(dtype.subarray().fullShape(), items);
        }
        boolean big = dtype.order() == ByteOrder.BIG;
        int size = dtype.itemsize();
        return switch (dtype.kind()) {
            case BOOL -> new Bool(source.get(pos) != 0);
            case INT -> new Int(signExtend(bits(source, pos, size, big), size), false);
            case UINT -> new Int(bits(source, pos, size, big), true);
            case FLOAT -> new Float(floatAt(source, pos, dtype.floatFormat(), big));
            case COMPLEX -> new Complex(floatAt(source, pos, dtype.floatFormat(), big),
                    floatAt(source, pos + size / 2, dtype.floatFormat(), big));
            case BYTES -> {
                byte[] b = new byte[size];
                source.read(pos, b, 0, size);
                int n = size;
                while (n > 0 && b[n - 1] == 0) {
                    n--;
                }
                yield new Bytes(n == size ? b : java.util.Arrays.copyOf(b, n));
            }
            case UNICODE -> {
                byte[] b = new byte[size];
                source.read(pos, b, 0, size);
                int n = size / 4;
                int[] cps = new int[n];
                for (int i = 0; i < n; i++) {
                    int v = 0;
                    for (int j = 0; j < 4; j++) {
                        int shift = big ? 8 * (3 - j) : 8 * j;
                        v |= (b[4 * i + j] & 0xff) << shift;
                    }
                    cps[i] = v;
                }
                while (n > 0 && cps[n - 1] == 0) {
                    n--;
                }
                yield new Text(n == cps.length ? cps : java.util.Arrays.copyOf(cps, n));
            }
            case VOID -> {
                byte[] b = new byte[size];
                source.read(pos, b, 0, size);
                yield new Void(b);
            }
            case DATETIME -> new Datetime(bits(source, pos, 8, big), DatetimeUnit.of(dtype.unit()));
            case TIMEDELTA -> new Timedelta(bits(source, pos, 8, big), DatetimeUnit.of(dtype.unit()));
        };
    }

    /**
     * The float of {@code format} at {@code pos}. A long double is 10 bytes of x87 extended
     * precision padded to 16; swapping its byte order swaps all 16, padding included.
     */
    private static FloatValue floatAt(ByteSource source, long pos, FloatFormat format, boolean big) {
        if (format != FloatFormat.LONG_DOUBLE) {
            return new FloatValue(format, bits(source, pos, format.bytes(), big));
        }
        if (big) {
            return new FloatValue(format, bits(source, pos + 8, 8, true), (int) bits(source, pos + 6, 2, true));
        }
        return new FloatValue(format, bits(source, pos, 8, false), (int) bits(source, pos + 8, 2, false));
    }

    /** The {@code size} bytes at {@code pos} as an unsigned number in the given byte order. */
    static long bits(ByteSource source, long pos, int size, boolean bigEndian) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            long b = source.get(pos + i) & 0xffL;
            v |= bigEndian ? b << (8 * (size - 1 - i)) : b << (8 * i);
        }
        return v;
    }

    private static long signExtend(long v, int size) {
        int shift = 64 - 8 * size;
        return v << shift >> shift;
    }
}
