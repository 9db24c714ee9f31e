package org.stridescope.app.gui.hex;

import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stridescope.app.gui.view.Fonts;
import org.stridescope.app.gui.view.Palette;

/**
 * An arrow's short name, its axis number on a pill of the axis's colour: on the arrow, and again
 * in the legend beside the stride it stands for. One digit is narrow enough for the gap between
 * two hex pairs.
 */
final class ArrowTag {
    private static final Font FONT = Font.font(Fonts.MONO.getFamily(), FontWeight.BOLD, 11);

    private ArrowTag() {
    }

    static double width(int axis) {
        return String.valueOf(axis).length() * Fonts.CHAR_WIDTH - 0.4;
    }

    static double height() {
        return Fonts.LINE_HEIGHT - 4;
    }

    static void paint(GraphicsContext g, Palette p, int axis, Rectangle2D box) {
        g.setFill(p.axis(axis));
        g.fillRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), 5, 5);
        g.setFill(p.background());
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(String.valueOf(axis), box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2);
        g.setFont(Fonts.MONO);
        g.setTextAlign(TextAlignment.LEFT);
    }
}
