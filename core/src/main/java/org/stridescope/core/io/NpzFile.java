package org.stridescope.core.io;

import java.nio.file.Path;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.ByteSources;

/**
 * An .npz archive (what {@code np.savez} and {@code np.savez_compressed} write): a zip of .npy
 * members. A stored member is shown in place, as a window of the memory-mapped archive (its
 * CRC-32 read through first, as NumPy's zipfile does); a deflated one is inflated, into memory
 * when small, into a temporary file otherwise.
 */
public final class NpzFile implements AutoCloseable {
    /** Members up to this size inflate into memory (as they arrive, never by their declared size); larger ones to a temporary file. */
    static final long IN_MEMORY_LIMIT = 32L << 20;

    /** One member: its name in the archive ("x.npy"), the key NumPy gives it ("x"), and its sizes. */
    public record Member(String name, String key, boolean compressed, long size, long compressedSize) {
    }

    private final ByteSource archive;
    private final String archiveName;
    private final List<ZipEntryInfo> entries;
    private final long inMemoryLimit;

    private NpzFile(ByteSource archive, long inMemoryLimit) {
        this.archive = archive;
        this.archiveName = archive.name();
        this.entries = ZipDirectory.read(archive, archiveName);
        this.inMemoryLimit = inMemoryLimit;
    }

    /** Opens an .npz file read-only, memory-mapped, and reads its table of contents. */
    public static NpzFile open(Path path) {
        return of(ByteSources.open(path));
    }

    /** Reads the table of contents of an .npz held by {@code archive}; closing this closes it. */
    public static NpzFile of(ByteSource archive) {
        return of(archive, IN_MEMORY_LIMIT);
    }

    static NpzFile of(ByteSource archive, long inMemoryLimit) {
        try {
            return new NpzFile(archive, inMemoryLimit);
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /** The zip directory's entries, in archive order (where each member's bytes are). */
    public List<ZipEntryInfo> entries() {
        return entries;
    }

    /** The members in archive order. */
    public List<Member> members() {
        return entries.stream().map(e -> new Member(e.name(), key(e.name()), e.method() != ZipEntryInfo.STORED,
                e.size(), e.compressedSize())).toList();
    }

    private static String key(String name) {
        return name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
    }

    /** The first member, as {@code np.load(f)[first]}; an InputError for an empty archive. */
    public NpyArray openFirst() {
        return openFirst(ProgressMonitor.NONE);
    }

    /** {@link #openFirst()}, telling {@code monitor} how the inflating of a compressed member goes. */
    public NpyArray openFirst(ProgressMonitor monitor) {
        if (entries.isEmpty()) {
            throw StridescopeError.inputError(archiveName + " holds no arrays", "The .npz archive is empty.");
        }
        return open(entries.get(0).name(), monitor);
    }

    /**
     * Opens the member named {@code name} ("x.npy", or NumPy's key "x") and reads its header.
     * The array stays readable until this archive is closed.
     */
    public NpyArray open(String name) {
        return open(name, ProgressMonitor.NONE);
    }

    /**
     * {@link #open(String)}, telling {@code monitor} how many bytes of a compressed member are
     * inflated; if it cancels, the partial copy is deleted and CancellationException thrown.
     */
    public NpyArray open(String name, ProgressMonitor monitor) {
        ZipEntryInfo entry = entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseGet(() -> entries.stream().filter(e -> key(e.name()).equals(name)).findFirst().orElseThrow(
                        () -> StridescopeError.inputError("no member '" + name + "' in " + archiveName,
                                "The archive holds: " + String.join(", ", members().stream().map(Member::key).toList())
                                        + ".")));
        String label = archiveName + ": " + entry.name();
        ByteSource data = ZipMember.open(archive, entry, label, inMemoryLimit, monitor);
        try {
            // NumPy meets a bad header before the end of the member, where zipfile checks the CRC
            NpyArray array = NpyArray.of(label, data);
            if (entry.method() == ZipEntryInfo.STORED) { // an inflated one was checked as it inflated
                ZipMember.checkCrc(data, entry, monitor);
            }
            return array;
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }

    @Override
    public void close() {
        archive.close();
    }
}
