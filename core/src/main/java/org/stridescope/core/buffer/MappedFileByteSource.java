package org.stridescope.core.buffer;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import org.stridescope.core.StridescopeError;

/**
 * A file of any size, memory-mapped read-only in chunks of a power-of-two size (1 GiB by
 * default): a Java buffer holds at most 2 GiB, so byte {@code pos} lives in chunk
 * {@code pos >>> shift} at index {@code pos & mask}, as in Lucene's MMapDirectory.
 *
 * <p>All chunks are mapped when the file is opened, and reads are absolute, so no state changes
 * after construction and any thread may read at any time. The file is opened for reading only
 * and never written.
 *
 * <p>If another program shrinks the file while it is mapped, touching a page past the new end
 * makes the JVM throw {@link InternalError}. In compiled code the JVM raises it late (at the next
 * safepoint, possibly after this method returned), so catching it is not enough: reads first
 * compare the file's current size with the size it had when opened (an {@code fstat}, done at most
 * once per {@code checkIntervalNanos} to stay cheap) and report a change as the InputError "the
 * file changed on disk". The {@code InternalError} is still caught here for the rare fault that
 * slips between two checks.
 */
public final class MappedFileByteSource implements ByteSource {
    /** 1 GiB: few mappings for a large file, well under the 2 GiB limit of one buffer. */
    public static final int DEFAULT_CHUNK_SHIFT = 30;

    private final Path path;
    private final long size;
    private final FileTime modifiedWhenOpened;
    private final int shift;
    private final long mask;
    private final MappedByteBuffer[] chunks;
    private final FileChannel channel;
    private final long checkIntervalNanos;
    /** When the next size check is due ({@link System#nanoTime()}); racy updates are harmless. */
    private volatile long nextCheckNanos;
    private volatile boolean closed;

    /** Maps {@code path} read-only in 1 GiB chunks. */
    public MappedFileByteSource(Path path) {
        this(path, DEFAULT_CHUNK_SHIFT);
    }

    /**
     * Maps {@code path} read-only in chunks of {@code 1 << chunkShift} bytes (small shifts let
     * tests cross chunk boundaries with small files).
     */
    public MappedFileByteSource(Path path, int chunkShift) {
        this(path, chunkShift, DEFAULT_CHECK_INTERVAL_NANOS);
    }

    /** 10 ms: a size check costs about a microsecond; a view repaints at most every 16 ms. */
    static final long DEFAULT_CHECK_INTERVAL_NANOS = 10_000_000L;

