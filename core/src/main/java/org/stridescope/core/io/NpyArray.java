package org.stridescope.core.io;

import java.nio.file.Path;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.LayoutSpec;

/**
 * A .npy array: its header, and the bytes of the whole .npy (header included, so a hex view can
 * show the header bytes as such; the data starts at {@code header.dataOffset()}).
 *
 * @param name   a name for people: the file name, or "archive.npz: x.npy"
 * @param source the .npy bytes; closing this array closes it
 */
public record NpyArray(String name, NpyHeader header, ByteSource source) implements AutoCloseable {

    /** Opens a .npy file read-only, memory-mapped, and reads its header. */
    public static NpyArray open(Path path) {
        ByteSource src = ByteSources.open(path);
        try {
            return new NpyArray(src.name(), NpyHeaderReader.read(src), src);
        } catch (RuntimeException e) {
            src.close();
            throw e;
        }
    }

    /** Reads the header of .npy bytes held by {@code src}. */
    public static NpyArray of(String name, ByteSource src) {
        return new NpyArray(name, NpyHeaderReader.read(src), src);
    }

    /**
     * The layout the header describes: the dtype, the shape, C or Fortran strides, and the
     * offset where the data starts.
     *
     * @throws StridescopeError ValueError if NumPy would not read {@code descr} ({@link NpyHeader#dtype()}),
     *                          InputError if Stridescope does not, or the file holds fewer bytes than the
     *                          header announces
     */
    public LayoutSpec layoutSpec() {
        DType dtype = header.dtype();
        long[] shape = header.shape();
        long need;
        try {
            need = Math.multiplyExact(header.size(), (long) dtype.itemsize());
        } catch (ArithmeticException e) {
            throw StridescopeError.inputError("the header's shape " + java.util.Arrays.toString(shape)
                    + " holds more bytes than any file can", "The shape times the item size overflows 64 bits.");
        }
        long have = source.size() - header.dataOffset();
        if (have < need) {
            throw StridescopeError.inputError("the file is cut short: the header announces " + need
                    + " bytes of data, the file holds " + have,
                    "A " + dtype.str() + " array of shape " + java.util.Arrays.toString(shape) + " needs "
                            + header.size() + " x " + dtype.itemsize() + " bytes after the " + header.dataOffset()
                            + "-byte header; the end of the file is missing.");
        }
        long[] strides = header.fortranOrder() ? Layout.fStrides(shape, dtype.itemsize())
                : Layout.cStrides(shape, dtype.itemsize());
        return new LayoutSpec(header.descr(), shape, strides, header.dataOffset(), -1);
    }

    @Override
    public void close() {
        source.close();
    }
}
