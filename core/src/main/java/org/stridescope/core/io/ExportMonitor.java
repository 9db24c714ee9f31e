package org.stridescope.core.io;

/**
 * Watches an export: it hears how far the export has come and may ask it to stop. Both are
 * called from the exporting thread, about every few megabytes.
 */
public interface ExportMonitor {
    /** Nothing to report to, never cancelled. */
    ExportMonitor NONE = new ExportMonitor() {
    };

    /** {@code done} of {@code total} elements are written. */
    default void progress(long done, long total) {
    }

    /** True to stop: the export then removes its partial output and returns false. */
    default boolean cancelled() {
        return false;
    }
}
