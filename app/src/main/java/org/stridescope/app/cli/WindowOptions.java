package org.stridescope.app.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.lesson.LessonLibrary;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.layout.NumberLists;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The window's flags (spec/cli.md, GUI section), declared once: {@code stridescope FILE --hex ...}
 * is read with this command alone (no sub-commands to build, so the window starts sooner), and
 * {@link Cli} mixes it in so that {@code stridescope --help} shows them with the sub-commands.
 * The flags it shares with {@code inspect} and {@code export} are {@link ArrayFlags}.
 */
@Command(name = "stridescope")
public final class WindowOptions extends ArrayFlags {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "File to open read-only: raw bytes, .npy, .npz, ...")
    Path file;
    @Option(names = "--offset", paramLabel = "N", description = "Byte offset of the first element.")
    String offset;
    @Option(names = "--select", paramLabel = "I,J,...", description = "Selects the element at that index.")
    String select;
    @Option(names = "--theme", paramLabel = "light|dark", description = "The window's colours.")
    String theme;
    @Option(names = "--snapshot", paramLabel = "OUT.png",
            description = "Writes a PNG of the window at 1400x900 in that state and exits.")
    Path snapshot;
    @Option(names = "--size", paramLabel = "WxH", description = "The window's width and height, as for --snapshot (default 1400x900).")
    String size;

    @Option(names = "--picture", description = "Shows the view as a picture (the Picture tab in front of the grid).")
    boolean picture;
    @Option(names = "--lesson", paramLabel = "NAME", description = "Opens a lesson (see 'lessons'); the other flags change it.")
    String lesson;

    /**
     * The window's flags from its command line.
     *
     * @throws IllegalArgumentException with a one-line message that says which flag is wrong
     */
    public static GuiOptions parse(String[] args) {
        if (args.length > 0) {
            checkNotAnUnknownCommand(args[0]); // "stridescope inspekt --hex 00" is a typo, not a FILE with --hex
        }
        WindowOptions flags = new WindowOptions();
        CommandLine line = new CommandLine(flags);
        line.setExpandAtFiles(false); // @name is a file's name here, not a list of arguments
        try {
            line.parseArgs(args);
        } catch (CommandLine.UnmatchedArgumentException e) {
            String extra = e.getUnmatched().get(0);
            throw new IllegalArgumentException(flags.file != null && !extra.startsWith("-")
                    ? "only one FILE can be opened, got '" + flags.file + "' and '" + extra + "'" : e.getMessage(), e);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return flags.options();
    }

    /** A first word such as {@code bogus}, no file of that name being there, was meant as a command. */
    private static void checkNotAnUnknownCommand(String first) {
        if (first.matches("[A-Za-z][A-Za-z0-9_-]*") && !Files.exists(Path.of(first))) {
            throw new IllegalArgumentException("unknown command '" + first + "' (nor is it a file here); the commands are "
                    + String.join(", ", new CommandLine(new Cli()).getSubcommands().keySet())
                    + ", and stridescope FILE opens a file in the window");
        }
    }

    /**
     * Refuses a FILE that is not there before a window opens for it.
     *
     * @throws IllegalArgumentException with one line saying so
     */
    public static void checkFile(GuiOptions options) {
        Path file = options.file();
        if (file != null && !Files.exists(file)) {
            throw new IllegalArgumentException(ByteSources.cannotOpen(file, new NoSuchFileException(file.toString())).getMessage());
        }
    }

    /** The flags as the window takes them, each checked. */
    GuiOptions options() {
        if (file != null && hex != null) {
            throw new IllegalArgumentException("give either FILE or --hex, not both");
        }
        return new GuiOptions(file, hex, dtype, shape, strides, offset, expr, select == null ? null : index(select),
                theme == null ? null : theme(theme), snapshot, lesson == null ? null : knownLesson(lesson),
                size == null ? null : size(size), picture);
    }

    /** {@code 900x600}: at least the window's minimum, 900 by 600. */
    private static double[] size(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{3,5})[xX](\\d{3,5})").matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 900 || Integer.parseInt(m.group(2)) < 600) {
            throw new IllegalArgumentException("--size takes WIDTHxHEIGHT of at least 900x600, like 1400x900, not '" + text + "'");
        }
        return new double[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** A lesson's name as {@code stridescope lessons} lists it; the flags given with it override its layout. */
    private static String knownLesson(String name) {
        try {
            LessonLibrary.builtIn().load(name);
            return name;
        } catch (StridescopeError e) {
            throw new IllegalArgumentException("--lesson: " + e.getMessage());
        }
    }

    private static long[] index(String text) {
        try {
            return NumberLists.parse(text, "--select");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--select takes an index like 1,0: " + e.getMessage());
        }
    }

    private static GuiOptions.Theme theme(String value) {
        return switch (value.toLowerCase()) {
            case "light" -> GuiOptions.Theme.LIGHT;
            case "dark" -> GuiOptions.Theme.DARK;
            default -> throw new IllegalArgumentException("--theme is light or dark, not '" + value + "'");
        };
    }
}
