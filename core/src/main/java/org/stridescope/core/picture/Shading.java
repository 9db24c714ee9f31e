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
        if (!Double.isInfinite(v) && vmax != vmin && Double.isNaN((v - vmin) / (vmax - vmin))) {
            // A range wider than the largest double (vmax - vmin is inf) and a finite value as far from
            // vmin: inf / inf has no row, and matplotlib draws it as it draws NaN, transparent.
            // (An infinite value keeps the spec's rule: +inf takes the last row, -inf the first.)
            return 0;
        }
        return colormap.rgba(Picture.index(v, vmin, vmax));
    }
}
