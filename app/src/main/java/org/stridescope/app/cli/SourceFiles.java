package org.stridescope.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;

/** Opens a file named on the command line, read-only. (Placeholder until memory mapping lands.) */
final class SourceFiles {
    private SourceFiles() {
    }

    static ByteSource open(Path path) throws IOException {
        try {
            return new HeapByteSource(Files.readAllBytes(path), path.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw StridescopeError.inputError("no such file: " + path, "Check the path and try again.");
        }
    }
}
