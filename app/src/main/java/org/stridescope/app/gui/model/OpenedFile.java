package org.stridescope.app.gui.model;

import java.nio.file.Path;
import java.util.List;
import org.stridescope.core.buffer.OwnedByteSource;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.io.FileKind;
import org.stridescope.core.io.NpyHeader;
import org.stridescope.core.io.NpzFile;
import org.stridescope.core.io.ProgressMonitor;

/**
 * A file the window shows: the bytes of a raw file, a .npy, or one member of an .npz, with where
 * it came from (for File > Open Recent and "copy as NumPy code") and a name that says what was
 * opened ("data.npy (.npy, Fortran order)", "arrays.npz: b.npy (2 of 3, .npy)"). Closing it closes the file.
 */
public final class OpenedFile extends OwnedByteSource {
    private final Path path;
    private final DataFile data;

    private OpenedFile(Path path, DataFile data) {
        super(data.source(), describe(data), data::close);
        this.path = path.toAbsolutePath().normalize();
        this.data = data;
    }

    /**
     * Opens {@code path} read-only; for an .npz, {@code member} names the array (null: the first).
     *
     * @throws org.stridescope.core.StridescopeError InputError if it cannot be read
     */
    public static OpenedFile open(Path path, String member) {
        return open(path, member, ProgressMonitor.NONE);
    }

    /** {@link #open(Path, String)}, telling {@code monitor} how inflating a compressed member goes. */
    public static OpenedFile open(Path path, String member, ProgressMonitor monitor) {
        return new OpenedFile(path, DataFile.open(path, member, monitor));
    }

    /**
     * Opens {@code path} read-only as plain bytes, whatever it holds (a .npy whose header cannot
     * be read, an .npz): nothing is read from it but its size.
     */
    public static OpenedFile raw(Path path) {
        org.stridescope.core.buffer.ByteSource file = org.stridescope.core.buffer.ByteSources.open(path);
        return new OpenedFile(path, DataFile.raw(file.name() + " (raw bytes)", FileKind.RAW, file));
    }

    /**
     * This file showing its tensor {@code name} instead, sharing the open file and the storages
     * inflated before (a compressed storage not among them is inflated, telling {@code monitor}).
     */
    public OpenedFile withTensor(String name, ProgressMonitor monitor) {
        return new OpenedFile(path, data.withTensor(name, monitor));
    }

    private static String describe(DataFile d) {
        if (d.tensors() != null) { // the file, not one tensor: the Tensors panel switches between them in place
            String file = d.source().name();
            if (d.tensor() != null && d.tensor().packed() != null) {
                file = d.name().substring(0, d.name().length() - d.tensor().name().length() - 2);
            }
            int n = d.tensors().arrays().size();
            return file + " (" + d.tensors().format().title() + ", " + n + (n == 1 ? " array)" : " arrays)");
        }
        if (d.kind() == FileKind.RAW || d.header() == null) {
            return d.name();
        }
        NpyHeader h = d.header(); // the full story (version, header length) is in the hex view
        StringBuilder what = new StringBuilder(d.name()).append(" (");
        List<NpzFile.Member> members = d.members();
        if (d.kind() == FileKind.NPZ) {
            int at = 0;
            for (int i = 0; i < members.size(); i++) {
                if (d.name().endsWith(": " + members.get(i).name())) {
                    at = i + 1;
                }
            }
            what.append(at).append(" of ").append(members.size()).append(", ");
        }
        what.append(".npy");
        if (h.fortranOrder()) {
            what.append(", Fortran order");
        }
        return what.append(')').toString();
    }

    /** The file on disk (the archive, for an .npz member). */
    public Path path() {
        return path;
    }

    /** What the file holds: kind, .npy header, the archive's members. */
    public DataFile data() {
        return data;
    }
}
