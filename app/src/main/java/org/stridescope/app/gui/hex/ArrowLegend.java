package org.stridescope.app.gui.hex;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.stridescope.app.gui.view.Fonts;
import org.stridescope.app.gui.view.Palette;

/**
 * The stride arrows' labels as a strip along the bottom of the hex view, for when the bytes leave
 * no room beside the arrows: each entry is the arrow's tag then its label ("axis 0: +128 B") in
 * the axis's colour, entries flowing into as many lines as the width needs.
 */
final class ArrowLegend {
    private static final double PAD = 6;
    private static final double TAG_GAP = 4;

    private ArrowLegend() {
    }

    /**
     * The strip's height for these arrows in a view {@code width} wide: a line per row of
     * entries, but whole lines within {@code most} (and at least one line).
     */
    static double height(List<StrideArrows.Arrow> arrows, double width, double most) {
        List<Rectangle2D> entries = entries(arrows, new Rectangle2D(0, 0, Math.max(1, width), 1));
        if (entries.isEmpty()) {
            return 0;
        }
        double lines = Math.round(entries.get(entries.size() - 1).getMaxY() / Fonts.LINE_HEIGHT);
        double fit = Math.max(1, Math.floor((most - 3) / Fonts.LINE_HEIGHT));
        return Math.min(lines, fit) * Fonts.LINE_HEIGHT + 3;
    }

    /**
     * Paints the strip over {@code strip}; returns each arrow's entry box, in the arrows' order
     * (null for an entry the strip has no line left for).
     */
    static List<Rectangle2D> paint(GraphicsContext g, Palette p, List<StrideArrows.Arrow> arrows, Rectangle2D strip) {
        g.setFill(p.header());
        g.fillRect(strip.getMinX(), strip.getMinY(), strip.getWidth(), strip.getHeight());
        g.setStroke(p.rule());
        g.setLineWidth(1);
        g.strokeLine(strip.getMinX(), strip.getMinY() + 0.5, strip.getMaxX(), strip.getMinY() + 0.5);
        List<Rectangle2D> entries = new ArrayList<>(entries(arrows, strip));
        g.setFont(Fonts.MONO);
        int left = 0;
        Rectangle2D last = null;
        for (int i = 0; i < arrows.size(); i++) {
            StrideArrows.Arrow a = arrows.get(i);
            Rectangle2D e = entries.get(i);
            if (e.getMaxY() > strip.getMaxY()) {
                entries.set(i, null);
                left++;
                continue;
            }
            last = e;
            double tagW = ArrowTag.width(a.axis());
            ArrowTag.paint(g, p, a.axis(), new Rectangle2D(e.getMinX(), e.getMinY() + (e.getHeight() - ArrowTag.height()) / 2,
                    tagW, ArrowTag.height()));
            g.setFill(p.axis(a.axis()));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(a.label(), e.getMinX() + tagW + TAG_GAP, e.getMinY() + e.getHeight() / 2);
        }
        if (left > 0 && last != null) {
            // Too many axes for a view this small: say so rather than drop them unsaid.
            g.setFill(p.headerText());
            g.fillText("+" + left + " more", last.getMaxX() + Fonts.CHAR_WIDTH, last.getMinY() + last.getHeight() / 2);
        }
        return entries;
    }

    /** Where each entry goes in {@code strip}: left to right, wrapping to a new line when full. */
    private static List<Rectangle2D> entries(List<StrideArrows.Arrow> arrows, Rectangle2D strip) {
        double lh = Fonts.LINE_HEIGHT;
        double cw = Fonts.CHAR_WIDTH;
        double x = strip.getMinX() + PAD;
        double y = strip.getMinY() + 2;
        List<Rectangle2D> out = new ArrayList<>();
        for (StrideArrows.Arrow a : arrows) {
            double w = ArrowTag.width(a.axis()) + TAG_GAP + a.label().length() * cw;
            if (x > strip.getMinX() + PAD && x + w > strip.getMaxX() - PAD) {
                x = strip.getMinX() + PAD;
                y += lh;
            }
            out.add(new Rectangle2D(x, y, w, lh - 2));
            x += w + 2 * cw;
        }
        return out;
    }
}
