package org.stridescope.app.gui.view;

import javafx.scene.paint.Color;

/**
 * The colours the canvas views paint with. Each colour means one thing in both views:
 * blue-ish = selected, lighter blue = hovered, green/teal tints = bytes some element reads
 * (alternating per element), amber = bytes inside the array's span that no element reads,
 * grey = outside the array; lavender = a file's header (a .npy's). Coverage mode counts readers
 * instead: grey = never read, amber = partly read (minimap), green = read once, orange = read by
 * several. Each axis has its own colour (stride arrows), from {@link #axis(int)}. The fields of a
 * record each have a soft colour of their own, from {@link #field(int, boolean)} (none of them
 * amber, blue or grey, which mean gap, selection/hover and outside).
 */
public record Palette(Color background, Color text, Color dimText, Color header, Color headerText, Color rule,
                      Color readEven, Color readOdd, Color gap, Color outside,
                      Color selection, Color selectionText, Color hover, Color readers, Color focus,
                      Color fileHeader, Color coverNever, Color coverPartly, Color coverOnce, Color coverSeveral,
                      java.util.List<Color> axes, java.util.List<Color> fields) {

    public static final Palette LIGHT = new Palette(
            Color.web("#ffffff"), Color.web("#1f2328"), Color.web("#8c959f"),
            Color.web("#f6f8fa"), Color.web("#59636e"), Color.web("#d1d9e0"),
            Color.web("#dafbe1"), Color.web("#b4f1c4"), Color.web("#fff1c2"), Color.web("#f3f4f6"),
            Color.web("#0969da"), Color.web("#ffffff"), Color.web("#b6e3ff"), Color.web("#54aeff"),
            Color.web("#0969da"),
            Color.web("#eddeff"), Color.web("#eaeef2"), Color.web("#fff1c2"), Color.web("#aceebb"), Color.web("#ffb77c"),
            colours("#0969da", "#bc4c00", "#8250df", "#1a7f37", "#bf3989", "#1b7c83"),
            colours("#d9cbff", "#ffc8de", "#b9efc9", "#ffd3ad", "#d4eaa0", "#e4d6bd", "#f5c4c4", "#a8ddd5"));

    public static final Palette DARK = new Palette(
            Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#6e7681"),
            Color.web("#161b22"), Color.web("#9198a1"), Color.web("#30363d"),
            Color.web("#143d24"), Color.web("#1f5c34"), Color.web("#3d2e00"), Color.web("#151a21"),
            Color.web("#1f6feb"), Color.web("#ffffff"), Color.web("#1b3a5e"), Color.web("#2f5f9e"),
            Color.web("#58a6ff"),
            Color.web("#2e1f4d"), Color.web("#262c36"), Color.web("#3d2e00"), Color.web("#1f5c34"), Color.web("#7a3a0c"),
            colours("#58a6ff", "#f0883e", "#bc8cff", "#3fb950", "#f778ba", "#39c5cf"),
            colours("#43327a", "#6a2143", "#1c5531", "#6b3a12", "#3f5116", "#52452e", "#6e2222", "#125159"));

    /** The colour of axis {@code k} (the colours repeat after six axes). */
    public Color axis(int k) {
        return axes.get(Math.floorMod(k, axes.size()));
    }

    /**
     * The colour of a record's field group {@code k} (the colours repeat after eight), a shade
     * nearer the text colour in odd records so that neighbouring records stay apart.
     */
    public Color field(int k, boolean odd) {
        Color c = fields.get(Math.floorMod(k, fields.size()));
        return odd ? c.interpolate(text, 0.1) : c;
    }

    private static java.util.List<Color> colours(String... web) {
        return java.util.Arrays.stream(web).map(Color::web).toList();
    }
}
