package org.stridescope.core.layout;

import java.math.BigInteger;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.StridescopeError.Argument;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.CountText;
import org.stridescope.core.format.TupleText;

/**
 * {@code np.ndarray(shape, dtype, buffer, offset, strides)} and {@code np.frombuffer(buf, dtype,
 * count, offset)} with NumPy 1.24's checks, exception types and exact messages, in NumPy's order
 * ({@code arrayobject.c: array_new}, {@code ctors.c: PyArray_FromBuffer, PyArray_CheckStrides,
 * PyArray_NewFromDescr_int}). NumPy's own checks are reproduced with its 64-bit wrap-around, so
 * they accept and refuse exactly what NumPy does. Where NumPy would accept a layout and then read
 * memory it does not own, a {@code BoundsError} naming the element that would.
 */
public final class ArrayConstructors {
    /** NumPy 1.x's NPY_MAXDIMS. */
    public static final int MAX_DIMS = 32;

    private ArrayConstructors() {
    }

    /**
     * @param shape   axis lengths; a 1-d shape {@code (-1,)} means "as many as fit", like NumPy
     * @param strides null for C order (NumPy's {@code strides=None})
     * @param offset  byte of element [0, ..., 0]
     * @throws StridescopeError with NumPy's type and message, and a plain detail
     */
    public static Layout ndarray(long bufferLength, DType dtype, long[] shape, long[] strides, long offset) {
        requireShapeAxes(shape);
        if (strides != null) {
            requireAxisCount(strides.length, strides.length + " strides were given", Argument.STRIDES);
        }
        int itemsize = dtype.itemsize();
        if (strides != null) {
            if (strides.length != shape.length) {
                throw StridescopeError.valueError("strides, if given, must be the same length as shape",
                        "The shape has " + CountText.axes(shape.length) + " but " + strides.length
                                + (strides.length == 1 ? " stride was" : " strides were")
                                + " given; give exactly one stride per axis.").about(Argument.STRIDES);
            }
            // NumPy measures an empty buffer as if it were exactly shape x itemsize long.
            long measured = bufferLength == 0 ? wrappingProduct(shape) * itemsize : bufferLength;
            if (!numpyStridesFit(itemsize, shape, strides, measured, offset)) {
                throw StridescopeError.valueError(
                        "strides is incompatible with shape of requested array and size of buffer",
                        stridesDetail(itemsize, shape, strides, offset, bufferLength)).about(Argument.STRIDES);
            }
        }
        // Empty strides reach NumPy as "no strides" once checked (a null pointer of length 0).
        boolean given = strides != null && strides.length > 0;
        long[] dims = shape.clone();
        if (dims.length == 1 && dims[0] == -1) {
            dims[0] = inferredLength(bufferLength, dtype, offset);
        } else if (!given && bufferLength < offset + itemsize * wrappingProduct(dims)) {
            // The shape alone fits: the offset is what pushes it past the end.
            Argument blame = offset > 0 && bufferLength >= itemsize * wrappingProduct(dims) ? Argument.OFFSET : Argument.SHAPE;
            throw StridescopeError.typeError("buffer is too small for requested array",
                    tooSmallDetail(itemsize, dims, offset, bufferLength)).about(blame);
        }
        requireSizeFits(itemsize, dims);
        Layout layout = given ? new Layout(dtype, dims, strides, offset) : Layout.cOrderFilledIn(dtype, dims, offset);
        try {
            Reach.requireInside(layout, bufferLength, holeReason(bufferLength, strides, offset));
        } catch (StridescopeError e) {
            throw e.about(strides == null ? Argument.OFFSET : Argument.STRIDES);
        }
        return layout;
    }

