package org.stridescope.core.io;

/**
 * Watches long work (an export, inflating a large compressed .npz member): it hears how far the
 * work has come and may ask it to stop. Both are called from the working thread, about every few
 * megabytes.
 */
public interface ProgressMonitor {
    /** Nothing to report to, never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
    };

    /** {@code done} of {@code total} units (elements written, bytes inflated) are done. */
    default void progress(long done, long total) {
    }

    /** True to stop: the work then removes what it made so far (an export returns false, inflating throws CancellationException). */
    default boolean cancelled() {
        return false;
    }
}
