package org.stridescope.core.picture;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.dtype.Scalar;
import org.stridescope.core.layout.Layout;

/**
 * A view as a picture, one pixel per element, rows = axis 0 (a 1-D view is one row, a 0-d view one
 * pixel), the rule of cli.md "Pictures":
 * <ul>
 * <li>{@code (h, w, 3)} / {@code (h, w, 4)} uint8 views are RGB / RGBA pixels as they are;</li>
 * <li>other 1-D and 2-D views of numbers go through a {@link Colormap}: each value as float64
 * (bool 0/1, complex |z|, datetime / timedelta counts, NaT as NaN), vmin / vmax by default the
 * smallest / largest finite value, NaN transparent, index 0 when vmax == vmin, else
 * {@code clip(floor((v - vmin) / (vmax - vmin) * 256), 0, 255)} in float64;</li>
 * <li>anything else is refused ({@link #refusal}).</li>
 * </ul>
 * Pixels are made a run of a row at a time ({@link #render}), so any size of view takes bounded memory.
 */
public final class Picture {
    /** Pixels per run handed to a {@link Pixels} sink. */
    static final int RUN = 16384;

    /** How elements become pixels. */
    public enum Mode { RGB, RGBA, VALUES }

    /** Receives the pixels row by row, left to right, in runs: {@code count} RGBA pixels from {@code rgba[0]}. */
    @FunctionalInterface
    public interface Pixels {
        void accept(long row, long column, byte[] rgba, int count) throws IOException;
    }

    private final Layout view;
    private final Mode mode;
    private final long width;
    private final long height;
    private final long rowStride;
    private final long columnStride;

    private Picture(Layout view, Mode mode) {
        this.view = view;
        this.mode = mode;
        int nd = view.ndim();
        this.height = nd >= 2 ? view.shape(0) : 1;
        this.width = nd == 0 ? 1 : nd == 1 ? view.shape(0) : view.shape(1);
        this.rowStride = nd >= 2 ? view.stride(0) : 0;
        this.columnStride = nd == 0 ? 0 : nd == 1 ? view.stride(0) : view.stride(1);
    }

    /**
     * Why {@code view} cannot be a picture, or null when it can: {@code picture-kind} (strings,
     * bytes, void, records), {@code picture-shape} (3+ axes that are not RGB(A) uint8, or more
     * than 2^31 - 1 pixels along a side), {@code picture-empty} (no elements).
     */
    public static String refusal(Layout view) {
        DType d = view.dtype();
        if (d.isStructured() || d.subarray() != null || d.kind() == Kind.BYTES || d.kind() == Kind.UNICODE
                || d.kind() == Kind.VOID) {
            return "picture-kind";
        }
        if (view.ndim() > 2 && rgbMode(view) == null) {
            return "picture-shape";
        }
        if (view.size() == 0) {
            return "picture-empty";
        }
        Picture p = new Picture(view, Mode.VALUES);
        if (p.width > Integer.MAX_VALUE || p.height > Integer.MAX_VALUE) {
            return "picture-shape";
        }
        return null;
    }

    /** The picture of {@code view}; an InputError saying why when it cannot be one. */
    public static Picture of(Layout view) {
        String why = refusal(view);
        if (why != null) {
            DType d = view.dtype();
            String shape = org.stridescope.core.format.TupleText.tuple(view.shape());
            throw switch (why) {
                case "picture-kind" -> StridescopeError.inputError("cannot draw a picture of " + d.str()
                        + " elements: only numbers, booleans and dates have a colour",
                        "Pictures show numbers (and bool, complex as |z|, datetime / timedelta as counts) through a colour"
                                + " table; strings, raw bytes and records have none. Pick a numeric field or another dtype.");
                case "picture-empty" -> StridescopeError.inputError("cannot draw a picture of an empty view (shape "
                        + shape + ")", "The view has no elements, so the picture would have no pixels.");
                default -> StridescopeError.inputError("cannot draw a picture of shape " + shape + " " + d.str(),
                        "A picture is 1-D (one row) or 2-D (rows = axis 0), or (h, w, 3) / (h, w, 4) uint8 for RGB / RGBA,"
                                + " at most 2147483647 pixels a side. Take a 2-D slice with --expr, e.g. a[0] or a[..., 0].");
            };
        }
        Mode rgb = rgbMode(view);
        return new Picture(view, rgb == null ? Mode.VALUES : rgb);
    }

    private static Mode rgbMode(Layout view) {
        DType d = view.dtype();
        if (view.ndim() != 3 || d.kind() != Kind.UINT || d.itemsize() != 1 || d.isStructured() || d.subarray() != null) {
            return null;
        }
        return view.shape(2) == 3 ? Mode.RGB : view.shape(2) == 4 ? Mode.RGBA : null;
    }

    public Layout view() {
        return view;
    }

    public Mode mode() {
        return mode;
    }

    public long width() {
        return width;
    }

    public long height() {
        return height;
    }

    public long pixels() {
        return width * height;
    }

    /** The byte position of the element at (row, column) (the first channel for RGB(A)). */
    private long position(long row, long column) {
        return view.offset() + row * rowStride + column * columnStride;
    }

    private double valueAt(ByteSource src, long row, long column) {
        return Scalar.read(view.dtype(), src, position(row, column)).toFloat64();
    }

