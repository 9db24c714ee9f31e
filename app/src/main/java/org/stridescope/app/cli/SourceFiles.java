package org.stridescope.app.cli;

import java.nio.file.Path;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.ByteSources;

/** Opens a file named on the command line: read-only, memory-mapped, any size. */
final class SourceFiles {
    private SourceFiles() {
    }

    static ByteSource open(Path path) {
        return ByteSources.open(path);
    }
}
