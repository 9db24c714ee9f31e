package org.stridescope.app.cli;

import java.nio.file.Path;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.layout.LayoutSpec;
import org.stridescope.core.layout.TypedLayout;
import picocli.CommandLine.Option;

/**
 * SOURCE, LAYOUT and {@code --expr} of spec/cli.md, the same for every sub-command that builds an
 * array ({@code inspect}, {@code export}): where the bytes come from and how NumPy reads them
 * (the flags the window shares are in {@link ArrayFlags}).
 */
final class SourceOptions extends ArrayFlags {
    @Option(names = "--file", paramLabel = "PATH", description = "Raw bytes, .npy, .npz, PyTorch checkpoint, safetensors or HDF5 file (read-only).")
    Path file;
    @Option(names = "--member", paramLabel = "NAME", description = "The array of an .npz, checkpoint, safetensors or HDF5 file (default: the first).")
    String member;
    // Offset and count are read as text by core (TypedLayout), like the form's fields: a bad one is a typed error.
    @Option(names = "--offset", paramLabel = "N", description = "Byte offset of the first element.")
    String offset;
    @Option(names = "--count", paramLabel = "N", description = "frombuffer's count.")
    String count;

    /** The file {@code --list} lists: only --file, no layout. */
    Path fileToList() {
        if (file == null || hex != null) {
            throw StridescopeError.inputError("--list needs --file PATH (and no --hex)",
                    "For example: stridescope inspect --file model.pt --list");
        }
        return file;
    }

    /**
     * Opens the source and builds the array (the expression applied). A command runs once and
     * ends, so the read-only mapping is left for the process exit to release.
     *
     * @throws StridescopeError InputError when the source is missing, doubled or unreadable
     */
    Inspection inspect(String example) {
        if (hex != null && file != null) {
            throw StridescopeError.inputError("give either --file or --hex, not both", "One source at a time.");
        }
        TypedLayout typed = new TypedLayout(dtype, shape, strides, offset, count);
        ByteSource source;
        LayoutSpec fromHeader = null;
        if (hex != null) {
            source = new HeapByteSource(PasteParser.parse(hex));
        } else if (file != null) {
            // Only a big .npz member takes long to open (inflated, or its CRC-32 read): that shows on stderr.
            ProgressLine reading = new ProgressLine(System.err, "reading " + (member == null ? file.getFileName() : member),
                    500);
            DataFile data;
            try {
                data = DataFile.open(file, member, reading);
            } finally {
                reading.endLine();
            }
            boolean layoutTyped = dtype != null || shape != null || strides != null;
            try {
                // A layout typed reads the file's bytes as they are: a header NumPy refuses does not stop it.
                fromHeader = layoutTyped ? null : data.layoutSpec();
            } catch (RuntimeException e) {
                data.close();
                throw e;
            }
            source = data.source();
        } else {
            throw StridescopeError.inputError("no source: give --file PATH or --hex TEXT", "For example: " + example);
        }
        if (fromHeader != null) {
            return Inspector.inspect(source, fromHeader, expr); // a .npy header says what its array is
        }
        return Inspector.inspect(source, typed, expr);
    }
}