    /**
     * The smallest and largest finite value, {@code {NaN, NaN}} when there is none; null when
     * {@code cancelled} said so (it is asked once a row).
     */
    public double[] finiteRange(ByteSource src, BooleanSupplier cancelled) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (long r = 0; r < height; r++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            for (long c = 0; c < width; c++) {
                double v = valueAt(src, r, c);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
    }

    /** What {@link #index} says of a finite value that has no row (a range wider than the largest double). */
    public static final int NO_ROW = -1;

    /**
     * The colour table's row for {@code v}: 0 when vmax == vmin, else the clipped floor of the scaled
     * value, or {@link #NO_ROW}.
     */
    public static int index(double v, double vmin, double vmax) {
        if (vmax == vmin) {
            return 0;
        }
        double t = Math.floor((v - vmin) / (vmax - vmin) * 256);
        if (Double.isNaN(t)) {
            // inf / inf when the range itself overflows (wider than the largest double): an infinite value
            // still goes to its end of the table (the spec); a finite one has no row (matplotlib: transparent).
            return Double.isInfinite(v) ? (v > 0) == (vmax > vmin) ? 255 : 0 : NO_ROW;
        }
        return t >= 255 ? 255 : t > 0 ? (int) t : 0;
    }

    /**
     * The colour rule with vmin / vmax resolved: a missing one is the smallest / largest finite
     * value of the view (a pass over it); null when {@code cancelled} said so.
     */
    public Shading shading(ByteSource src, PictureStyle style, BooleanSupplier cancelled) {
        Colormap map = Colormap.named(style.colormap());
        double vmin = style.vmin() == null ? Double.NaN : style.vmin();
        double vmax = style.vmax() == null ? Double.NaN : style.vmax();
        if (mode == Mode.VALUES && (style.vmin() == null || style.vmax() == null)) {
            double[] range = finiteRange(src, cancelled);
            if (range == null) {
                return null;
            }
            if (style.vmin() == null) {
                vmin = range[0];
            }
            if (style.vmax() == null) {
                vmax = range[1];
            }
        }
        return new Shading(map, vmin, vmax);
    }

    /**
     * Makes every pixel, top row first, and hands them to {@code out} in runs of up to {@link #RUN}.
     * For the colour-table pictures, a missing vmin / vmax is found first (a pass over the view).
     *
     * @return false when {@code cancelled} said so (asked once a run)
     */
    public boolean render(ByteSource src, PictureStyle style, Pixels out, BooleanSupplier cancelled) throws IOException {
        Shading shading = shading(src, style, cancelled);
        if (shading == null) {
            return false;
        }
        byte[] run = new byte[(int) Math.min(RUN, width) * 4];
        for (long r = 0; r < height; r++) {
            for (long c0 = 0; c0 < width; c0 += RUN) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                int n = (int) Math.min(RUN, width - c0);
                for (int k = 0; k < n; k++) {
                    int rgba = pixel(src, shading, r, c0 + k);
                    run[4 * k] = (byte) (rgba >>> 24);
                    run[4 * k + 1] = (byte) (rgba >>> 16);
                    run[4 * k + 2] = (byte) (rgba >>> 8);
                    run[4 * k + 3] = (byte) rgba;
                }
                out.accept(r, c0, run, n);
            }
        }
        return true;
    }

    /** The pixel at (row, column) as {@code 0xRRGGBBAA}: the RGB(A) bytes, or the value through {@code shading}. */
    public int pixel(ByteSource src, Shading shading, long row, long column) {
        long pos = position(row, column);
        if (mode == Mode.VALUES) {
            return shading.rgba(Scalar.read(view.dtype(), src, pos).toFloat64());
        }
        long channel = view.stride(2);
        int alpha = mode == Mode.RGBA ? src.get(pos + 3 * channel) & 0xff : 0xff;
        return (src.get(pos) & 0xff) << 24 | (src.get(pos + channel) & 0xff) << 16 | (src.get(pos + 2 * channel) & 0xff) << 8 | alpha;
    }

    /**
     * The pixels at the crossings of {@code rows} and {@code columns} (any rows and columns of the
     * picture, e.g. those in sight, or every n-th for an overview), row by row into {@code rgba}
     * as {@code 0xRRGGBBAA}: only those elements are read.
     *
     * @return false when {@code cancelled} said so (asked once a row)
     */
    public boolean sample(ByteSource src, Shading shading, long[] rows, long[] columns, int[] rgba, BooleanSupplier cancelled) {
        int k = 0;
        for (long r : rows) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            for (long c : columns) {
                rgba[k++] = pixel(src, shading, r, c);
            }
        }
        return true;
    }

    /** The value at (row, column) as float64, as the colour rule reads it (the first channel of RGB(A)). */
    public double value(ByteSource src, long row, long column) {
        return valueAt(src, row, column);
    }

    /**
     * The 2-D slice of an N-D {@code view} with axes {@code rowAxis} (down) and {@code colAxis}
     * (across) and every other axis {@code k} held at {@code fixed[k]}: what a window shows of a
     * view with more axes than a picture has.
     */
    public static Layout plane(Layout view, int rowAxis, int colAxis, long[] fixed) {
        long offset = view.offset();
        for (int k = 0; k < view.ndim(); k++) {
            if (k != rowAxis && k != colAxis) {
                offset += fixed[k] * view.stride(k);
            }
        }
        return new Layout(view.dtype(), new long[] {view.shape(rowAxis), view.shape(colAxis)},
                new long[] {view.stride(rowAxis), view.stride(colAxis)}, offset);
    }
}
