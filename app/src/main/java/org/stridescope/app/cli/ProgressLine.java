package org.stridescope.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.stridescope.core.io.ProgressMonitor;

/**
 * Long work's progress on standard error ("writing out.npy (1.2 GiB): 42%", "inflating big.npy: 42%", one
 * line that updates), once it has lasted a moment; and for an export, Ctrl+C, which asks it to
 * stop so it removes its partial file before the program ends.
 */
final class ProgressLine implements ProgressMonitor {
    /** How long Ctrl+C waits for the export to clean up before the JVM goes anyway. */
    private static final long CLEANUP_WAIT_SECONDS = 10;

    private final PrintStream err;
    private final String doing;
    private final long showAfterNanos;
    private final boolean terminal = System.console() != null;
    private volatile boolean cancelled;
    private int shownPercent = -1;

    /** An export's progress, saying up front how much it writes: "writing view.npy (1.2 GiB): 42%". */
    ProgressLine(PrintStream err, Path target, String size, long delayMillis) {
        this(err, "writing " + target.getFileName() + " (" + size + ")", delayMillis);
    }

    /** Progress of any long work, {@code doing} naming it ("inflating big.npy"). */
    ProgressLine(PrintStream err, String doing, long delayMillis) {
        this.err = err;
        this.doing = doing;
        this.showAfterNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
    }

    /**
     * Runs the export with Ctrl+C wired to cancel it: the JVM's shutdown hook raises the flag and
     * waits for the export to notice (it checks every few megabytes) and delete its partial file.
     */
    boolean run(BooleanSupplier export) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            cancelled = true;
            try {
                finished.await(CLEANUP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stridescope-export-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            return export.getAsBoolean();
        } finally {
            finished.countDown();
            endLine();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl+C came: the hook is running and lets the JVM go now that the file is gone
            }
        }
    }

    @Override
    public void progress(long done, long total) {
        if (System.nanoTime() - showAfterNanos < 0) {
            return;
        }
        int percent = total == 0 ? 100 : (int) (100.0 * done / total);
        if (percent == shownPercent || !terminal && shownPercent >= 0 && percent / 10 == shownPercent / 10 && percent < 100) {
            return; // a log file gets a line every 10%, a terminal one line that updates
        }
        shownPercent = percent;
        err.print((terminal ? "\r" : "") + doing + ": " + percent + "%"
                + (terminal ? "" : "\n"));
        err.flush();
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    /** Ends the progress line, if one was shown (work run without {@link #run}). */
    void endLine() {
        if (terminal && shownPercent >= 0) {
            err.println();
        }
    }
}
