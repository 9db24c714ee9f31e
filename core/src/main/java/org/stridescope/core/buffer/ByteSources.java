package org.stridescope.core.buffer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.stridescope.core.StridescopeError;

/** Where byte sources come from: files on disk. */
public final class ByteSources {
    private ByteSources() {
    }

    /**
     * Opens a file of any size read-only, memory-mapped.
     *
     * @throws StridescopeError InputError if it is missing, unreadable or not a regular file (a
     *                          folder; a pipe or device, whose opening or reading could wait forever)
     */
    public static MappedFileByteSource open(Path path) {
        if (Files.isDirectory(path)) {
            throw StridescopeError.inputError("cannot open " + path + ": it is a folder",
                    "Choose a file inside it: Stridescope shows the bytes of one file.");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw StridescopeError.inputError("cannot open " + path + ": it is not a regular file (a pipe, device or socket)",
                    "Stridescope maps the bytes of a file on disk; a pipe or a device has no fixed bytes to map, and"
                            + " reading one could wait forever. Save its bytes to a file and open that.");
        }
        return new MappedFileByteSource(path);
    }

    /**
     * For a thread's last line of defence (an uncaught-exception handler): the JVM may raise the
     * {@link InternalError} of a read past the end of a shortened mapped file late, outside the
     * read that caused it. Such an error becomes the FILE_CHANGED InputError "the file changed on disk";
     * anything else gives null.
     */
    public static StridescopeError asFileChangedOnDisk(Throwable t) {
        if (t instanceof InternalError && t.getMessage() != null && t.getMessage().contains("unsafe memory access")) {
            return StridescopeError.fileChanged("the file changed on disk while it was being read",
                    "Another program shortened or rewrote a file Stridescope has open. Open it again to see what it"
                            + " holds now.");
        }
        return null;
    }

    /** The InputError for a file that could not be opened for reading: what went wrong, in words. */
    public static StridescopeError cannotOpen(Path path, Exception cause) {
        if (cause instanceof NoSuchFileException) {
            return StridescopeError.inputError("cannot open " + path + ": no such file",
                    "Check the name and the folder; the file may have been moved or deleted.");
        }
        if (cause instanceof AccessDeniedException) {
            return StridescopeError.inputError("cannot open " + path + ": permission denied",
                    "This user may not read the file; Stridescope only needs to read it.");
        }
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return StridescopeError.inputError("cannot open " + path + ": " + why,
                "The operating system refused to read or map the file"
                        + (cause instanceof IOException ? "." : " (" + cause.getClass().getSimpleName() + ")."));
    }
}
