package org.stridescope.core.io;

import org.stridescope.core.buffer.ByteSource;

/**
 * What an opened file holds, told by its first bytes rather than its name: a .npy (magic
 * {@code \x93NUMPY}), an .npz (a zip archive, {@code PK\3\4}, or {@code PK\5\6} when empty), or
 * anything else, shown as raw bytes.
 */
public enum FileKind {
    RAW, NPY, NPZ;

    public static FileKind of(ByteSource src) {
        byte[] head = new byte[(int) Math.min(6, src.size())];
        src.read(0, head, 0, head.length);
        if (startsWith(head, NpyHeaderReader.MAGIC)) {
            return NPY;
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4}) || startsWith(head, new byte[] {'P', 'K', 5, 6})) {
            return NPZ;
        }
        return RAW;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int k = 0; k < magic.length; k++) {
            if (head[k] != magic[k]) {
                return false;
            }
        }
        return true;
    }
}
