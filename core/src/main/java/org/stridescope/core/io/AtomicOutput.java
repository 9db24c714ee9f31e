package org.stridescope.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.stridescope.core.StridescopeError;

/**
 * Writes a file so that it appears whole or not at all: everything goes to a hidden temporary
 * file in the same folder, which is renamed over the target only when complete. A cancelled or
 * failed write deletes the temporary file, and the target is never half-written. (No fsync before
 * the rename: like {@code np.save}, durability across a power cut is left to the system; an fsync
 * of a 256 MiB export costs as much again as writing it.)
 */
final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private boolean committed;

    AtomicOutput(Path target) {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        if (Files.isDirectory(this.target)) {
            throw StridescopeError.inputError("cannot write " + target + ": it is a folder", "Give a file name to export to.");
        }
        LeftoverFiles.sweep(folder);
        this.temp = LeftoverFiles.name(folder, true, "part");
        try {
            this.channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    FileChannel channel() {
        return channel;
    }

    /** The hidden file being written (for tests that check it goes away). */
    Path temp() {
        return temp;
    }

    /** Moves the finished file into place, replacing any older file of that name. */
    void commit() {
        try {
            channel.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    StridescopeError cannotWrite(IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "the folder " + target.getParent() + " does not exist"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return StridescopeError.inputError("cannot write " + target + ": " + why,
                "The export goes to a temporary file next to the target, then takes its name; the folder must be"
                        + " writable and have room for the whole file. Nothing was left behind.");
    }

    /** Without a commit, removes the temporary file. */
    @Override
    public void close() {
        if (!committed) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // deleting is what matters
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the next run removes it (LeftoverFiles)
            }
        }
    }
}