    /**
     * @param count  number of elements, or any negative number for "all that fit"
     * @param offset byte where the first element starts
     * @throws StridescopeError with NumPy's type and message, and a plain detail
     */
    public static Layout frombuffer(long bufferLength, DType dtype, long count, long offset) {
        int itemsize = dtype.itemsize();
        if (itemsize == 0 && dtype.fields() == null) { // PyDataType_ISUNSIZED: a record of no bytes passes here
            throw StridescopeError.valueError("itemsize cannot be zero in type",
                    "Elements of type '" + dtype.str() + "' have no bytes, so frombuffer cannot lay them out.")
                    .about(Argument.DTYPE);
        }
        if (offset < 0 || offset > bufferLength) {
            throw StridescopeError.valueError(
                    "offset must be non-negative and no greater than buffer length (" + bufferLength + ")",
                    "Offset " + offset + " is outside the buffer: frombuffer needs 0 <= offset <= "
                            + bufferLength + ", as " + Words.buffer(bufferLength) + ".").about(Argument.OFFSET);
        }
        long left = bufferLength - offset;
        long n = count;
        if (count < 0) {
            if (itemsize == 0) {
                throw StridescopeError.valueError("cannot determine count if itemsize is 0",
                        "Records of type '" + dtype.str() + "' have no bytes, so the buffer's length says nothing "
                                + "about how many there are: give a count.").about(Argument.COUNT);
            }
            if (left % itemsize != 0) {
                throw StridescopeError.valueError("buffer size must be a multiple of element size",
                        "After offset " + offset + " there are " + CountText.bytes(left) + " left, which is not a whole"
                                + " number of " + itemsize + "-byte elements (" + left / itemsize + " elements and "
                                + CountText.bytes(left % itemsize) + " over). Give a count, or an offset that leaves"
                                + " a multiple of " + itemsize + ".").about(Argument.DTYPE);
            }
            n = left / itemsize;
        } else if (left < count * itemsize) { // wraps like NumPy's npy_intp product
            throw StridescopeError.valueError("buffer is smaller than requested size",
                    CountText.of(count, "element") + " of " + CountText.bytes(itemsize) + " need "
                            + CountText.bytes(BigInteger.valueOf(count).multiply(BigInteger.valueOf(itemsize)))
                            + " after offset " + offset + ", but only " + CountText.bytes(left) + " remain; "
                            + Words.buffer(bufferLength) + ".").about(Argument.COUNT);
        }
        requireSizeFits(itemsize, new long[] {n});
        return Layout.cOrderFilledIn(dtype, new long[] {n}, offset);
    }

    /** NumPy's first check of np.ndarray, made while reading the shape argument, before the dtype. */
    static void requireShapeAxes(long[] shape) {
        requireAxisCount(shape.length, "this shape has " + shape.length + " axes", Argument.SHAPE);
    }

    private static void requireAxisCount(int count, String what, Argument argument) {
        if (count > MAX_DIMS) {
            throw StridescopeError.valueError(
                    "maximum supported dimension for an ndarray is " + MAX_DIMS + ", found " + count,
                    "NumPy 1.24 arrays have at most " + MAX_DIMS + " axes; " + what + ".").about(argument);
        }
    }

