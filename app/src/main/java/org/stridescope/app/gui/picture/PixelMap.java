package org.stridescope.app.gui.picture;

import org.stridescope.app.gui.grid.GridPlane;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.picture.Picture;

/**
 * Which picture the window draws of the array on screen, and which element each pixel is: the
 * view itself when core can draw it (1-D and 2-D numbers, (h, w, 3|4) uint8 as RGB(A)), else, for
 * more axes, the grid's plane; or core's refusal in words.
 */
final class PixelMap {
    private final ShownArray array;
    private final Picture picture; // null when refused
    private final GridPlane plane; // non-null when the picture is a plane of an N-D view
    private final String refusal;

    private PixelMap(ShownArray array, Picture picture, GridPlane plane, String refusal) {
        this.array = array;
        this.picture = picture;
        this.plane = plane;
        this.refusal = refusal;
    }

    static PixelMap of(ShownArray array, GridPlane gridPlane) {
        if (array == null) {
            return new PixelMap(null, null, null, "No array yet: open a file or paste bytes, then pick a dtype and shape.");
        }
        Layout view = array.layout();
        Layout drawn = view;
        GridPlane plane = null;
        if (view.ndim() > 2 && Picture.refusal(view) != null && gridPlane.ndim() == view.ndim()
                && gridPlane.rowAxis() >= 0 && gridPlane.colAxis() >= 0) {
            plane = gridPlane;
            drawn = Picture.plane(view, plane.rowAxis(), plane.colAxis(), plane.fixed());
        }
        try {
            return new PixelMap(array, Picture.of(drawn), plane, null);
        } catch (StridescopeError e) {
            return new PixelMap(array, null, null, e.getMessage() + ".\n" + e.detail());
        }
    }

    ShownArray array() {
        return array;
    }

    /** The picture, or null when the view cannot be one (then {@link #refusal} says why). */
    Picture picture() {
        return picture;
    }

    String refusal() {
        return refusal;
    }

    /** The plane drawn of an N-D view, or null when the picture is the whole view. */
    GridPlane plane() {
        return plane;
    }

    long width() {
        return picture == null ? 0 : picture.width();
    }

    long height() {
        return picture == null ? 0 : picture.height();
    }

    boolean rgb() {
        return picture != null && picture.mode() != Picture.Mode.VALUES;
    }

    /** The element pixel (row, column) shows (for RGB(A), its first channel). */
    long[] index(long row, long column) {
        if (plane != null) {
            return plane.index(row, column);
        }
        return switch (array.layout().ndim()) {
            case 0 -> new long[0];
            case 1 -> new long[] {column};
            case 2 -> new long[] {row, column};
            default -> new long[] {row, column, 0};
        };
    }

    /** The last element pixel (row, column) shows: its last channel for RGB(A), else the one element. */
    long[] lastIndex(long row, long column) {
        long[] idx = index(row, column);
        if (rgb()) {
            idx[2] = array.layout().shape(2) - 1;
        }
        return idx;
    }

    /** The pixel {@code {row, column}} that shows element {@code index}, or null when the picture does not show it. */
    long[] pixelOf(long[] index) {
        if (picture == null || index == null || index.length != array.layout().ndim()) {
            return null;
        }
        if (plane != null) {
            return plane.shows(index) ? new long[] {plane.rowOf(index), plane.colOf(index)} : null;
        }
        return switch (index.length) {
            case 0 -> new long[] {0, 0};
            case 1 -> new long[] {0, index[0]};
            default -> new long[] {index[0], index[1]};
        };
    }
}
