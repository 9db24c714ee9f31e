package org.stridescope.app;

/**
 * The one entry point. Sub-commands ({@code inspect}, {@code export}, ...) run without ever
 * touching the JavaFX toolkit; anything else opens the window. This class must not extend
 * {@code javafx.application.Application}: the java launcher would then demand JavaFX modules.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && isCommand(args[0])) {
            System.exit(org.stridescope.app.cli.Cli.run(args));
        }
        org.stridescope.app.gui.model.GuiOptions options = null;
        try {
            options = org.stridescope.app.cli.WindowOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("stridescope: " + e.getMessage());
            System.exit(2);
        }
        org.stridescope.app.gui.StridescopeApp.launchWith(options);
    }

    private static boolean isCommand(String first) {
        return switch (first) {
            case "inspect", "export", "lessons", "--version", "-V", "--help", "-h", "help" -> true;
            default -> false;
        };
    }
}
