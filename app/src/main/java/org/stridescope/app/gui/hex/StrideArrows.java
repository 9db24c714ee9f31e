package org.stridescope.app.gui.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.view.Fonts;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.layout.Layout;

/**
 * Arrows over the hex view from the selected element's first byte to its neighbour's along each
 * axis (index +1 on that axis, or -1 at the axis's end), in the axis's colour and labelled with
 * the byte distance: the stride, seen. A stride of 0 is a loop: the neighbour is the same bytes.
 */
final class StrideArrows {

    /** One arrow: axis, the two elements' first bytes, the label. */
    record Arrow(int axis, long from, long to, String label) {
    }

    /** An arrow as painted, with the box its label took. */
    record Drawn(Arrow arrow, Rectangle2D labelBox) {
    }

    private StrideArrows() {
    }

    /** The arrows for the element at {@code index} (axes of length 1 have no neighbour). */
    static List<Arrow> of(ShownArray a, long[] index) {
        Layout l = a.layout();
        long from = l.byteOf(index);
        List<Arrow> out = new ArrayList<>();
        for (int k = 0; k < l.ndim(); k++) {
            if (l.shape(k) < 2) {
                continue;
            }
            boolean forward = index[k] + 1 < l.shape(k);
            long distance = forward ? l.stride(k) : -l.stride(k);
            String label = distance == 0 ? "axis " + k + " stride 0: every index reads the same bytes"
                    : "axis " + k + (forward ? "" : ", one back") + ": " + (distance > 0 ? "+" : "") + distance + " B";
            out.add(new Arrow(k, from, from + distance, label));
        }
        return out;
    }

    /**
     * Paints the arrows whose both ends have a place on the canvas ({@code centre} gives a byte's
     * hex cell centre, or null when it is too far from the visible rows).
     */
    static List<Drawn> paint(GraphicsContext g, Palette p, List<Arrow> arrows, LongFunction<Point2D> centre, Rectangle2D area,
                             double dataBottom) {
        // Where bytes are drawn: labels go near their arrow but off the bytes when there is room nearby.
        Rectangle2D bytes = new Rectangle2D(area.getMinX(), area.getMinY(), area.getWidth(),
                Math.max(0, Math.min(area.getMaxY(), dataBottom) - area.getMinY()));
        List<Drawn> drawn = new ArrayList<>();
        List<Rectangle2D> labels = new ArrayList<>(); // and the rows they must not cover
        // Labels keep off the rows of every arrow's ends, not only of those drawn before them: the
        // bytes the arrows point at stay readable however full the view is.
        for (Arrow arrow : arrows) {
            for (long end : new long[] {arrow.from(), arrow.to()}) {
                Point2D at = centre.apply(end);
                if (at != null) {
                    labels.add(new Rectangle2D(area.getMinX(), at.getY() - Fonts.LINE_HEIGHT / 2, area.getWidth(), Fonts.LINE_HEIGHT));
                }
            }
        }
        int loops = 0;
        int curves = 0;
        g.setFont(Fonts.MONO);
        g.setLineWidth(1.6);
        for (Arrow arrow : arrows) {
            Point2D a = centre.apply(arrow.from());
            Point2D b = centre.apply(arrow.to());
            if (a == null || b == null) {
                continue;
            }
            Color c = p.axis(arrow.axis());
            g.setStroke(c);
            g.setFill(c);
            double lh = Fonts.LINE_HEIGHT;
            Point2D labelAt;
            if (arrow.from() == arrow.to()) {
                // A loop above the cell, back into itself; each stride-0 axis a size larger.
                // Above the cell, or below it when the top of the view is in the way.
                double r = lh * (0.45 + 0.3 * loops++);
                double side = a.getY() - lh / 2 - 2 * r < area.getMinY() ? 1 : -1;
                double cx = a.getX();
                double edge = a.getY() + side * lh / 2;
                double cy = edge + side * r * 0.8;
                g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
                head(g, new Point2D(cx + r, cy - side * 0.2 * r), new Point2D(a.getX() + 2, edge));
                labelAt = new Point2D(cx + r + 4, cy + side * r);
            } else {
                // A curve bulging to one side (alternating per axis), so arrows of several axes part.
                Point2D mid = a.midpoint(b);
                Point2D d = b.subtract(a);
                double len = Math.max(1, d.magnitude());
                Point2D normal = new Point2D(d.getY() / len, -d.getX() / len);
                if (normal.getY() > 0) {
                    normal = normal.multiply(-1);
                }
                double bulge = Math.min(120, 14 + 0.25 * len) * (curves % 2 == 0 ? 1 : -1) * (1 + 0.35 * (curves / 2));
                curves++;
                Point2D ctrl = mid.add(normal.multiply(bulge));
                if (!area.contains(ctrl)) {
                    ctrl = mid.subtract(normal.multiply(bulge)); // the other side has room
                }
                double lift = ctrl.getY() < mid.getY() ? -lh * 0.3 : lh * 0.3;
                Point2D start = a.add(0, lift);
                Point2D end = b.add(0, lift);
                g.beginPath();
                g.moveTo(start.getX(), start.getY());
                g.quadraticCurveTo(ctrl.getX(), ctrl.getY(), end.getX(), end.getY());
                g.stroke();
                head(g, ctrl, end);
                // The curve's own midpoint.
                labelAt = start.multiply(0.25).add(ctrl.multiply(0.5)).add(end.multiply(0.25)).add(4, -4);
            }
            Rectangle2D box = label(g, p, c, arrow.label(), labelAt, area, labels, bytes);
            labels.add(box);
            drawn.add(new Drawn(arrow, box));
        }
        return drawn;
    }

