package org.stridescope.app.gui.model;

import java.nio.file.Path;

/**
 * The window's command-line flags (spec/cli.md, GUI section), as the window uses them; they are
 * declared and read in one place, {@code cli.WindowOptions}. A flag left out is null, so the
 * window keeps its own default for it. {@code size} is the window's width and height ({@code --size},
 * for snapshots at other sizes than 1400x900); {@code picture} brings the Picture tab in front of the grid.
 */
public record GuiOptions(Path file, String hex, String dtype, String shape, String strides, String offset,
                         String expr, long[] select, Theme theme, Path snapshot, String lesson, double[] size,
                         boolean picture) {

    /** Light or dark colours for the whole window. */
    public enum Theme { LIGHT, DARK }

    public static GuiOptions none() {
        return new GuiOptions(null, null, null, null, null, null, null, null, null, null, null, null, false);
    }
}
