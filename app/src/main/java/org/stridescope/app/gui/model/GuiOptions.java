package org.stridescope.app.gui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.layout.NumberLists;

/**
 * The window's command-line flags (spec/cli.md, GUI section). A flag left out is null, so the
 * window keeps its own default for it.
 */
public record GuiOptions(Path file, String hex, String dtype, String shape, String strides, String offset,
                         String expr, long[] select, Theme theme, Path snapshot, String lesson) {

    /** Light or dark colours for the whole window. */
    public enum Theme { LIGHT, DARK }

    public static GuiOptions none() {
        return new GuiOptions(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** @throws IllegalArgumentException with a message that says which flag is wrong */
    public static GuiOptions parse(String[] args) {
        Path file = null;
        Path snapshot = null;
        String hex = null, dtype = null, shape = null, strides = null, offset = null, expr = null, lesson = null;
        long[] select = null;
        Theme theme = null;
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!name.startsWith("--") || name.equals("--")) {
                if (file != null) {
                    throw new IllegalArgumentException("only one FILE can be opened, got '" + file + "' and '" + arg + "'");
                }
                file = Path.of(arg);
                continue;
            }
            if (value == null) {
                if (i + 1 >= rest.size()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = rest.get(++i);
            }
            switch (name) {
                case "--hex" -> hex = value;
                case "--dtype" -> dtype = value;
                case "--shape" -> shape = value;
                case "--strides" -> strides = value;
                case "--offset" -> offset = value;
                case "--expr" -> expr = value;
                case "--select" -> select = parseIndex(value);
                case "--theme" -> theme = parseTheme(value);
                case "--snapshot" -> snapshot = Path.of(value);
                case "--lesson" -> lesson = knownLesson(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (file != null && hex != null) {
            throw new IllegalArgumentException("give either FILE or --hex, not both");
        }
        return new GuiOptions(file, hex, dtype, shape, strides, offset, expr, select, theme, snapshot, lesson);
    }

    /** A lesson's name as {@code stridescope lessons} lists it; the flags given with it override its layout. */
    private static String knownLesson(String name) {
        try {
            org.stridescope.app.lesson.LessonLibrary.builtIn().load(name);
            return name;
        } catch (org.stridescope.core.StridescopeError e) {
            throw new IllegalArgumentException("--lesson: " + e.getMessage());
        }
    }

    private static long[] parseIndex(String text) {
        try {
            return NumberLists.parse(text, "--select");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--select takes an index like 1,0: " + e.getMessage());
        }
    }

    private static Theme parseTheme(String value) {
        return switch (value.toLowerCase()) {
            case "light" -> Theme.LIGHT;
            case "dark" -> Theme.DARK;
            default -> throw new IllegalArgumentException("--theme is light or dark, not '" + value + "'");
        };
    }
}
