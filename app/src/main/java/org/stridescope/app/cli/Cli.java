package org.stridescope.app.cli;

/** The command line of spec/cli.md. (Skeleton.) */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args) {
        System.out.println("stridescope 0.1.0");
        return 0;
    }
}
