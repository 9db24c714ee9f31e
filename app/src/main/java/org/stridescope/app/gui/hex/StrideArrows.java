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

    /** An arrow as painted: the box its label took (beside it, or in the legend) and its tag's (or null). */
    record Drawn(Arrow arrow, Rectangle2D labelBox, Rectangle2D tagBox) {
    }

    /** How many lines from its arrow a label may stand before the legend takes over. */
    private static final double NEAR = 6;

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
     * hex cell centre, or null when it is too far from the visible rows), clipped to {@code area},
     * and their labels, which never hide a byte's text: beside their arrows where the view has
     * room, else in the legend at {@code legend} (a strip below {@code area} when the view is
     * full of bytes, else blank space at its bottom), each arrow then carrying its tag.
     */
    static List<Drawn> paint(GraphicsContext g, Palette p, List<Arrow> arrows, LongFunction<Point2D> centre, Rectangle2D area,
                             BytesOnScreen bytes, Rectangle2D legend, boolean viewFull) {
        g.save();
        g.beginPath();
        g.rect(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        g.clip();
        List<Arrow> shown = new ArrayList<>();
        List<Point2D> anchors = new ArrayList<>();
        int loops = 0;
        int curves = 0;
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
                labelAt = start.multiply(0.25).add(ctrl.multiply(0.5)).add(end.multiply(0.25));
            }
            shown.add(arrow);
            anchors.add(labelAt);
        }
        List<Drawn> beside = viewFull ? null : besideArrows(g, p, shown, anchors, area, bytes);
        g.restore();
        return beside != null ? beside : inLegend(g, p, arrows, shown, anchors, area, bytes, legend);
    }

    /** The legend names every arrow; each arrow in sight carries its tag, off the bytes. */
    private static List<Drawn> inLegend(GraphicsContext g, Palette p, List<Arrow> arrows, List<Arrow> shown, List<Point2D> anchors,
                                        Rectangle2D area, BytesOnScreen bytes, Rectangle2D legend) {
        FreeSpace space = new FreeSpace(area, bytes);
        space.take(legend);
        // Not between the selected bytes either: a tag there would read as one of them.
        bytes.selectedBand().forEach(space::take);
        java.util.Map<Arrow, Rectangle2D> tags = new java.util.HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            int axis = shown.get(i).axis();
            Rectangle2D tag = space.nearest(ArrowTag.width(axis), ArrowTag.height(), anchors.get(i), Double.MAX_VALUE);
            if (tag != null) {
                space.take(tag);
                ArrowTag.paint(g, p, axis, tag);
                tags.put(shown.get(i), tag);
            }
        }
        List<Rectangle2D> entries = ArrowLegend.paint(g, p, arrows, legend);
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < arrows.size(); i++) {
            drawn.add(new Drawn(arrows.get(i), entries.get(i), tags.get(arrows.get(i))));
        }
        return drawn;
    }

    /** Labels each arrow in free space near it; null (nothing painted) if some label finds none. */
    private static List<Drawn> besideArrows(GraphicsContext g, Palette p, List<Arrow> shown, List<Point2D> anchors,
                                            Rectangle2D area, BytesOnScreen bytes) {
        FreeSpace space = new FreeSpace(area, bytes);
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Arrow arrow = shown.get(i);
            Rectangle2D box = space.nearest(arrow.label().length() * Fonts.CHAR_WIDTH + 8, Fonts.LINE_HEIGHT - 2,
                    anchors.get(i), NEAR * Fonts.LINE_HEIGHT);
            if (box == null) {
                return null;
            }
            space.take(box);
            drawn.add(new Drawn(arrow, box, null));
        }
        for (Drawn d : drawn) {
            label(g, p, p.axis(d.arrow().axis()), d.arrow().label(), d.labelBox());
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

    /** A label in its box: the axis's colour on the view's background, framed. */
    private static void label(GraphicsContext g, Palette p, Color c, String text, Rectangle2D box) {
        double x = box.getMinX();
        double y = box.getMinY();
        double w = box.getWidth();
        double h = box.getHeight();
        g.setFill(p.background().deriveColor(0, 1, 1, 0.92));
        g.fillRoundRect(x, y, w, h, 6, 6);
        g.setStroke(c);
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, w, h, 6, 6);
        g.setLineWidth(1.6);
        g.setFill(c);
        g.setFont(Fonts.MONO);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 4, y + h / 2);
    }
}
