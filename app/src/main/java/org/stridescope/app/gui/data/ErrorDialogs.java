package org.stridescope.app.gui.data;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.buffer.HeapByteSource;

/**
 * What the user sees when something fails: a dialog that says what went wrong and what to do,
 * never a stack trace. The dialogs do not wait (no nested event loop), so they are safe to open
 * from an exception handler.
 */
public final class ErrorDialogs {
    private static Alert showing;

    private ErrorDialogs() {
    }

    /** Opens a dialog for {@code e}: NumPy's or our message on top, the plain explanation below. */
    public static Alert show(Window owner, String title, StridescopeError e) {
        if (showing != null && showing.isShowing() && showing.getHeaderText().equals(headline(e))) {
            return showing; // the same failure again (a repaint, say): one dialog is enough
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.getDialogPane().setId("error-dialog");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(headline(e));
        Label detail = new Label(e.detail().isEmpty() ? "" : e.detail());
        detail.setWrapText(true);
        detail.setId("error-dialog-detail");
        detail.setMaxWidth(520);
        alert.getDialogPane().setContent(detail);
        alert.show();
        showing = alert;
        return alert;
    }

    /** "InputError: cannot open x: no such file". */
    /**
     * What to tell the user of a failure in background work: our own errors as they are, a file
     * cut short under a mapping as such, anything else as our own problem ({@code ownProblem}).
     */
    public static StridescopeError asError(Throwable t, String ownProblem) {
        if (t instanceof StridescopeError e) {
            return e;
        }
        StridescopeError changed = org.stridescope.core.buffer.ByteSources.asFileChangedOnDisk(t);
        return changed != null ? changed : StridescopeError.internal(t, ownProblem);
    }

    static String headline(StridescopeError e) {
        return e.type() + ": " + e.getMessage();
    }

    /**
     * The FX thread's last line of defence: a file that shrank or changed on disk (the JVM's late
     * {@link InternalError} of a truncated mapping, or core's own check) becomes a clear message,
     * the window lets go of the file, and the app keeps running; any other failure also gets a
     * dialog, and its stack trace goes to standard error only, for a bug report.
     */
    public static void handleUncaught(FeatureContext context) {
        Thread fx = Thread.currentThread();
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("install on the FX thread");
        }
        fx.setUncaughtExceptionHandler((thread, problem) -> uncaught(context, problem));
    }

    static void uncaught(FeatureContext context, Throwable problem) {
        Window owner = context.owner();
        StridescopeError changed = ByteSources.asFileChangedOnDisk(problem);
        if (changed == null && problem instanceof StridescopeError se
                && se.origin() == StridescopeError.Origin.FILE_CHANGED) {
            changed = se;
        }
        if (changed != null) {
            // Reading the shortened mapping again would fail again: show no bytes until it is reopened.
            String name = context.model().sourceProperty().get().name();
            context.model().load(new HeapByteSource(new byte[0], name + " changed on disk: open it again"));
            show(owner, "The file changed", StridescopeError.fileChanged(changed.getMessage(),
                    changed.detail() + " Use File > Open Recent to open it again."));
        } else if (problem instanceof StridescopeError se) {
            show(owner, "Stridescope", se);
        } else {
            problem.printStackTrace();
            show(owner, "Stridescope", StridescopeError.internal(problem,
                    "Stridescope ran into a problem of its own (" + problem.getClass().getSimpleName() + ") and"
                            + " carried on. If it happens again, please report what you did; the details went to the"
                            + " terminal."));
        }
    }
}
