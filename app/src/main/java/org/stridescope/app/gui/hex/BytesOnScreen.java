package org.stridescope.app.gui.hex;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.stridescope.core.layout.ByteRange;

/**
 * Where the bytes' text is painted in one frame of the hex view: rows from {@code top} (the first
 * {@code pixel} pixels of row {@code firstRow} scrolled away) down to {@code bottom}, columns from
 * {@code x0}; {@code selected} is the selected element's bytes. Labels drawn over the view ask it
 * whether they would hide a byte.
 */
record BytesOnScreen(HexGeometry geometry, double x0, double top, double bottom, long firstRow, double pixel,
                     double lineHeight, ByteRange selected) {

    /** The selected bytes' band in each row in sight, gaps between the pairs included. */
    List<Rectangle2D> selectedBand() {
        List<Rectangle2D> out = new ArrayList<>();
        if (selected == null || selected.length() == 0) {
            return out;
        }
        long from = Math.max(geometry.rowOf(selected.start()), firstRow);
        long to = Math.min(geometry.rowOf(selected.last()), firstRow + (long) Math.ceil((bottom - top + pixel) / lineHeight));
        for (long row = from; row <= to; row++) {
            long start = geometry.rowStart(row);
            int c0 = (int) Math.max(0, selected.start() - start);
            int c1 = (int) Math.min(geometry.bytesPerRow() - 1, selected.last() - start);
            double x = x0 + geometry.hexX(c0);
            out.add(new Rectangle2D(x, rowTop(row - firstRow), x0 + geometry.hexX(c1) + 2 * geometry.charWidth() - x, lineHeight));
        }
        return out;
    }

    /** The top of row {@code first + i} on the canvas (rows past the data continue the grid). */
    double rowTop(long i) {
        return top + i * lineHeight - pixel;
    }

    /** Where a row of bytes ends on the canvas, or where blank space below the data begins. */
    double dataBottom() {
        return Math.min(bottom, rowTop(geometry.rowCount() - firstRow));
    }

    /** True if {@code box} covers part of some byte's hex pair or ASCII character on screen. */
    boolean hidesText(Rectangle2D box) {
        double cw = geometry.charWidth();
        double from = Math.max(box.getMinY(), top);
        double to = Math.min(box.getMaxY(), bottom);
        if (to <= from) {
            return false;
        }
        long firstI = (long) Math.floor((from - top + pixel) / lineHeight);
        long lastI = (long) Math.floor((to - top + pixel - 1e-9) / lineHeight);
        double bx0 = box.getMinX() - x0;
        double bx1 = box.getMaxX() - x0;
        int bpr = geometry.bytesPerRow();
        for (long i = Math.max(0, firstI); i <= lastI; i++) {
            long start = geometry.rowStart(firstRow + i);
            long cFrom = Math.max(0, -start);
            long cTo = Math.min(bpr, geometry.size() - start);
            if (cTo <= cFrom) {
                continue;
            }
            // hexX(c) lies between 3c + 1 and 3.125c + 1 characters: only a few columns can meet the box.
            long lo = Math.max(cFrom, (long) Math.floor((bx0 / cw - 3) / 3.125));
            long hi = Math.min(cTo - 1, (long) Math.ceil((bx1 / cw - 1) / 3));
            for (long c = lo; c <= hi; c++) {
                double x = geometry.hexX((int) c);
                if (x < bx1 && x + 2 * cw > bx0) {
                    return true;
                }
            }
            double ascii = geometry.asciiX(0);
            long aLo = Math.max(cFrom, (long) Math.floor((bx0 - ascii) / cw));
            long aHi = Math.min(cTo - 1, (long) Math.ceil((bx1 - ascii) / cw));
            for (long c = aLo; c <= aHi; c++) {
                double x = geometry.asciiX((int) c);
                if (x < bx1 && x + cw > bx0) {
                    return true;
                }
            }
        }
        return false;
    }
}
