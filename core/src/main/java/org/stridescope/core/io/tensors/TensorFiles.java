package org.stridescope.core.io.tensors;

import java.nio.file.Path;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.io.FileKind;
import org.stridescope.core.io.ProgressMonitor;
import org.stridescope.core.io.ZipDirectory;
import org.stridescope.core.io.ZipMember;

/** The one way in to files of named arrays: which reader a file's content calls for, and a tensor's bytes. */
public final class TensorFiles {
    /** Compressed storages up to this size inflate into memory, larger ones into a temporary file. */
    static final long IN_MEMORY_LIMIT = 32L << 20;

    private TensorFiles() {
    }

    /**
     * Lists the arrays of the file at {@code path} (read-only, memory-mapped).
     *
     * @throws StridescopeError InputError if it is not such a file, or is damaged
     */
    public static TensorFile list(Path path) {
        try (ByteSource src = ByteSources.open(path)) {
            return read(src, FileKind.of(src));
        }
    }

    /**
     * The arrays of {@code src}, whose content is {@code kind}.
     *
     * @throws StridescopeError InputError for a kind without named arrays, or a damaged file
     */
    public static TensorFile read(ByteSource src, FileKind kind) {
        return switch (kind) {
            case NPZ -> NpzLister.read(src);
            case PYTORCH -> TorchCheckpointReader.read(src);
            case SAFETENSORS -> SafetensorsReader.read(src);
            case HDF5 -> Hdf5Reader.read(src);
            case PYTORCH_LEGACY -> throw legacy(src.name());
            case NPY, RAW -> throw StridescopeError.inputError(src.name() + " is " + (kind == FileKind.NPY ? "a .npy file"
                    : "raw bytes") + ", not a file of named arrays",
                    "--list and --member are for .npz archives, PyTorch checkpoints, safetensors and HDF5 files;"
                            + " leave them out to open the file itself.");
        };
    }

    /** The refusal of a checkpoint in torch.save's format before PyTorch 1.6. */
    public static StridescopeError legacy(String name) {
        return StridescopeError.inputError(name + " is a PyTorch checkpoint in the old format (before PyTorch 1.6),"
                + " which Stridescope does not read", "Its tensors follow a pickle in one stream, not at places a zip"
                        + " archive names. Load it with PyTorch and save it again: torch.save(torch.load(f), 'new.pt')"
                        + " writes the zip format.");
    }

    /**
     * The bytes {@code entry}'s layout reads: the whole file, or for a tensor in a compressed
     * member an inflated copy of that member (closing it deletes the copy, never the file).
     *
     * @throws StridescopeError InputError if the entry cannot be shown
     */
    public static ByteSource bytes(ByteSource file, TensorEntry entry, ProgressMonitor monitor) {
        if (!entry.readable()) {
            throw StridescopeError.inputError("cannot show '" + entry.name() + "': " + entry.note(),
                    "Stridescope shows arrays that lie in the file as one block of bytes with strides.");
        }
        if (entry.packed() == null) {
            return file;
        }
        var member = ZipDirectory.read(file, file.name()).stream().filter(e -> e.name().equals(entry.packed().member()))
                .findFirst().orElseThrow();
        return ZipMember.open(file, member, file.name() + ": " + entry.packed().member(), IN_MEMORY_LIMIT, monitor);
    }
}
