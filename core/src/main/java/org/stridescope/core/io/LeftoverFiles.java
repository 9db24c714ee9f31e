package org.stridescope.core.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our temporary files (an export being written, an inflated .npz member), named with the id of
 * the process that made them: a run that was killed cannot delete its own, so the next run
 * removes those whose process is gone. Names are short and fixed in length, whatever the target's
 * name (a 250-character target must still be writable).
 */
final class LeftoverFiles {
    private static final Pattern OURS = Pattern.compile("\\.?stridescope-(\\d+)-[0-9a-f]+\\.(part|npy)");

    private LeftoverFiles() {
    }

    /** A new name in {@code folder}: {@code .stridescope-PID-RANDOM.part} (hidden) or {@code stridescope-PID-RANDOM.npy}. */
    static Path name(Path folder, boolean hidden, String extension) {
        return folder.resolve((hidden ? "." : "") + "stridescope-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + "." + extension);
    }

    /** Deletes files of ours in {@code folder} left by runs that are no longer alive; never fails. */
    static void sweep(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "{.stridescope-,stridescope-}*")) {
            for (Path f : files) {
                Matcher m = OURS.matcher(f.getFileName().toString());
                if (m.matches() && !alive(m.group(1)) && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder we cannot list or a file we cannot delete: leave it, the export goes on
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid we wrote: leave it
        }
    }
}
