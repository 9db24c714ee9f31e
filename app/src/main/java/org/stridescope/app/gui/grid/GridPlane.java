package org.stridescope.app.gui.grid;

/**
 * Which 2-D slice of an N-D array the grid shows: the axis running down, the axis running
 * across, and the index held for every other axis. A 1-D array is one column (rowAxis 0,
 * no column axis); a 0-d array is a single cell.
 */
public record GridPlane(int rowAxis, int colAxis, long[] fixed) {
    public GridPlane {
        fixed = fixed.clone();
    }

    /** NumPy prints the last two axes as rows and columns; so does the grid at first. */
    public static GridPlane defaultFor(int ndim) {
        return switch (ndim) {
            case 0 -> new GridPlane(-1, -1, new long[0]);
            case 1 -> new GridPlane(0, -1, new long[1]);
            default -> new GridPlane(ndim - 2, ndim - 1, new long[ndim]);
        };
    }

    public int ndim() {
        return fixed.length;
    }

    public long rows(long[] shape) {
        return rowAxis < 0 ? 1 : shape[rowAxis];
    }

    public long cols(long[] shape) {
        return colAxis < 0 ? 1 : shape[colAxis];
    }

    /** The element at a grid cell. */
    public long[] index(long row, long col) {
        long[] idx = fixed.clone();
        if (rowAxis >= 0) {
            idx[rowAxis] = row;
        }
        if (colAxis >= 0) {
            idx[colAxis] = col;
        }
        return idx;
    }

    public long rowOf(long[] index) {
        return rowAxis < 0 ? 0 : index[rowAxis];
    }

    public long colOf(long[] index) {
        return colAxis < 0 ? 0 : index[colAxis];
    }

    /** True if the element lies in this slice. */
    public boolean shows(long[] index) {
        for (int k = 0; k < fixed.length; k++) {
            if (k != rowAxis && k != colAxis && index[k] != fixed[k]) {
                return false;
            }
        }
        return true;
    }

    /** The slice that holds {@code index}, keeping the same row and column axes. */
    public GridPlane through(long[] index) {
        long[] f = index.clone();
        if (rowAxis >= 0) {
            f[rowAxis] = 0;
        }
        if (colAxis >= 0) {
            f[colAxis] = 0;
        }
        return new GridPlane(rowAxis, colAxis, f);
    }

    public GridPlane withAxes(int newRowAxis, int newColAxis) {
        return new GridPlane(newRowAxis, newColAxis, fixed);
    }

    public GridPlane withFixed(int axis, long value) {
        long[] f = fixed.clone();
        f[axis] = value;
        return new GridPlane(rowAxis, colAxis, f);
    }

    @Override
    public long[] fixed() {
        return fixed.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridPlane p && p.rowAxis == rowAxis && p.colAxis == colAxis
                && java.util.Arrays.equals(p.fixed, fixed);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rowAxis + colAxis) + java.util.Arrays.hashCode(fixed);
    }
}
