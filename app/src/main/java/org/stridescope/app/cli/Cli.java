package org.stridescope.app.cli;

import org.stridescope.app.base.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of {@code spec/cli.md}; never starts the JavaFX toolkit. */
@Command(name = "stridescope", mixinStandardHelpOptions = true, versionProvider = Cli.VersionText.class,
        abbreviateSynopsis = true, sortOptions = false,
        description = {"Shows what a NumPy-style array is: bytes, dtype, shape, strides, offset.",
                "Without a COMMAND it opens the window on FILE (or the --hex bytes) in the layout the flags give."},
        subcommands = {InspectCommand.class, ExportCommand.class, LessonsCommand.class})
public final class Cli implements Runnable {
    /** The window's flags, here for the usage {@code --help} prints (the window reads them with {@link WindowOptions#parse}). */
    @CommandLine.Mixin
    WindowOptions window;

    /** Exit status for a case NumPy refuses or an input we cannot read. */
    public static final int FAILED = 2;

    public static int run(String[] args) {
        String batch = plainBatch(args);
        if (batch != null) {
            // Building picocli's model by reflection costs about a third of a second; a batch
            // run is judged on its wall time, and these arguments need none of it.
            try {
                return InspectCommand.runBatch(batch);
            } catch (Exception ex) {
                System.err.println(failure(ex));
                return FAILED;
            }
        }
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println(failure(ex));
            return FAILED;
        });
        return cmd.execute(args);
    }

    /**
     * The FILE of exactly {@code inspect --batch FILE}, which picocli would read the same way,
     * else null. A FILE picocli would read differently (an option name, an {@code @argfile}) is
     * left to picocli; {@code -} is standard input for both.
     */
    static String plainBatch(String[] args) {
        if (args.length != 3 || !args[0].equals("inspect") || !args[1].equals("--batch")) {
            return null;
        }
        String file = args[2];
        boolean plain = file.equals("-") || !(file.isEmpty() || file.startsWith("-") || file.startsWith("@"));
        return plain ? file : null;
    }

    /** The line a command that failed on something other than its input prints on stderr. */
    private static String failure(Exception ex) {
        return "stridescope: " + ex.getMessage();
    }

    /** picocli's {@code --version}: the one version text ({@link Version}). */
    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.text()};
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
