package org.stridescope.core.io;

import java.nio.file.Path;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.layout.LayoutSpec;

/**
 * A file opened for viewing, whatever it holds: raw bytes, a .npy, or one member of an .npz
 * (told apart by the first bytes, see {@link FileKind}). Everything the window and the command
 * line need: the bytes to show, the layout the file describes, and where its header ends.
 *
 * @param name    for people: "data.bin", "arrays.npz: x.npy"
 * @param kind    what the file is
 * @param source  the bytes to show: the whole file, or the chosen member's .npy bytes
 * @param header  the .npy header (null for raw bytes); bytes before {@code header.dataOffset()} are header
 * @param members the archive's members (empty unless .npz)
 */
public record DataFile(String name, FileKind kind, ByteSource source, NpyHeader header, List<NpzFile.Member> members,
                       AutoCloseable owner) implements AutoCloseable {

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
            if (member != null && kind != FileKind.NPZ) {
                throw StridescopeError.inputError(path + " is " + (kind == FileKind.NPY ? "a .npy file" : "raw bytes")
                        + ", not an .npz archive, so it has no member '" + member + "'",
                        "Only .npz files hold several arrays to choose from; leave out the member to open the file.");
            }
            if (kind == FileKind.NPY) {
                NpyArray a = NpyArray.of(file.name(), file);
                return new DataFile(a.name(), kind, file, a.header(), List.of(), file);
            }
            if (kind == FileKind.NPZ) {
                NpzFile z = NpzFile.of(file);
                NpyArray a = member == null ? z.openFirst(monitor) : z.open(member, monitor);
                return new DataFile(a.name(), kind, a.source(), a.header(), z.members(), () -> {
                    a.close();
                    z.close();
                });
            }
            return new DataFile(file.name(), kind, file, null, List.of(), file);
        } catch (RuntimeException e) {
            file.close();
            throw e;
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

    /** The layout the .npy header describes, or null for raw bytes (the user gives the layout). */
    public LayoutSpec layoutSpec() {
        return header == null ? null : new NpyArray(name, header, source).layoutSpec();
    }

    /** Bytes at the start of {@link #source()} that are the .npy header, not data (0 for raw bytes). */
    public long headerLength() {
        return header == null ? 0 : header.dataOffset();
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            // closing read-only sources loses nothing
        }
    }
}
