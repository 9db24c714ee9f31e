package org.stridescope.core.expr;

import java.util.List;
import org.stridescope.core.layout.FlagRules;
import org.stridescope.core.layout.Layout;

/**
 * Views that repeat bytes: {@code np.broadcast_to} (stride 0 along new or stretched axes),
 * {@code sliding_window_view} (a window axis reusing an existing stride) and {@code as_strided}
 * (any shape and strides at all, checked by nobody in NumPy; here the final view is checked
 * against the buffer).
 */
final class StrideTricks {
    private StrideTricks() {
    }

    static Layout broadcastTo(Layout a, Object shapeArg) {
        List<Object> items = PyValues.isSequence(shapeArg) ? PyValues.items(shapeArg) : List.of(shapeArg);
        if (items.isEmpty() && a.ndim() > 0) {
            throw PyValues.valueError("cannot broadcast a non-scalar to a scalar array",
                    "The target shape () has no axes, but the array has " + a.ndim() + ".");
        }
        long[] shape = new long[items.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = PyValues.index(items.get(i));
        }
        for (long d : shape) {
            if (d < 0) {
                throw PyValues.valueError("all elements of broadcast shape must be non-negative",
                        "A shape cannot have a negative length.");
            }
        }
        PyValues.shapeArgument(new PyValues.Tuple(items));
        int extra = shape.length - a.ndim();
        if (extra < 0) {
            throw PyValues.valueError("input operand has more dimensions than allowed by the axis remapping",
                    "Broadcasting can add axes in front but never remove them: the array has " + a.ndim()
                            + " axes, the target shape " + shape.length + ".");
        }
        long[] strides = new long[shape.length];
        for (int k = 0; k < a.ndim(); k++) {
            long d = a.shape(k);
            long target = shape[extra + k];
            if (d != 1 && d != target) {
                throw PyValues.valueError("operands could not be broadcast together with remapped shapes "
                        + "[original->remapped]: " + PyValues.shapeText(a.shape()) + "  and requested shape "
                        + PyValues.shapeText(shape), "Axis " + k + " has length " + d + ", and only a length-1 axis "
                        + "can be stretched; " + d + " cannot become " + target + ".");
            }
            strides[extra + k] = d == 1 ? 0 : a.stride(k);
        }
        return new Layout(a.dtype(), shape, strides, a.offset());
    }

    /** {@code sliding_window_view(x, window_shape, axis=None)} (NumPy 1.20+). */
    static Layout slidingWindowView(Layout a, Object windowArg, Object axisArg) {
        long[] window = PyValues.intTuple(windowArg);
        for (long w : window) {
            if (w < 0) {
                throw PyValues.valueError("`window_shape` cannot contain negative values", "A window cannot be shorter than 0.");
            }
        }
        int[] axes;
        if (axisArg == PyValues.NONE) {
            axes = AxisViews.identity(a.ndim());
            if (window.length != axes.length) {
                throw PyValues.valueError("Since axis is `None`, must provide window_shape for all dimensions of `x`; got "
                        + window.length + " window_shape elements and `x.ndim` is " + a.ndim() + ".",
                        "Without axis=, the window needs one length per axis of the array.");
            }
        } else {
            axes = Axes.normalizeAll(axisArg, a.ndim(), null, null, false);
            if (window.length != axes.length) {
                throw PyValues.valueError("Must provide matching length window_shape and axis; got " + window.length
                        + " window_shape elements and " + axes.length + " axes elements.",
                        "Give one window length per axis named.");
            }
        }
        long[] trimmed = a.shape();
        for (int i = 0; i < axes.length; i++) {
            if (trimmed[axes[i]] < window[i]) {
                throw PyValues.valueError("window shape cannot be larger than input array shape",
                        "Axis " + axes[i] + " has " + trimmed[axes[i]] + " positions left, too few for a window of "
                                + window[i] + ".");
            }
            trimmed[axes[i]] -= window[i] - 1;
        }
        int n = a.ndim();
        PyValues.checkDims(n + axes.length);
        long[] shape = new long[n + axes.length];
        long[] strides = new long[n + axes.length];
        for (int k = 0; k < n; k++) {
            shape[k] = trimmed[k];
            strides[k] = a.stride(k);
        }
        for (int i = 0; i < axes.length; i++) {
            shape[n + i] = window[i];
            strides[n + i] = a.stride(axes[i]);
        }
        return new Layout(a.dtype(), shape, strides, a.offset());
    }

    /**
     * {@code as_strided(x, shape, strides)}: missing strides are the array's own, or C order for
     * the new shape when the array is C-contiguous (NumPy leaves them out of
     * {@code __array_interface__} then).
     */
    static Layout asStrided(Layout a, Object shapeArg, Object stridesArg) {
        long[] shape = Args.given(shapeArg) ? PyValues.intSequence(shapeArg) : a.shape();
        long[] strides;
        if (Args.given(stridesArg)) {
            strides = PyValues.intSequence(stridesArg);
        } else if (FlagRules.of(a).cContiguous()) {
            strides = null;
        } else {
            strides = a.strides();
        }
        PyValues.checkDims(shape.length);
        if (strides != null && strides.length != shape.length) {
            throw PyValues.valueError("mismatch in length of strides and shape",
                    "as_strided needs one stride per axis: the shape has " + shape.length + " axes, the strides "
                            + strides.length + ".");
        }
        for (long d : shape) {
            if (d < 0) {
                throw PyValues.valueError("negative dimensions are not allowed", "A shape cannot have a negative length.");
            }
        }
        if (strides == null) {
            strides = Layout.cStrides(shape, a.dtype().itemsize());
        }
        return new Layout(a.dtype(), shape, strides, a.offset());
    }
}
