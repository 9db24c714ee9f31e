package org.stridescope.core.buffer;

import java.util.Arrays;

/** A growing byte array: what the paste parsers write into. */
final class ByteBuilder {
    private byte[] bytes;
    private int size;

    ByteBuilder(int expected) {
        bytes = new byte[Math.max(16, expected)];
    }

    void add(int b) {
        if (size == bytes.length) {
            grow(size + 1);
        }
        bytes[size++] = (byte) b;
    }

    void add(byte[] src, int off, int len) {
        if (size + len > bytes.length) {
            grow(size + len);
        }
        System.arraycopy(src, off, bytes, size, len);
        size += len;
    }

    /** Makes room for exactly {@code total} bytes in all, at once (no copies while they arrive). */
    void reserve(int total) {
        if (total > bytes.length) {
            bytes = Arrays.copyOf(bytes, total);
        }
    }

    int size() {
        return size;
    }

    byte[] buffer() {
        return bytes;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void grow(int needed) {
        int capacity = Math.max(needed, bytes.length + (bytes.length >> 1));
        if (capacity < 0) {
            throw new OutOfMemoryError("paste larger than 2 GiB");
        }
        bytes = Arrays.copyOf(bytes, capacity);
    }
}
