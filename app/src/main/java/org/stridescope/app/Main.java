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
            org.stridescope.app.cli.WindowOptions.checkFile(options);
            if (options.snapshot() == null && org.stridescope.app.gui.StridescopeApp.noDisplay()) {
                throw new IllegalArgumentException("no display: DISPLAY and WAYLAND_DISPLAY are not set, so the window"
                        + " cannot open (use --snapshot OUT.png for a picture without one)");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("stridescope: " + e.getMessage());
            System.exit(2);
        }
        try {
            org.stridescope.app.gui.StridescopeApp.launchWith(options);
        } catch (UnsupportedOperationException e) { // JavaFX: "Unable to open DISPLAY" (set, but no server there)
            System.err.println("stridescope: no display: " + e.getMessage() + " (use --snapshot OUT.png for a picture"
                    + " without one)");
            System.exit(2);
        }
    }

    private static boolean isCommand(String first) {
        return switch (first) {
            case "inspect", "export", "lessons", "--version", "-V", "--help", "-h", "help" -> true;
            default -> false;
        };
    }
}
