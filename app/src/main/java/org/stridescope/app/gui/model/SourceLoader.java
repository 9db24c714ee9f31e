package org.stridescope.app.gui.model;

import java.nio.file.Path;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;

/** Where the window's bytes come from: a file (read-only) or pasted text. */
public final class SourceLoader {
    private SourceLoader() {
    }

    /** Opens a file read-only, memory-mapped: any size, nothing read until it is shown. */
    public static ByteSource open(Path file) {
        return ByteSources.open(file);
    }

    /** Bytes from pasted text, in any paste format core understands. */
    public static ByteSource paste(String text) {
        return new HeapByteSource(PasteParser.parse(text), "pasted bytes");
    }
}
