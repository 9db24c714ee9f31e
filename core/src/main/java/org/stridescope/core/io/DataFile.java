package org.stridescope.core.io;

import java.nio.file.Path;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.io.tensors.OpenTensorFile;
import org.stridescope.core.io.tensors.TensorEntry;
import org.stridescope.core.io.tensors.TensorFile;
import org.stridescope.core.io.tensors.TensorFiles;
import org.stridescope.core.layout.LayoutSpec;

/**
 * A file opened for viewing, whatever it holds: raw bytes, a .npy, one member of an .npz, or one
 * tensor of a PyTorch checkpoint, safetensors or HDF5 file (told apart by content, see
 * {@link FileKind}). Everything the window and the command line need: the bytes to show, the
 * layout the file describes, and where its header ends.
 *
 * @param name    for people: "data.bin", "arrays.npz: x.npy"
 * @param kind    what the file is
 * @param source  the bytes to show: the whole file, or the chosen member's .npy bytes
 * @param header  the .npy header (null for raw bytes); bytes before {@code header.dataOffset()} are header
 * @param members the archive's members (empty unless .npz)
 * @param tensors the named arrays of a checkpoint, safetensors or HDF5 file (null for others)
 * @param tensor  the one of {@code tensors} shown: {@code source} is the whole file (or, for a
 *                compressed storage, its inflated copy) and its layout reads the tensor in place
 * @param tensorFile the open file of {@code tensors}, shared by every view of it ({@link #withTensor}); null for others
 */
public record DataFile(String name, FileKind kind, ByteSource source, NpyHeader header, List<NpzFile.Member> members,
                       AutoCloseable owner, TensorFile tensors, TensorEntry tensor, OpenTensorFile tensorFile)
        implements AutoCloseable {

    /**
     * Opens {@code path} read-only, memory-mapped. For an .npz, {@code member} names the array
     * ("x" or "x.npy"); null means the first, as {@code np.load} lists them.
     *
     * @throws StridescopeError InputError if the file cannot be read or is a damaged .npy/.npz
     */
    public static DataFile open(Path path, String member) {
        return open(path, member, ProgressMonitor.NONE);
    }

    /**
     * {@link #open(Path, String)}, telling {@code monitor} how inflating a compressed .npz member
     * goes (the only part that can take long); a cancel throws CancellationException, leaving nothing open.
     */
    public static DataFile open(Path path, String member, ProgressMonitor monitor) {
        ByteSource file = ByteSources.open(path);
        try {
            FileKind kind = FileKind.of(file);
            if (kind == FileKind.PYTORCH_LEGACY) {
                throw TensorFiles.legacy(path.toString());
            }
            if (member != null && !kind.holdsTensors()) {
                throw StridescopeError.inputError(path + " is " + (kind == FileKind.NPY ? "a .npy file" : "raw bytes")
                        + ", not an archive of arrays, so it has no member '" + member + "'",
                        "Only .npz, PyTorch, safetensors and HDF5 files hold several arrays to choose from; leave out"
                                + " the member to open the file.");
            }
            if (kind.holdsTensors() && kind != FileKind.NPZ) {
                OpenTensorFile tensors = OpenTensorFile.read(file, kind);
                if (member == null && tensors.tensors().arrays().stream().noneMatch(TensorEntry::readable)) {
                    // nothing to show as an array (all chunked, a pickle refused early): the bytes, and the list
                    return new DataFile(file.name(), kind, file, null, List.of(), tensors.lease(), tensors.tensors(), null,
                            tensors);
                }
                return showing(tensors, kind, member, monitor);
            }
            if (kind == FileKind.NPY) {
                NpyArray a = NpyArray.of(file.name(), file);
                return new DataFile(a.name(), kind, file, a.header(), List.of(), file, null, null, null);
            }
            if (kind == FileKind.NPZ) {
                NpzFile z = NpzFile.of(file);
                NpyArray a = member == null ? z.openFirst(monitor) : z.open(member, monitor);
                return new DataFile(a.name(), kind, a.source(), a.header(), z.members(), () -> {
                    a.close();
                    z.close();
                }, null, null, null);
            }
            return raw(file.name(), kind, file);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * {@code file} as plain bytes and nothing else, under {@code name}: no header, no members, no
     * tensors (the fallback when its header cannot be read: "Open as raw bytes").
     */
    public static DataFile raw(String name, FileKind kind, ByteSource file) {
        return new DataFile(name, kind, file, null, List.of(), file, null, null, null);
    }

    /**
     * The same file showing its tensor {@code name} instead: the file stays open and listed as it
     * is, and a compressed storage is inflated (telling {@code monitor}) only if not kept from
     * before. Both views may be closed in any order.
     *
     * @throws StridescopeError InputError if there is no such tensor or it cannot be shown
     * @throws IllegalStateException if this is not a file of tensors
     */
    public DataFile withTensor(String name, ProgressMonitor monitor) {
        if (tensorFile == null) {
            throw new IllegalStateException(this.name + " holds no tensors");
        }
        return showing(tensorFile, kind, name, monitor);
    }

    /** Whether showing {@code e} of this file takes no inflating (it lies in the file, or its storage is kept). */
    public boolean showsAtOnce(TensorEntry e) {
        return tensorFile != null && tensorFile.showsAtOnce(e);
    }

    private static DataFile showing(OpenTensorFile file, FileKind kind, String member, ProgressMonitor monitor) {
        TensorEntry tensor = file.tensors().find(member, file.file().name());
        AutoCloseable lease = file.lease();
        try {
            ByteSource bytes = file.bytes(tensor, monitor);
            return new DataFile(file.file().name() + ": " + tensor.name(), kind, bytes, null, List.of(), lease,
                    file.tensors(), tensor, file);
        } catch (RuntimeException e) {
            closeQuietly(lease);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // a lease's close cannot fail; read-only sources lose nothing
        }
    }

    /**
     * The members of the .npz at {@code path} without opening any (no inflating), to ask which
     * one; empty for any other file.
     *
     * @throws StridescopeError InputError if the file cannot be read or is a damaged archive
     */
    public static List<NpzFile.Member> npzMembers(Path path) {
        ByteSource file = ByteSources.open(path);
        try {
            if (FileKind.of(file) != FileKind.NPZ) {
                return List.of();
            }
            return NpzFile.of(file).members();
        } finally {
            file.close();
        }
    }

    /**
     * Whether {@code path} is a PyTorch checkpoint (whose storages may be deflated: opening it can
     * mean inflating one).
     *
     * @throws StridescopeError InputError if the file cannot be read
     */
    public static boolean isCheckpoint(Path path) {
        ByteSource file = ByteSources.open(path);
        try {
            return FileKind.of(file) == FileKind.PYTORCH;
        } finally {
            file.close();
        }
    }

    /** The layout the .npy header (or the chosen tensor) describes, or null for raw bytes (the user gives the layout). */
    public LayoutSpec layoutSpec() {
        if (tensor != null) {
            return tensor.layoutSpec();
        }
        return header == null ? null : new NpyArray(name, header, source).layoutSpec();
    }

    /** Bytes at the start of {@link #source()} that are the .npy header, not data (0 for raw bytes). */
    public long headerLength() {
        return header == null ? 0 : header.dataOffset();
    }

    @Override
    public void close() {
        closeQuietly(owner);
    }
}