    /** As above, checking the size on disk at most every {@code checkIntervalNanos} (0: every read). */
    MappedFileByteSource(Path path, int chunkShift, long checkIntervalNanos) {
        this.checkIntervalNanos = checkIntervalNanos;
        if (chunkShift < 1 || chunkShift > 30) {
            throw new IllegalArgumentException("chunk shift must be 1..30, was " + chunkShift);
        }
        this.path = Objects.requireNonNull(path);
        this.shift = chunkShift;
        this.mask = (1L << chunkShift) - 1;
        FileChannel ch = null;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
            this.modifiedWhenOpened = Files.getLastModifiedTime(path);
            this.size = ch.size();
            long chunkSize = 1L << chunkShift;
            int count = Math.toIntExact((size + chunkSize - 1) >>> chunkShift);
            this.chunks = new MappedByteBuffer[count];
            for (int i = 0; i < count; i++) {
                long start = (long) i << chunkShift;
                chunks[i] = ch.map(FileChannel.MapMode.READ_ONLY, start, Math.min(chunkSize, size - start));
            }
            this.channel = ch;
            this.nextCheckNanos = System.nanoTime();
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            throw ByteSources.cannotOpen(path, e);
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte get(long pos) {
        checkIndex(pos, 1);
        checkSizeIfDue(pos);
        try {
            return chunks[(int) (pos >>> shift)].get((int) (pos & mask));
        } catch (InternalError e) {
            throw changedOnDisk(pos);
        }
    }

    @Override
    public void read(long pos, byte[] dst, int off, int len) {
        Objects.checkFromIndexSize(off, len, dst.length);
        checkIndex(pos, len);
        checkSizeIfDue(pos);
        try {
            while (len > 0) {
                int chunk = (int) (pos >>> shift);
                int at = (int) (pos & mask);
                int n = Math.min(len, chunks[chunk].limit() - at);
                chunks[chunk].get(at, dst, off, n);
                pos += n;
                off += n;
                len -= n;
            }
        } catch (InternalError e) {
            throw changedOnDisk(pos);
        }
    }

    /** The mapped pages themselves, a chunk's slice at a time: nothing is copied. */
    @Override
    public void readPieces(long pos, long len, int maxPiece, java.util.function.Consumer<java.nio.ByteBuffer> sink) {
        checkIndex(pos, len);
        while (len > 0) {
            checkSizeIfDue(pos);
            int chunk = (int) (pos >>> shift);
            int at = (int) (pos & mask);
            int n = (int) Math.min(Math.min(len, maxPiece), chunks[chunk].limit() - at);
            try {
                sink.accept(chunks[chunk].slice(at, n).asReadOnlyBuffer());
            } catch (InternalError e) {
                throw changedOnDisk(pos);
            }
            pos += n;
            len -= n;
        }
    }

    private void checkIndex(long pos, long len) {
        if (pos < 0 || len < 0 || pos > size - len) {
            throw new IndexOutOfBoundsException("bytes " + pos + ".." + (pos + len - 1)
                    + " outside a file of " + size + " bytes");
        }
    }

    private void checkSizeIfDue(long pos) {
        long now = System.nanoTime();
        if (closed || now - nextCheckNanos < 0) {
            return;
        }
        long current;
        try {
            current = channel.size();
        } catch (IOException e) {
            return; // closed meanwhile: the mapping itself stays valid
        }
        if (current != size) {
            throw changedOnDisk(pos);
        }
        nextCheckNanos = now + checkIntervalNanos;
    }

    /**
     * Throws an InputError if the file on disk is no longer the one that was opened (other size
     * or modification time), so a viewer can warn before reading stale or missing pages.
     */
    public void checkUnchanged() {
        long nowSize;
        FileTime nowModified;
        try {
            nowSize = Files.size(path);
            nowModified = Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw StridescopeError.fileChanged("the file changed on disk: " + path + " can no longer be read",
                    "Stridescope shows the file as it was when opened; it was moved, deleted or locked"
                            + " since. Open it again to see what it holds now.");
        }
        if (nowSize != size || !nowModified.equals(modifiedWhenOpened)) {
            throw changedOnDisk(-1);
        }
    }

    private StridescopeError changedOnDisk(long pos) {
        String now;
        try {
            now = Files.size(path) + " bytes now";
        } catch (IOException e) {
            now = "it can no longer be read";
        }
        String where = pos < 0 ? "" : " (reading byte " + pos + ")";
        return StridescopeError.fileChanged("the file changed on disk: " + path + where,
                "It had " + size + " bytes when Stridescope opened it and has " + now
                        + ". Another program wrote to it or shortened it. Open it again to see what it holds now.");
    }

    /** The file this source maps. */
    @Override
    public Path file() {
        return path;
    }

    /** The file this source maps (as {@link #file()}). */
    public Path path() {
        return path;
    }

    @Override
    public String name() {
        Path file = path.getFileName();
        return file == null ? path.toString() : file.toString();
    }

    /**
     * Closes the file handle. The mapped chunks stay valid until this object is garbage
     * collected (Java 17 has no safe way to unmap at once), so late reads from other threads
     * cannot crash the JVM.
     */
    @Override
    public void close() {
        closed = true;
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing was written, so nothing can be lost
            }
        }
    }
}
