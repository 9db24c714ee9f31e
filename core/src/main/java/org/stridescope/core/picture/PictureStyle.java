package org.stridescope.core.picture;

/**
 * How values become colours: the colour table's name and, when given, the values that take its
 * first and last rows (null: the smallest / largest finite value of the view).
 */
public record PictureStyle(String colormap, Double vmin, Double vmax) {
    public static final PictureStyle DEFAULT = new PictureStyle(Colormap.DEFAULT, null, null);

    public PictureStyle {
        if (colormap == null) {
            colormap = Colormap.DEFAULT;
        }
    }
}
