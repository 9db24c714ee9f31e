package org.stridescope.core.io.tensors;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.SliceByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.io.NpyHeader;
import org.stridescope.core.io.NpyHeaderReader;
import org.stridescope.core.io.ZipDirectory;
import org.stridescope.core.io.ZipEntryInfo;
import org.stridescope.core.io.ZipMember;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Layout;

/**
 * An .npz's members listed like a checkpoint's tensors: a stored member's data lies in the
 * archive after its .npy header; a compressed one is only its header's word until inflated.
 */
public final class NpzLister {
    /** Enough of a compressed member to hold its .npy header (NumPy's headers are far shorter). */
    private static final int HEAD = 1 << 16;

    private NpzLister() {
    }

    /** @throws StridescopeError InputError for a damaged archive */
    public static TensorFile read(ByteSource src) {
        List<TensorEntry> arrays = new ArrayList<>();
        List<ByteRange> data = new ArrayList<>();
        for (ZipEntryInfo e : ZipDirectory.read(src, src.name())) {
            String key = e.name().endsWith(".npy") ? e.name().substring(0, e.name().length() - 4) : e.name();
            boolean stored = e.method() == ZipEntryInfo.STORED;
            NpyHeader h;
            long start;
            try {
                start = ZipDirectory.dataStart(src, src.name(), e);
                ByteSource npy = stored ? new SliceByteSource(src, start, e.compressedSize(), e.name())
                        : new HeapByteSource(ZipMember.head(src, e, HEAD), e.name());
                h = NpyHeaderReader.read(npy);
            } catch (StridescopeError bad) {
                arrays.add(new TensorEntry(key, "?", new long[0], null, -1, null, 0, null, "not a .npy: " + bad.getMessage()));
                continue;
            }
            DType dtype;
            try {
                dtype = h.dtype();
            } catch (StridescopeError bad) {
                arrays.add(new TensorEntry(key, h.descr(), h.shape(), null, -1, null, 0, null,
                        bad.isNumpys() ? bad.toString() : "its dtype is not one Stridescope reads"));
                continue;
            }
            long[] strides = h.fortranOrder() ? Layout.fStrides(h.shape(), dtype.itemsize())
                    : Layout.cStrides(h.shape(), dtype.itemsize());
            long nbytes = h.size() * dtype.itemsize();
            if (stored) {
                long offset = start + h.dataOffset();
                if (h.dataOffset() + nbytes > e.compressedSize()) {
                    arrays.add(new TensorEntry(key, dtype.str(), h.shape(), null, -1, null, nbytes, null,
                            "the member is cut short: its header announces more bytes than it holds"));
                    continue;
                }
                data.add(new ByteRange(offset, offset + nbytes));
                arrays.add(new TensorEntry(key, dtype.str(), h.shape(), strides, offset, null, nbytes, null, null));
            } else {
                arrays.add(new TensorEntry(key, dtype.str(), h.shape(), strides, -1, null, nbytes,
                        new TensorEntry.Packed(e.name(), h.dataOffset()),
                        "compressed (np.savez_compressed): showing it inflates a copy"));
            }
        }
        return new TensorFile(TensorFormat.NPZ, arrays, data, null);
    }
}
