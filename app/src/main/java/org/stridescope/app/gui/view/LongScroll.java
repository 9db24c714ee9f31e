package org.stridescope.app.gui.view;

import javafx.scene.control.ScrollBar;

/**
 * One scroll direction over a count of rows (or columns) that may exceed what a double or an
 * int can address in pixels: the position is a {@code long} first row plus a pixel offset into
 * it. A {@link ScrollBar} shows it in row units (a double holds any row number below 2^53
 * exactly, so a 16 GiB file's 2^30 rows map one to one).
 */
public final class LongScroll {
    private final ScrollBar bar;
    private final Runnable onChange;
    private long count;
    private double unit = 1;
    private double viewport;
    private long first;
    private double pixel;
    private boolean syncing;

    public LongScroll(ScrollBar bar, Runnable onChange) {
        this.bar = bar;
        this.onChange = onChange;
        bar.setMin(0);
        bar.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                double v = b.doubleValue();
                long row = (long) Math.floor(v);
                setPosition(row, (v - row) * unit);
            }
        });
    }

    /** Sets how many rows there are, how tall each is, and how many pixels are visible. */
    public void setExtent(long rowCount, double rowSize, double viewportSize) {
        this.count = Math.max(0, rowCount);
        this.unit = Math.max(1, rowSize);
        this.viewport = Math.max(0, viewportSize);
        setPosition(first, pixel);
    }

    public long first() {
        return first;
    }

    /** Pixels of the first row hidden above (or left of) the viewport. */
    public double pixel() {
        return pixel;
    }

    public long count() {
        return count;
    }

    public double unit() {
        return unit;
    }

    /** Rows at least partly visible. */
    public int visibleRows() {
        return (int) Math.min(count - first, (long) Math.ceil((viewport + pixel) / unit));
    }

    /** Rows that fit entirely. */
    public long fullRows() {
        return Math.max(1, (long) Math.floor(viewport / unit));
    }

    /** The last first-row that still fills the viewport. */
    public long maxFirst() {
        return Math.max(0, count - fullRows());
    }

    public boolean needed() {
        return count * unit > viewport + 0.5;
    }

    public void setPosition(long row, double px) {
        long r = row;
        double p = px;
        if (p >= unit || p < 0) {
            long carry = (long) Math.floor(p / unit);
            r += carry;
            p -= carry * unit;
        }
        if (r >= maxFirst()) {
            r = maxFirst();
            p = 0;
        }
        if (r < 0) {
            r = 0;
            p = 0;
        }
        boolean changed = r != first || p != pixel;
        first = r;
        pixel = p;
        sync();
        if (changed) {
            onChange.run();
        }
    }

    public void scrollPixels(double delta) {
        // Split into whole rows first so huge deltas never lose precision.
        long rows = (long) (delta / unit);
        setPosition(satAdd(first, rows), pixel + (delta - rows * unit));
    }

    public void scrollRows(long rows) {
        setPosition(satAdd(first, rows), pixel);
    }

    /**
     * Scrolls the least amount that shows rows {@code from..to} (as much of them as fits) when they are
     * the next row past an edge (a step with the keys); rows further out of sight are centred, so
     * what is around them shows too (a stride's neighbours, on both sides).
     */
    public void ensureVisible(long from, long to) {
        if (from > satAdd(first, fullRows()) || to < first - 1) {
            centre(from, to);
        } else if (from < first || (from == first && pixel > 0)) {
            setPosition(from, 0);
        } else if (to >= first + fullRows()) {
            long target = Math.min(from, to - fullRows() + 1);
            setPosition(target, 0);
        }
    }

    /** Scrolls so rows {@code from..to} sit in the middle of the view (their start, if they do not fit). */
    public void centre(long from, long to) {
        long screen = Math.max(1, fullRows());
        long span = Math.min(to - from + 1, screen);
        setPosition(Math.max(0, from - (screen - span) / 2), 0);
    }

    private static long satAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return r;
    }

    private void sync() {
        syncing = true;
        try {
            double max = maxFirst();
            bar.setMax(Math.max(max, 0));
            bar.setVisibleAmount(Math.max(1, Math.min(fullRows(), max == 0 ? 1 : fullRows())));
            bar.setUnitIncrement(1);
            bar.setBlockIncrement(Math.max(1, fullRows() - 1));
            bar.setValue(first + pixel / unit);
        } finally {
            syncing = false;
        }
    }
}
