package org.stridescope.app.gui.model;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: theme, bytes per hex row, window size, recently opened
 * files, expressions, the view switches and the panel in front. Snapshots and
 * tests use {@link #defaults()}, which neither reads nor writes anything, so they look the same
 * on every machine.
 */
public final class UserPrefs {
    private final Preferences node;
    private GuiOptions.Theme theme = GuiOptions.Theme.LIGHT;
    /** Bytes per hex row meaning "as many as the pane fits, up to 16" (the default). */
    public static final int FIT = 0;
    private int bytesPerRow = FIT;
    private double width = 1400;
    private double height = 900;
    private final List<Path> recentFiles = new ArrayList<>();
    private final java.util.Map<String, String> choices = new java.util.HashMap<>();

    /** How many recently opened files File > Open Recent lists. */
    public static final int RECENT_LIMIT = 10;

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
    public static UserPrefs from(Preferences n) {
        UserPrefs p = new UserPrefs(n);
        p.theme = "dark".equals(n.get("theme", "light")) ? GuiOptions.Theme.DARK : GuiOptions.Theme.LIGHT;
        int perRow = n.getInt("bytesPerRow", FIT);
        p.bytesPerRow = perRow == FIT ? FIT : Math.max(1, Math.min(4096, perRow));
        p.width = Math.max(640, n.getDouble("width", 1400));
        p.height = Math.max(480, n.getDouble("height", 900));
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String file = n.get("recent." + i, null);
            try {
                if (file != null && !file.isEmpty()) {
                    p.recentFiles.add(Path.of(file));
                }
            } catch (InvalidPathException e) {
                // a path saved on another system: skip it
            }
        }
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
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            // Preferences are a convenience; failing to save them must not disturb closing.
        }
    }

    /** Recently opened files, the latest first. */
    public List<Path> recentFiles() {
        return List.copyOf(recentFiles);
    }

    /** Puts {@code file} first in the recent list (saved at once: a crash later keeps it). */
    public void addRecentFile(Path file) {
        Path f = file.toAbsolutePath().normalize();
        recentFiles.remove(f);
        recentFiles.add(0, f);
        while (recentFiles.size() > RECENT_LIMIT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
        saveRecentFiles();
    }

    /** Forgets {@code file} (it could not be opened any more), or every file when null. */
    public void forgetRecentFile(Path file) {
        if (file == null) {
            recentFiles.clear();
        } else {
            recentFiles.remove(file.toAbsolutePath().normalize());
        }
        saveRecentFiles();
    }

    private void saveRecentFiles() {
        if (node == null) {
            return;
        }
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < recentFiles.size()) {
                node.put("recent." + i, recentFiles.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
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

    /** A view choice as the user last left it ("strideArrows" on, "panel" = "explain-tab"), or {@code otherwise}. */
    public String choice(String name, String otherwise) {
        String kept = choices.get(name);
        if (kept != null) {
            return kept;
        }
        return node == null ? otherwise : node.get("view." + name, otherwise);
    }

    /** Remembers a view choice for the next run (only in memory for {@link #defaults()}). */
    public void saveChoice(String name, String value) {
        choices.put(name, value);
        if (node != null) {
            node.put("view." + name, value);
            flush();
        }
    }

    /** Expressions applied in earlier runs, oldest first (none for {@link #defaults()}). */
    public java.util.List<String> expressions() {
        if (node == null) {
            return java.util.List.of();
        }
        String saved = node.get("expressions", "");
        return saved.isEmpty() ? java.util.List.of() : java.util.List.of(saved.split("\n"));
    }

    /** Remembers the latest applied expressions (one per line; the store keeps at most 8 KiB a value). */
    public void saveExpressions(java.util.List<String> oldestFirst) {
        if (node == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            String e = oldestFirst.get(i).replace('\n', ' ');
            if (sb.length() + e.length() + 1 > Preferences.MAX_VALUE_LENGTH) {
                break;
            }
            sb.insert(0, sb.isEmpty() ? e : e + "\n");
        }
        try {
            node.put("expressions", sb.toString());
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            // A convenience, as above.
        }
    }

    /** Bookmarks kept this run, by file key (also the only store for {@link #defaults()}). */
    private final java.util.Map<String, List<String>> bookmarks = new java.util.HashMap<>();

    /** The bookmarks saved for a file (one line each, as {@link #saveBookmarks} was given them); none if never saved. */
    public List<String> bookmarks(String fileKey) {
        List<String> kept = bookmarks.get(fileKey);
        if (kept != null || node == null) {
            return kept == null ? List.of() : kept;
        }
        String saved = node.node("bookmarks").get(storeKey(fileKey), "");
        return saved.isEmpty() ? List.of() : List.of(saved.split("\n"));
    }

    /** Remembers a file's bookmarks (the store keeps 8 KiB a file: the last ones past that are dropped). */
    public void saveBookmarks(String fileKey, List<String> lines) {
        bookmarks.put(fileKey, List.copyOf(lines));
        if (node == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (sb.length() + line.length() + 1 > Preferences.MAX_VALUE_LENGTH) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : "\n").append(line);
        }
        try {
            Preferences b = node.node("bookmarks");
            if (sb.isEmpty()) {
                b.remove(storeKey(fileKey));
            } else {
                b.put(storeKey(fileKey), sb.toString());
            }
            b.flush();
        } catch (BackingStoreException | RuntimeException e) {
            // A convenience, as above.
        }
    }

    /** A file key (a path and more) as a store key, which may hold only 80 characters. */
    private static String storeKey(String fileKey) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(fileKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
