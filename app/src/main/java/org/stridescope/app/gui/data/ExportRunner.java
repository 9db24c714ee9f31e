package org.stridescope.app.gui.data;

import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.io.ExportFormat;
import org.stridescope.core.io.ViewExport;
import org.stridescope.core.layout.Layout;

/**
 * Exports a view in the background ({@link BackgroundWork}): progress, and Cancel leaving no file
 * behind (core writes to a hidden .part file that only becomes the target once complete, and
 * deletes it on cancel).
 */
final class ExportRunner {
    private final BackgroundWork work = new BackgroundWork();

    /** Starts exporting {@code view} of {@code source} to {@code out}; returns at once. */
    Task<Boolean> start(Window owner, ByteSource source, Layout view, Path out) {
        return work.start(owner, "export", "Exporting", "Exporting the view to " + out.getFileName() + size(view, out), "elements",
                monitor -> ViewExport.export(source, view, out, monitor), written -> { },
                failure -> ErrorDialogs.show(owner, "Export failed", ErrorDialogs.asError(failure,
                        "The export stopped on a problem of Stridescope's own; nothing was written.")));
    }

    /** " (1.2 GiB)": what the export writes, said up front (core checks the disk has room for it). */
    private static String size(Layout view, Path out) {
        try {
            return " (" + ViewExport.outputSizeText(view, ExportFormat.forPath(out)) + ")";
        } catch (StridescopeError unknownFormat) {
            return ""; // the export says so
        }
    }

    /** The thread of the last export (tests wait for it to clean up after a cancel). */
    Thread lastWorker() {
        return work.lastWorker();
    }
}
