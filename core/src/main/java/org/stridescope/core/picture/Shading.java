package org.stridescope.core.picture;

/**
 * The colour rule of cli.md "Pictures" with its values settled: a colour table and the values
 * that take its first and last rows. NaN is transparent; with no finite value to go by (vmin or
 * vmax NaN) every number takes row 0.
 */
public record Shading(Colormap colormap, double vmin, double vmax) {

    /** The colour of {@code v} as {@code 0xRRGGBBAA}. */
    public int rgba(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isNaN(vmin) || Double.isNaN(vmax)) {
            return colormap.rgba(0);
        }
        int row = Picture.index(v, vmin, vmax);
        return row == Picture.NO_ROW ? 0 : colormap.rgba(row);
    }
}
