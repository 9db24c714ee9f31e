package org.stridescope.app.gui.view;

import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.input.ScrollEvent;

/**
 * A skin that paints only what is visible on one viewport-sized canvas, with its own scroll bars
 * that count rows and columns as longs ({@link LongScroll}). Repaints are coalesced: a change
 * marks the skin dirty and the next layout pass paints once.
 */
public abstract class CanvasViewSkin<C extends Control> extends SkinBase<C> {
    protected final Canvas canvas = new Canvas();
    protected final ScrollBar vbar = new ScrollBar();
    protected final ScrollBar hbar = new ScrollBar();
    protected final LongScroll rows = new LongScroll(vbar, this::invalidate);
    protected final LongScroll cols = new LongScroll(hbar, this::invalidate);
    private boolean dirty = true;
    private int paintedCells;
    private long paints;

    protected CanvasViewSkin(C control) {
        super(control);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setOrientation(Orientation.HORIZONTAL);
        getChildren().addAll(canvas, vbar, hbar);
        canvas.setFocusTraversable(false);
        control.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                cols.scrollPixels(-(e.isShiftDown() ? e.getDeltaY() : e.getDeltaX()));
            } else {
                rows.scrollPixels(-e.getDeltaY());
            }
            e.consume();
        });
    }

    /** Something shown changed: paint again at the next pulse. */
    public final void invalidate() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    /** Sets the scroll extents for a canvas of this size (rows/cols in their own units). */
    protected abstract void measure(double width, double height);

    /** Called once the scroll extents are known (a reveal asked for before the first layout runs here). */
    protected void afterMeasure() {
    }

    /** True once the skin has been laid out at a real size. */
    protected boolean measured() {
        return canvas.getWidth() > 0 && canvas.getHeight() > 0;
    }

    /** Paints the visible part; returns how many cells it painted. */
    protected abstract int paint(GraphicsContext g, double width, double height);

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double vw = vbar.prefWidth(-1);
        double hh = hbar.prefHeight(-1);
        // Two passes: showing one bar can make the other necessary.
        measure(w, h);
        boolean needV = rows.needed();
        boolean needH = cols.needed();
        measure(w - (needV ? vw : 0), h - (needH ? hh : 0));
        needV = rows.needed();
        needH = cols.needed();
        double cw = Math.max(0, w - (needV ? vw : 0));
        double ch = Math.max(0, h - (needH ? hh : 0));
        measure(cw, ch);
        vbar.setVisible(needV);
        hbar.setVisible(needH);
        vbar.resizeRelocate(x + cw, y, vw, ch);
        hbar.resizeRelocate(x, y + ch, cw, hh);
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            dirty = true;
        }
        canvas.relocate(x, y);
        afterMeasure();
        if (dirty) {
            dirty = false;
            paints++;
            paintedCells = paint(canvas.getGraphicsContext2D(), cw, ch);
        }
    }

    /** Scrolls by whole rows and columns (the benchmark's and the keyboard's step). */
    public void scrollBy(long rowStep, long colStep) {
        rows.scrollRows(rowStep);
        cols.scrollRows(colStep);
    }

    /** Scrolls so that this row and column come first. */
    public void scrollTo(long row, long col) {
        rows.setPosition(row, 0);
        cols.setPosition(col, 0);
    }

    /** Cells painted by the last paint (the views' promise: only the visible ones). */
    public int paintedCells() {
        return paintedCells;
    }

    /** Paints so far (for the benchmark). */
    public long paints() {
        return paints;
    }

    /** Paints now, whatever changed (for the benchmark and tests). */
    public void paintNow() {
        dirty = false;
        paints++;
        paintedCells = paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 300;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 80;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        // A header and a row: in the smallest window with every bar open the view still fits, and scrolls.
        return 40;
    }
}