    /** NumPy's PyArray_CheckStrides, in its 64-bit arithmetic (products may wrap, as in NumPy). */
    private static boolean numpyStridesFit(int itemsize, long[] shape, long[] strides, long measured, long offset) {
        long lower = 0;
        long upper = itemsize;
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == 0) {
                lower = 0; // NumPy's range for an empty array is [0, 0)
                upper = 0;
                break;
            }
            long far = strides[k] * (shape[k] - 1);
            if (far > 0) {
                upper += far;
            } else {
                lower += far;
            }
        }
        return upper <= measured - offset && lower >= -offset;
    }

    /** NumPy's {@code (buffer.len - offset) / itemsize} for a shape of (-1,). */
    private static long inferredLength(long bufferLength, DType dtype, long offset) {
        if (dtype.itemsize() == 0) {
            throw StridescopeError.inputError("cannot work out a length of -1 for elements of 0 bytes",
                    "A length of -1 means \"as many elements as fit after the offset\", which is the byte count"
                            + " divided by the item size; '" + dtype.str() + "' has no bytes, and NumPy 1.24"
                            + " crashes on this division by zero.").about(Argument.DTYPE);
        }
        return (bufferLength - offset) / dtype.itemsize();
    }

    /** The checks of PyArray_NewFromDescr_int: no negative lengths, and the size fits in 64 bits. */
    private static void requireSizeFits(int itemsize, long[] dims) {
        long nbytes = itemsize;
        for (int k = 0; k < dims.length; k++) {
            if (dims[k] == 0) {
                continue;
            }
            if (dims[k] < 0) {
                throw StridescopeError.valueError("negative dimensions are not allowed",
                        "Axis " + k + " has length " + dims[k] + "; an axis length must be 0 or more.")
                        .about(Argument.SHAPE);
            }
            long product = nbytes * dims[k];
            if (Math.multiplyHigh(nbytes, dims[k]) != 0 || product < 0) {
                // NumPy stops at the first overflow, even if a later axis is negative.
                throw StridescopeError.valueError("array is too big; `arr.size * arr.dtype.itemsize` "
                                + "is larger than the maximum possible size.",
                        "Shape " + TupleText.tuple(dims) + " of " + itemsize + "-byte elements would take "
                                + exactBytes(itemsize, dims) + ", more than the 2^63-1 bytes NumPy can address.").about(Argument.SHAPE);
            }
            nbytes = product;
        }
    }

    private static String exactBytes(int itemsize, long[] dims) {
        BigInteger n = BigInteger.valueOf(itemsize);
        for (long d : dims) {
            n = n.multiply(BigInteger.valueOf(d));
        }
        return CountText.bytes(n);
    }

    /** NumPy's PyArray_MultiplyList: a plain product that wraps on overflow. */
    private static long wrappingProduct(long[] dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    private static String tooSmallDetail(int itemsize, long[] dims, long offset, long bufferLength) {
        BigInteger need = BigInteger.valueOf(itemsize);
        BigInteger count = BigInteger.ONE;
        for (long d : dims) {
            count = count.multiply(BigInteger.valueOf(d));
        }
        need = need.multiply(count);
        BigInteger end = need.add(BigInteger.valueOf(offset));
        return "Shape " + TupleText.tuple(dims) + " has " + CountText.of(count, "element")
                + " of " + CountText.bytes(itemsize) + ", " + CountText.bytes(need) + " in C order starting at offset "
                + offset + " (up to byte " + end.subtract(BigInteger.ONE) + "), but " + Words.buffer(bufferLength) + ".";
    }

    private static String stridesDetail(int itemsize, long[] shape, long[] strides, long offset, long bufferLength) {
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] < 0) {
                return "Axis " + k + " has length " + shape[k] + "; NumPy measures a negative length as reaching"
                        + " backwards, outside the buffer.";
            }
        }
        for (long d : shape) {
            if (d == 0) {
                return "The array has no elements, but NumPy still requires the offset (" + offset
                        + ") to lie within the buffer: 0 <= offset <= " + bufferLength + ".";
            }
        }
        Reach reach = Reach.of(itemsize, shape, strides, offset);
        String where = reach.outside(bufferLength);
        return (reach.inside(bufferLength) ? "NumPy's 64-bit arithmetic overflows with these strides; " : "With these strides, ")
                + where + ".";
    }

    private static String holeReason(long bufferLength, long[] strides, long offset) {
        if (strides != null && bufferLength == 0) {
            return "NumPy 1.24 checks strides over an empty buffer against shape x itemsize instead, accepts"
                    + " this, and would read memory it does not own.";
        }
        if (strides == null && offset < 0) {
            return "NumPy 1.24 does not check a negative offset when no strides are given, and would read"
                    + " memory before the buffer.";
        }
        return "NumPy 1.24's check overflows 64-bit arithmetic here, accepts this, and would read memory it"
                + " does not own.";
    }
}
