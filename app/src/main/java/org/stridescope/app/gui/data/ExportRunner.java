package org.stridescope.app.gui.data;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.io.ProgressMonitor;
import org.stridescope.core.io.ViewExport;
import org.stridescope.core.layout.Layout;

/**
 * Exports a view in the background: the window stays responsive, a dialog shows how far it has
 * come (from a moment after it starts, so quick exports do not flash one), and Cancel stops it
 * leaving no file behind (core writes to a hidden .part file that only becomes the target once
 * complete, and deletes it on cancel).
 */
final class ExportRunner {
    private static final Duration DIALOG_DELAY = Duration.millis(300);
    private Thread worker;

    /** Starts exporting {@code view} of {@code source} to {@code out}; returns at once. */
    Task<Boolean> start(Window owner, ByteSource source, Layout view, Path out) {
        Task<Boolean> task = new Task<>() {
            @Override
            protected Boolean call() {
                updateMessage("Exporting " + out.getFileName() + "…");
                return ViewExport.export(source, view, out, new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, Math.max(1, total));
                        updateMessage(String.format("Exporting %s: %d%%  (%,d of %,d elements)", out.getFileName(),
                                total == 0 ? 100 : (int) (100.0 * done / total), done, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        Dialog<Void> dialog = progressDialog(owner, task, out);
        PauseTransition later = new PauseTransition(DIALOG_DELAY);
        later.setOnFinished(e -> {
            if (!task.isDone()) {
                dialog.show();
            }
        });
        task.setOnSucceeded(e -> {
            later.stop();
            dialog.close();
        });
        task.setOnCancelled(e -> {
            later.stop();
            dialog.close();
        });
        task.setOnFailed(e -> {
            later.stop();
            dialog.close();
            ErrorDialogs.show(owner, "Export failed", failure(task.getException()));
        });
        worker = new Thread(task, "stridescope-export");
        worker.setDaemon(true);
        later.play();
        worker.start();
        return task;
    }

    /** The thread of the last export (tests wait for it to clean up after a cancel). */
    Thread lastWorker() {
        return worker;
    }

    private static Dialog<Void> progressDialog(Window owner, Task<Boolean> task, Path out) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Exporting");
        d.setHeaderText("Exporting the view to " + out.getFileName());
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(task.progressProperty());
        Label what = new Label();
        what.textProperty().bind(task.messageProperty());
        d.getDialogPane().setContent(new VBox(10, bar, what));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        Button cancel = (Button) d.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("export-cancel");
        // Cancel (or closing the dialog) asks the export to stop at its next check, a few MB on;
        // it then removes its partial file. No interrupt: it would close the file mid-write.
        d.setOnHidden(e -> task.cancel(false));
        return d;
    }

    private static StridescopeError failure(Throwable t) {
        if (t instanceof StridescopeError e) {
            return e;
        }
        StridescopeError changed = ByteSources.asFileChangedOnDisk(t);
        if (changed != null) {
            return changed;
        }
        return new StridescopeError("InternalError", String.valueOf(t),
                "The export stopped on a problem of Stridescope's own; nothing was written.");
    }
}
