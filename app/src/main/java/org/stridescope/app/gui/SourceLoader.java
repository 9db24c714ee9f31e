package org.stridescope.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;

/** Where the window's bytes come from: a file (read-only) or pasted text. */
public final class SourceLoader {
    private SourceLoader() {
    }

    /** Opens a file read-only. */
    public static ByteSource open(Path file) {
        try {
            // Until core's memory-mapped source lands, small files are read whole.
            return new HeapByteSource(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException | OutOfMemoryError e) {
            throw StridescopeError.inputError("cannot read " + file + ": " + e.getMessage(),
                    "Check that the file exists and that you may read it.");
        }
    }

    /** Bytes from pasted text, in any paste format core understands. */
    public static ByteSource paste(String text) {
        return new HeapByteSource(PasteParser.parse(text), "pasted bytes");
    }
}
