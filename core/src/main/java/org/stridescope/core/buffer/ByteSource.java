package org.stridescope.core.buffer;

/**
 * Bytes to look at: a heap array, a pasted text, or a memory-mapped file of any size.
 *
 * <p>Reads are absolute and share no position state, so any thread may read at any time.
 * Sources are read-only: nothing here ever writes to the user's data.
 */
public interface ByteSource extends AutoCloseable {

    /** Number of bytes. */
    long size();

    /** The byte at {@code pos}, 0 &lt;= pos &lt; size(). */
    byte get(long pos);

    /** Copies {@code len} bytes starting at {@code pos} into {@code dst[off..off+len)}. */
    default void read(long pos, byte[] dst, int off, int len) {
        for (int i = 0; i < len; i++) {
            dst[off + i] = get(pos + i);
        }
    }

    /**
     * Hands bytes {@code [pos, pos+len)} to {@code sink} in order, as read-only buffers of at most
     * {@code maxPiece} bytes each. A mapped file gives its own pages, nothing copied, so work over
     * every byte (a checksum) runs at memory speed; other sources copy through one buffer.
     */
    default void readPieces(long pos, long len, int maxPiece, java.util.function.Consumer<java.nio.ByteBuffer> sink) {
        byte[] piece = new byte[(int) Math.max(0, Math.min(maxPiece, len))];
        while (len > 0) {
            int n = (int) Math.min(piece.length, len);
            read(pos, piece, 0, n);
            sink.accept(java.nio.ByteBuffer.wrap(piece, 0, n).asReadOnlyBuffer());
            pos += n;
            len -= n;
        }
    }

    /** A short name for people: a file name, "pasted bytes". */
    String name();

    /**
     * The user's file these bytes are read from (an archive for its members), or null for bytes
     * that live in memory: an export must never replace it.
     */
    default java.nio.file.Path file() {
        return null;
    }

    /** Sources are views of data the user owns; NumPy's WRITEABLE flag is false for them. */
    default boolean readOnly() {
        return true;
    }

    @Override
    default void close() {
    }
}
