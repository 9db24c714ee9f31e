package org.stridescope.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.MappedFileByteSource;
import org.stridescope.core.buffer.OwnedByteSource;
import org.stridescope.core.buffer.SliceByteSource;

/**
 * An .npz archive (what {@code np.savez} and {@code np.savez_compressed} write): a zip of .npy
 * members. A stored member is shown in place, as a window of the memory-mapped archive; a
 * deflated one is inflated, into memory when small, into a temporary file otherwise.
 */
public final class NpzFile implements AutoCloseable {
    /** Deflated members up to this size are inflated into memory; larger ones into a temporary file. */
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
        if ((entry.flags() & 1) != 0) {
            throw StridescopeError.inputError("the member " + entry.name() + " is encrypted",
                    "NumPy never encrypts .npz members; this archive was made by another tool.");
        }
        long start = ZipDirectory.dataStart(archive, archiveName, entry);
        String label = archiveName + ": " + entry.name();
        ByteSource data;
        if (entry.method() == ZipEntryInfo.STORED) {
            data = new SliceByteSource(archive, start, entry.compressedSize(), label);
        } else if (entry.method() == ZipEntryInfo.DEFLATED) {
            data = inflate(entry, start, label, monitor);
        } else {
            throw StridescopeError.inputError("the member " + entry.name() + " uses zip method " + entry.method(),
                    "Only stored (np.savez) and deflated (np.savez_compressed) members can be read.");
        }
        try {
            return NpyArray.of(label, data);
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }

    private ByteSource inflate(ZipEntryInfo entry, long start, String label, ProgressMonitor monitor) {
        Inflater inflater = new Inflater(true);
        CRC32 crc = new CRC32();
        byte[] in = new byte[1 << 20];
        byte[] out = new byte[1 << 20];
        Path temp = null;
        try {
            boolean inMemory = entry.size() <= inMemoryLimit;
            // The declared size is the archive's word, not a fact: memory grows with what actually inflates.
            java.io.ByteArrayOutputStream heap = inMemory ? new java.io.ByteArrayOutputStream(1 << 16) : null;
            OutputStream file = null;
            if (!inMemory) {
                Path folder = Path.of(System.getProperty("java.io.tmpdir"));
                LeftoverFiles.sweep(folder);
                temp = LeftoverFiles.name(folder, false, "npy");
                file = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW);
                temp.toFile().deleteOnExit();
            }
            long produced = 0;
            long read = 0;
            try (OutputStream f = file) {
                while (!inflater.finished()) {
                    int n = inflater.inflate(out);
                    if (n == 0) {
                        // Very compressible data: the inflater may hold output after all input is in, so it is
                        // asked for output first and fed only when it has none.
                        if (inflater.needsDictionary()) {
                            throw damaged(entry, "the compressed data needs a dictionary");
                        }
                        if (!inflater.needsInput()) {
                            throw damaged(entry, "the compressed data stops making progress");
                        }
                        int k = (int) Math.min(in.length, entry.compressedSize() - read);
                        if (k <= 0) {
                            throw damaged(entry, "the compressed data ends early");
                        }
                        archive.read(start + read, in, 0, k);
                        read += k;
                        inflater.setInput(in, 0, k);
                        continue;
                    }
                    if (produced + n > entry.size()) {
                        throw damaged(entry, "it inflates to more than the " + entry.size() + " bytes announced");
                    }
                    crc.update(out, 0, n);
                    if (produced >> 22 != (produced + n) >> 22) { // every 4 MiB
                        monitor.progress(produced + n, entry.size());
                        if (monitor.cancelled()) {
                            throw new java.util.concurrent.CancellationException("opening " + label + " was cancelled");
                        }
                    }
                    if (inMemory) {
                        heap.write(out, 0, n);
                    } else {
                        f.write(out, 0, n);
                    }
                    produced += n;
                }
            }
            if (produced != entry.size() || crc.getValue() != entry.crc()) {
                throw damaged(entry, produced != entry.size() ? "it inflates to " + produced + " bytes, not "
                        + entry.size() : "its checksum (CRC-32) does not match");
            }
            if (inMemory) {
                return new OwnedByteSource(new HeapByteSource(heap.toByteArray(), label), label, archive.file(), () -> { });
            }
            Path inflated = temp;
            MappedFileByteSource mapped = new MappedFileByteSource(inflated);
            return new OwnedByteSource(mapped, label, archive.file(), () -> { // the inflated copy goes with it
                mapped.close();
                deleteQuietly(inflated);
            });
        } catch (DataFormatException e) {
            deleteQuietly(temp);
            throw damaged(entry, "the compressed data is invalid (" + e.getMessage() + ")");
        } catch (IOException e) {
            deleteQuietly(temp);
            throw StridescopeError.inputError("cannot inflate " + entry.name() + " into a temporary file: " + e.getMessage(),
                    "Large compressed members are unpacked to the temporary folder; it may be full.");
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        } finally {
            inflater.end();
        }
    }

    private StridescopeError damaged(ZipEntryInfo entry, String what) {
        return StridescopeError.inputError("the member " + entry.name() + " of " + archiveName + " is damaged: " + what,
                "Its compressed bytes do not unpack to the .npy they should; the archive may be cut short or corrupted.");
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // deleteOnExit is still registered
            }
        }
    }

    @Override
    public void close() {
        archive.close();
    }
}
