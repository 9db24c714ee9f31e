package org.stridescope.app.gui.data;

import java.math.BigInteger;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.OpenedFile;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.io.FileKind;
import org.stridescope.core.io.NumpyCode;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.Reach;

/** What Edit > Copy Values, Copy Bytes as Hex and Copy as NumPy Code put on the clipboard. */
final class Copying {
    /** Views reading at most this many bytes are copied with their bytes written out in the code. */
    static final long INLINE_LIMIT = 1 << 20;
    private static final long HEX_LIMIT = 1_000_000;

    private Copying() {
    }

    /** The selected bytes, or the bytes the selected elements read, as hex pairs; a new line between runs. */
    static String hex(MainViewModel model) {
        if (model.selection() instanceof Selection.Bytes) {
            return model.copyText();
        }
        ByteSource src = model.sourceProperty().get();
        StringBuilder sb = new StringBuilder();
        long left = HEX_LIMIT;
        for (ByteRange r : model.selectedBytesProperty().get()) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            for (long p = r.start(); p < r.endExclusive() && left-- > 0; p++) {
                sb.append(p == r.start() ? "" : " ").append(String.format("%02x", src.get(p) & 0xff));
            }
        }
        return sb.toString();
    }

    /**
     * Python that rebuilds exactly the view on screen: a small view carries the bytes it reads
     * ({@code bytes.fromhex}), a large view of a file maps the file read-only.
     *
     * @throws StridescopeError InputError when there is no array, or a large view of pasted bytes
     */
    static String numpyCode(MainViewModel model) {
        ShownArray a = model.array();
        if (a == null || model.errorProperty().get() != null) {
            throw StridescopeError.inputError("there is no valid array to copy",
                    "Fix the layout first (the form says what NumPy objects to), then copy again.");
        }
        Layout view = a.layout();
        ByteSource src = a.source();
        if (view.size() == 0) {
            return NumpyCode.forBytes(new Layout(view.dtype(), view.shape(), view.strides(), 0), new byte[0]);
        }
        Reach reach = Reach.of(view);
        long lo = reach.lowest().longValueExact();
        BigInteger span = reach.end().subtract(reach.lowest());
        if (span.compareTo(BigInteger.valueOf(INLINE_LIMIT)) <= 0) {
            byte[] bytes = new byte[span.intValueExact()];
            src.read(lo, bytes, 0, bytes.length);
            return NumpyCode.forBytes(new Layout(view.dtype(), view.shape(), view.strides(), view.offset() - lo), bytes);
        }
        if (src instanceof OpenedFile f && f.data().kind() != FileKind.NPZ) {
            return NumpyCode.forFile(view, f.path());
        }
        throw StridescopeError.inputError("the view reads " + span + " bytes, too many to write out as code",
                "Export the view as .npy (File > Export View…) and load it with np.load, or open the bytes from a"
                        + " file so the code can map it.");
    }
}
