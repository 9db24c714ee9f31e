package org.stridescope.core.buffer;

import java.util.Objects;

/**
 * The bytes of another source under a name of its own, closing whatever owns them when closed:
 * an .npz member inflated to a temporary file (closing deletes it), a file the window shows
 * (closing closes the file).
 */
public class OwnedByteSource implements ByteSource {
    private final ByteSource bytes;
    private final String name;
    private final Runnable closeOwner;
    private final java.nio.file.Path file;

    public OwnedByteSource(ByteSource bytes, String name, Runnable closeOwner) {
        this(bytes, name, null, closeOwner);
    }

    /** @param file the user's file the bytes come from (an .npz for an inflated member), if not {@code bytes}' own */
    public OwnedByteSource(ByteSource bytes, String name, java.nio.file.Path file, Runnable closeOwner) {
        this.bytes = Objects.requireNonNull(bytes);
        this.name = name;
        this.file = file;
        this.closeOwner = Objects.requireNonNull(closeOwner);
    }

    @Override
    public final java.nio.file.Path file() {
        return file != null ? file : bytes.file();
    }

    @Override
    public final long size() {
        return bytes.size();
    }

    @Override
    public final byte get(long pos) {
        return bytes.get(pos);
    }

    @Override
    public final void read(long pos, byte[] dst, int off, int len) {
        bytes.read(pos, dst, off, len);
    }

    @Override
    public final void readPieces(long pos, long len, int maxPiece, java.util.function.Consumer<java.nio.ByteBuffer> sink) {
        bytes.readPieces(pos, len, maxPiece, sink);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void close() {
        closeOwner.run();
    }
}
