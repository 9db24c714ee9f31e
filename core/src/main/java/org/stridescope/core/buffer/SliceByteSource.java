package org.stridescope.core.buffer;

import java.util.Objects;

/**
 * A window {@code [start, start+length)} of another source, seen as a source of its own (a stored
 * .npz member inside the mapped archive). Closing the window leaves the source it looks into open.
 */
public final class SliceByteSource implements ByteSource {
    private final ByteSource base;
    private final long start;
    private final long length;
    private final String name;

    public SliceByteSource(ByteSource base, long start, long length, String name) {
        this.base = Objects.requireNonNull(base);
        if (start < 0 || length < 0 || start > base.size() - length) {
            throw new IndexOutOfBoundsException("slice " + start + "+" + length + " of " + base.size() + " bytes");
        }
        this.start = start;
        this.length = length;
        this.name = name;
    }

    @Override
    public long size() {
        return length;
    }

    @Override
    public byte get(long pos) {
        Objects.checkIndex(pos, length);
        return base.get(start + pos);
    }

    @Override
    public void read(long pos, byte[] dst, int off, int len) {
        Objects.checkFromIndexSize(pos, len, length);
        base.read(start + pos, dst, off, len);
    }

    @Override
    public void readPieces(long pos, long len, int maxPiece, java.util.function.Consumer<java.nio.ByteBuffer> sink) {
        Objects.checkFromIndexSize(pos, len, length);
        base.readPieces(start + pos, len, maxPiece, sink);
    }

    @Override
    public java.nio.file.Path file() {
        return base.file();
    }

    @Override
    public String name() {
        return name;
    }

    /** Where this window starts in the underlying source. */
    public long start() {
        return start;
    }

}
