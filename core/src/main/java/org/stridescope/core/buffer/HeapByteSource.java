package org.stridescope.core.buffer;

import java.util.Objects;

/** Bytes held in memory: pasted text, small test data. */
public final class HeapByteSource implements ByteSource {
    private final byte[] bytes;
    private final String name;

    public HeapByteSource(byte[] bytes, String name) {
        this.bytes = Objects.requireNonNull(bytes);
        this.name = name;
    }

    public HeapByteSource(byte[] bytes) {
        this(bytes, "pasted bytes");
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public byte get(long pos) {
        return bytes[Math.toIntExact(pos)];
    }

    @Override
    public void read(long pos, byte[] dst, int off, int len) {
        System.arraycopy(bytes, Math.toIntExact(pos), dst, off, len);
    }

    @Override
    public String name() {
        return name;
    }
}