    /** An arrow head at {@code tip}, pointing away from {@code from}. */
    private static void head(GraphicsContext g, Point2D from, Point2D tip) {
        Point2D d = tip.subtract(from);
        double len = Math.max(1e-6, d.magnitude());
        Point2D u = d.multiply(1 / len);
        Point2D n = new Point2D(-u.getY(), u.getX());
        double size = 7;
        Point2D back = tip.subtract(u.multiply(size));
        g.fillPolygon(new double[] {tip.getX(), back.getX() + n.getX() * size * 0.5, back.getX() - n.getX() * size * 0.5},
                new double[] {tip.getY(), back.getY() + n.getY() * size * 0.5, back.getY() - n.getY() * size * 0.5}, 3);
    }

    /**
     * Draws a label near {@code at}: below the bytes if that is a few lines away, else moved down
     * (or up) past the rows and labels in {@code placed}; returns its box.
     */
    private static Rectangle2D label(GraphicsContext g, Palette p, Color c, String text, Point2D at, Rectangle2D area,
                                     List<Rectangle2D> placed, Rectangle2D bytes) {
        double w = text.length() * Fonts.CHAR_WIDTH + 8;
        double h = Fonts.LINE_HEIGHT;
        double x = Math.max(area.getMinX() + 2, Math.min(area.getMaxX() - w - 2, at.getX()));
        double y = Math.max(area.getMinY() + 1, Math.min(area.getMaxY() - h - 1, at.getY() - h / 2));
        java.util.function.DoublePredicate hidesNoByte = top -> {
            Rectangle2D box = new Rectangle2D(x, top, w, h);
            return !box.intersects(bytes) && !overlaps(box, placed);
        };
        double free = y;
        for (int tries = 0; tries < 6 && !hidesNoByte.test(free) && free + 2 * h + 2 <= area.getMaxY(); tries++) {
            free += h + 2;
        }
        if (hidesNoByte.test(free)) {
            y = free;
        } else {
            y = nearestFree(x, y, w, h, area, placed);
        }
        g.setFill(p.background().deriveColor(0, 1, 1, 0.92));
        g.fillRoundRect(x, y, w, h, 6, 6);
        g.setStroke(c);
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, w, h, 6, 6);
        g.setLineWidth(1.6);
        g.setFill(c);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 4, y + h / 2);
        return new Rectangle2D(x, y, w, h);
    }

    /**
     * The place nearest {@code y} where the label covers no other label and no arrow's end row (the
     * view is full of bytes, so some bytes it must cover); {@code y} itself if there is none.
     */
    private static double nearestFree(double x, double y, double w, double h, Rectangle2D area, List<Rectangle2D> placed) {
        double best = y;
        double bestDistance = Double.MAX_VALUE;
        for (double top = area.getMinY() + 1; top + h <= area.getMaxY(); top += 2) {
            if (Math.abs(top - y) < bestDistance && !overlaps(new Rectangle2D(x, top, w, h), placed)) {
                best = top;
                bestDistance = Math.abs(top - y);
            }
        }
        return best;
    }

    private static boolean overlaps(Rectangle2D r, List<Rectangle2D> placed) {
        return placed.stream().anyMatch(r::intersects);
    }
}
