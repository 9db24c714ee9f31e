package org.stridescope.app.gui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: theme, bytes per hex row, window size. Snapshots and
 * tests use {@link #defaults()}, which neither reads nor writes anything, so they look the same
 * on every machine.
 */
public final class UserPrefs {
    private final Preferences node;
    private GuiOptions.Theme theme = GuiOptions.Theme.LIGHT;
    private int bytesPerRow = 16;
    private double width = 1400;
    private double height = 900;

    private UserPrefs(Preferences node) {
        this.node = node;
    }

    public static UserPrefs defaults() {
        return new UserPrefs(null);
    }

    /** The saved preferences, or the defaults where nothing (or nothing readable) was saved. */
    public static UserPrefs load() {
        try {
            return from(Preferences.userRoot().node("org/stridescope/app"));
        } catch (RuntimeException e) {
            return defaults();
        }
    }

    /** Preferences kept under {@code n}. */
    static UserPrefs from(Preferences n) {
        UserPrefs p = new UserPrefs(n);
        p.theme = "dark".equals(n.get("theme", "light")) ? GuiOptions.Theme.DARK : GuiOptions.Theme.LIGHT;
        p.bytesPerRow = Math.max(1, Math.min(4096, n.getInt("bytesPerRow", 16)));
        p.width = Math.max(640, n.getDouble("width", 1400));
        p.height = Math.max(480, n.getDouble("height", 900));
        return p;
    }

    public void save(GuiOptions.Theme newTheme, int newBytesPerRow, double newWidth, double newHeight) {
        theme = newTheme;
        bytesPerRow = newBytesPerRow;
        width = newWidth;
        height = newHeight;
        if (node == null) {
            return;
        }
        node.put("theme", newTheme == GuiOptions.Theme.DARK ? "dark" : "light");
        node.putInt("bytesPerRow", newBytesPerRow);
        node.putDouble("width", newWidth);
        node.putDouble("height", newHeight);
        try {
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            // Preferences are a convenience; failing to save them must not disturb closing.
        }
    }

    public GuiOptions.Theme theme() {
        return theme;
    }

    public int bytesPerRow() {
        return bytesPerRow;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
