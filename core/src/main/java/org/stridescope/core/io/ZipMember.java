package org.stridescope.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.MappedFileByteSource;
import org.stridescope.core.buffer.OwnedByteSource;
import org.stridescope.core.buffer.SliceByteSource;

/**
 * The bytes of one zip member (an .npz's .npy, a PyTorch checkpoint's storage): a stored member
 * is a window of the memory-mapped archive, nothing copied; a deflated one is inflated, into
 * memory when small, into a temporary file otherwise, with progress and Cancel.
 */
public final class ZipMember {
    private ZipMember() {
    }

    /**
     * Opens {@code entry} of {@code archive}; closing the result releases an inflated copy.
     *
     * @param inMemoryLimit deflated members up to this size inflate into memory
     * @throws StridescopeError InputError for an encrypted, damaged or unknown-method member
     */
    public static ByteSource open(ByteSource archive, ZipEntryInfo entry, String label, long inMemoryLimit,
                                  ProgressMonitor monitor) {
        if ((entry.flags() & 1) != 0) {
            throw StridescopeError.inputError("the member " + entry.name() + " is encrypted",
                    "NumPy and PyTorch never encrypt archive members; this archive was made by another tool.");
        }
        long start = ZipDirectory.dataStart(archive, archive.name(), entry);
        if (entry.method() == ZipEntryInfo.STORED) {
            return new SliceByteSource(archive, start, entry.compressedSize(), label);
        }
        if (entry.method() == ZipEntryInfo.DEFLATED) {
            return inflate(archive, entry, start, label, inMemoryLimit, monitor);
        }
        throw StridescopeError.inputError("the member " + entry.name() + " uses zip method " + entry.method(),
                "Only stored (np.savez, torch.save) and deflated (np.savez_compressed) members can be read.");
    }

    /**
     * Up to {@code max} first bytes of a member, inflating only those: enough to read a deflated
     * .npy's header without unpacking its data.
     */
    public static byte[] head(ByteSource archive, ZipEntryInfo entry, int max) {
        long start = ZipDirectory.dataStart(archive, archive.name(), entry);
        if (entry.method() == ZipEntryInfo.STORED) {
            byte[] b = new byte[(int) Math.min(max, entry.compressedSize())];
            archive.read(start, b, 0, b.length);
            return b;
        }
        if (entry.method() != ZipEntryInfo.DEFLATED || (entry.flags() & 1) != 0) {
            return new byte[0];
        }
        Inflater inflater = new Inflater(true);
        try {
            byte[] out = new byte[(int) Math.min(max, Math.max(0, entry.size()))];
            byte[] in = new byte[8192];
            int produced = 0;
            long read = 0;
            while (produced < out.length && !inflater.finished()) {
                int n = inflater.inflate(out, produced, out.length - produced);
                if (n == 0) {
                    if (!inflater.needsInput()) {
                        break;
                    }
                    int k = (int) Math.min(in.length, entry.compressedSize() - read);
                    if (k <= 0) {
                        break;
                    }
                    archive.read(start + read, in, 0, k);
                    read += k;
                    inflater.setInput(in, 0, k);
                }
                produced += n;
            }
            return java.util.Arrays.copyOf(out, produced);
        } catch (DataFormatException e) {
            throw damaged(archive, entry, "the compressed data is invalid (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }

    private static ByteSource inflate(ByteSource archive, ZipEntryInfo entry, long start, String label, long inMemoryLimit,
                                      ProgressMonitor monitor) {
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
                            throw damaged(archive, entry, "the compressed data needs a dictionary");
                        }
                        if (!inflater.needsInput()) {
                            throw damaged(archive, entry, "the compressed data stops making progress");
                        }
                        int k = (int) Math.min(in.length, entry.compressedSize() - read);
                        if (k <= 0) {
                            throw damaged(archive, entry, "the compressed data ends early");
                        }
                        archive.read(start + read, in, 0, k);
                        read += k;
                        inflater.setInput(in, 0, k);
                        continue;
                    }
                    if (produced + n > entry.size()) {
                        throw damaged(archive, entry, "it inflates to more than the " + entry.size() + " bytes announced");
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
            if (produced != entry.size()) {
                throw damaged(archive, entry, "it inflates to " + produced + " bytes, not " + entry.size());
            }
            if (crc.getValue() != entry.crc()) {
                throw badCrc(entry);
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
            throw damaged(archive, entry, "the compressed data is invalid (" + e.getMessage() + ")");
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

    /**
     * Reads a stored member through and checks its CRC-32 against the archive's, as Python's
     * zipfile does when NumPy reads the member to its end: a window of the archive is shown as it
     * is, so a changed byte would otherwise show as a wrong number.
     *
     * @param member the member's bytes (a stored member is its own data)
     * @throws StridescopeError BadZipFile, NumPy's, when the bytes do not match
     * @throws java.util.concurrent.CancellationException when {@code monitor} cancels
     */
    public static void checkCrc(ByteSource member, ZipEntryInfo entry, ProgressMonitor monitor) {
        CRC32 crc = new CRC32();
        long size = member.size();
        long[] done = {0};
        member.readPieces(0, size, 4 << 20, piece -> { // 4 MiB at a time: progress and Cancel between them
            done[0] += piece.remaining();
            crc.update(piece);
            monitor.progress(done[0], size);
            if (monitor.cancelled()) {
                throw new java.util.concurrent.CancellationException("checking " + member.name() + " was cancelled");
            }
        });
        if (crc.getValue() != entry.crc()) {
            throw badCrc(entry);
        }
    }

    /** Python's zipfile's words for a member whose bytes do not match their CRC-32 (NumPy passes them on). */
    private static StridescopeError badCrc(ZipEntryInfo entry) {
        return new StridescopeError("BadZipFile", "Bad CRC-32 for file " + org.stridescope.core.PythonText.quoted(entry.name()),
                "The archive records a checksum (CRC-32) of each member's bytes; this member's bytes no longer add up"
                        + " to it, so some of them changed after the archive was written (a damaged disk, copy or"
                        + " download, or an edit). Its numbers cannot be trusted, so NumPy refuses to load it.");
    }

    private static StridescopeError damaged(ByteSource archive, ZipEntryInfo entry, String what) {
        return StridescopeError.inputError("the member " + entry.name() + " of " + archive.name() + " is damaged: " + what,
                "Its compressed bytes do not unpack to what they should; the archive may be cut short or corrupted.");
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

}
