package org.stridescope.app.gui.data;

import java.util.function.Consumer;
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
import org.stridescope.core.io.ProgressMonitor;

/**
 * Long work off the FX thread (an export, inflating a big compressed member): the window stays
 * responsive, a dialog shows how far it has come from a moment after it starts (quick work does not
 * flash one), and Cancel asks it to stop at its next check.
 */
public final class BackgroundWork {
    private static final Duration DIALOG_DELAY = Duration.millis(300);
    private Thread worker;

    /** What runs in the background, reporting through the monitor it is given. */
    public interface Job<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    /**
     * Starts {@code job}; on the FX thread later, {@code done} gets its result, or {@code failed}
     * its exception (not called when cancelled). {@code unit} names what progress counts ("elements").
     */
    public <T> Task<T> start(Window owner, String id, String title, String header, String unit, Job<T> job,
                      Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(header + "…");
                return job.run(new ProgressMonitor() {
                    @Override
                    public void progress(long finished, long total) {
                        updateProgress(finished, Math.max(1, total));
                        updateMessage(String.format("%d%%  (%,d of %,d %s)", total == 0 ? 100 : (int) (100.0 * finished / total),
                                finished, total, unit));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        Dialog<Void> dialog = progressDialog(owner, id, title, header, task);
        PauseTransition later = new PauseTransition(DIALOG_DELAY);
        later.setOnFinished(e -> {
            if (!task.isDone()) {
                dialog.show();
            }
        });
        task.setOnSucceeded(e -> {
            later.stop();
            dialog.close();
            done.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            later.stop();
            dialog.close();
        });
        task.setOnFailed(e -> {
            later.stop();
            dialog.close();
            failed.accept(task.getException());
        });
        worker = new Thread(task, "stridescope-" + id);
        worker.setDaemon(true);
        later.play();
        worker.start();
        return task;
    }

    /** The thread of the last work started (tests wait for it). */
    public Thread lastWorker() {
        return worker;
    }

    private static Dialog<Void> progressDialog(Window owner, String id, String title, String header, Task<?> task) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(title);
        d.setHeaderText(header);
        ProgressBar bar = new ProgressBar();
        bar.setId(id + "-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(task.progressProperty());
        Label what = new Label();
        what.textProperty().bind(task.messageProperty());
        d.getDialogPane().setContent(new VBox(10, bar, what));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        Button cancel = (Button) d.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId(id + "-cancel");
        // Cancel (or closing the dialog) asks the work to stop at its next check, a few MB on;
        // it then removes what it made. No interrupt: it would close a file mid-write.
        d.setOnHidden(e -> task.cancel(false));
        return d;
    }
}
