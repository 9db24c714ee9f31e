package org.stridescope.app.gui.hex;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * The places in the hex view where a label may go: inside the view, over no byte's text and over
 * no label already placed. Places are tried on the view's own grid (half characters across,
 * rows down), so a small tag fits the one-character gap between two hex pairs.
 */
final class FreeSpace {
    private final Rectangle2D area;
    private final BytesOnScreen bytes;
    private final List<Rectangle2D> taken = new ArrayList<>();

    FreeSpace(Rectangle2D area, BytesOnScreen bytes) {
        this.area = area;
        this.bytes = bytes;
    }

    void take(Rectangle2D box) {
        taken.add(box);
    }

    boolean isFree(Rectangle2D box) {
        return box.getMinX() >= area.getMinX() && box.getMaxX() <= area.getMaxX()
                && box.getMinY() >= area.getMinY() && box.getMaxY() <= area.getMaxY()
                && !bytes.hidesText(box) && taken.stream().noneMatch(box::intersects);
    }

    /**
     * The free place for a {@code w} by {@code h} box nearest {@code anchor} (measured to the box's
     * nearest edge), at most {@code maxDistance} away; null if there is none.
     */
    Rectangle2D nearest(double w, double h, Point2D anchor, double maxDistance) {
        double half = bytes.geometry().charWidth() / 2;
        double lh = bytes.lineHeight();
        // Boxes sit a hair inside a cell boundary, clear of the hex pairs on either side.
        double x0 = bytes.x0() + 0.2;
        long kFrom = (long) Math.ceil((area.getMinX() - x0) / half);
        long kTo = (long) Math.floor((area.getMaxX() - w - x0) / half);
        long iFrom = (long) Math.floor((area.getMinY() - bytes.top() + bytes.pixel()) / lh);
        long iTo = (long) Math.ceil((area.getMaxY() - bytes.top() + bytes.pixel()) / lh);
        Rectangle2D best = null;
        double bestDistance = maxDistance;
        for (long i = iFrom; i <= iTo; i++) {
            double y = bytes.rowTop(i) + (lh - h) / 2;
            double dy = distance(anchor.getY(), y, y + h);
            if (dy > bestDistance) {
                continue;
            }
            for (long k = kFrom; k <= kTo; k++) {
                double x = x0 + k * half;
                double d = Math.hypot(distance(anchor.getX(), x, x + w), dy);
                if (d <= bestDistance && (best == null || d < bestDistance)) {
                    Rectangle2D box = new Rectangle2D(x, y, w, h);
                    if (isFree(box)) {
                        best = box;
                        bestDistance = d;
                    }
                }
            }
        }
        return best;
    }

    private static double distance(double v, double from, double to) {
        return v < from ? from - v : v > to ? v - to : 0;
    }
}
