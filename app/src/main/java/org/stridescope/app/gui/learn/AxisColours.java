package org.stridescope.app.gui.learn;

import javafx.scene.paint.Color;
import org.stridescope.app.gui.GuiOptions;

/**
 * One colour per axis, the same wherever an axis is shown (the formula's terms, and any view that
 * wants to mark an axis); from GitHub Primer's palette so they read on both themes. Axes past the
 * sixth reuse the colours.
 */
public final class AxisColours {
    private static final Color[] LIGHT = {Color.web("#0969da"), Color.web("#bf3989"), Color.web("#1a7f37"),
            Color.web("#9a6700"), Color.web("#8250df"), Color.web("#cf222e")};
    private static final Color[] DARK = {Color.web("#58a6ff"), Color.web("#f778ba"), Color.web("#3fb950"),
            Color.web("#d29922"), Color.web("#bc8cff"), Color.web("#ff7b72")};

    private AxisColours() {
    }

    public static Color of(int axis, GuiOptions.Theme theme) {
        Color[] colours = theme == GuiOptions.Theme.DARK ? DARK : LIGHT;
        return colours[Math.floorMod(axis, colours.length)];
    }
}
