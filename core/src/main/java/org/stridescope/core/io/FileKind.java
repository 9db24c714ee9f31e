package org.stridescope.core.io;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.io.tensors.Hdf5Reader;
import org.stridescope.core.io.tensors.SafetensorsReader;
import org.stridescope.core.io.tensors.TorchCheckpointReader;

/**
 * What an opened file holds, told by its content rather than its name: a .npy (magic
 * {@code \x93NUMPY}), a zip archive ({@code PK\3\4}, or {@code PK\5\6} when empty) that is a
 * PyTorch checkpoint when it holds a {@code data.pkl} and an .npz otherwise, a safetensors file
 * (a header length that fits, then '{'), an HDF5 file (its signature), an old pre-zip PyTorch
 * checkpoint (a pickle of torch's magic number), or anything else, shown as raw bytes.
 */
public enum FileKind {
    RAW, NPY, NPZ, PYTORCH, SAFETENSORS, HDF5, PYTORCH_LEGACY;

    /** The pickled magic number that starts torch.save's format before PyTorch 1.6 (after PROTO n). */
    private static final byte[] LEGACY_MAGIC = {(byte) 0x8a, 0x0a, 0x6c, (byte) 0xfc, (byte) 0x9c, 0x46, (byte) 0xf9,
        0x20, 0x6a, (byte) 0xa8, 0x50, 0x19};

    public static FileKind of(ByteSource src) {
        byte[] head = new byte[(int) Math.min(14, src.size())];
        src.read(0, head, 0, head.length);
        if (startsWith(head, NpyHeaderReader.MAGIC)) {
            return NPY;
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4}) || startsWith(head, new byte[] {'P', 'K', 5, 6})) {
            try {
                return TorchCheckpointReader.isCheckpoint(ZipDirectory.read(src, src.name())) ? PYTORCH : NPZ;
            } catch (StridescopeError damaged) {
                return NPZ; // opening it as an .npz says what is wrong
            }
        }
        if (head.length == 14 && (head[0] & 0xff) == 0x80
                && startsWith(java.util.Arrays.copyOfRange(head, 2, 14), LEGACY_MAGIC)) {
            return PYTORCH_LEGACY;
        }
        if (SafetensorsReader.looksLike(src)) {
            return SAFETENSORS;
        }
        if (Hdf5Reader.looksLike(src)) {
            return HDF5;
        }
        return RAW;
    }

    /** Whether the file holds named arrays that {@code inspect --list} lists. */
    public boolean holdsTensors() {
        return this == NPZ || this == PYTORCH || this == SAFETENSORS || this == HDF5;
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
