package org.stridescope.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.stridescope.app.base.Version;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.inspect.InspectionJson;
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
        // @name is text (a paste, an expression, a file's name), never a file of arguments to read:
        // "--hex @/dev/zero" must not hang nor "--hex @notes.txt" read the notes.
        cmd.setExpandAtFiles(false);
        CommandLine.IParameterExceptionHandler usage = cmd.getParameterExceptionHandler();
        cmd.setParameterExceptionHandler((ex, words) -> java.util.Arrays.asList(words).contains("--json")
                ? jsonParameterError(ex) : usage.handleParseException(ex, words));
        cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println(failure(ex));
            return FAILED;
        });
        return cmd.execute(args);
    }

    /**
     * The FILE of exactly {@code inspect --batch FILE}, which picocli would read the same way,
     * else null. A FILE picocli would read differently (an option name) is left to picocli; {@code -}
     * is standard input for both, and {@code @name} a file's name for both ({@code @argfiles} are off).
     */
    static String plainBatch(String[] args) {
        if (args.length != 3 || !args[0].equals("inspect") || !args[1].equals("--batch")) {
            return null;
        }
        String file = args[2];
        boolean plain = file.equals("-") || !(file.isEmpty() || file.startsWith("-"));
        return plain ? file : null;
    }

    /**
     * A flag picocli could not read (a non-number {@code --reads}, an unknown option): with
     * {@code --json} the JSON error object of spec/cli.md on standard output, so that a script
     * reading JSON gets JSON; else picocli's message and the usage on standard error.
     */
    private static int jsonParameterError(CommandLine.ParameterException ex) {
        StridescopeError error = StridescopeError.inputError(ex.getMessage(), "Run '"
                + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options and what each takes.");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.US_ASCII);
        out.println(InspectionJson.error(error));
        return FAILED;
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
