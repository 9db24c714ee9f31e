package org.stridescope.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of {@code spec/cli.md}; never starts the JavaFX toolkit. */
@Command(name = "stridescope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Shows what a NumPy-style array is: bytes, dtype, shape, strides, offset.",
        subcommands = {InspectCommand.class, ExportCommand.class})
public final class Cli implements Runnable {

    /** Exit status for a case NumPy refuses or an input we cannot read. */
    public static final int FAILED = 2;

    public static int run(String[] args) {
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("stridescope: " + ex.getMessage());
            return FAILED;
        });
        return cmd.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
