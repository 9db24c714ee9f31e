package org.stridescope.core.io;

import java.nio.file.Path;
import java.util.HexFormat;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.TupleText;
import org.stridescope.core.layout.Layout;

/**
 * "Copy as NumPy code": a snippet that rebuilds exactly this view from the bytes, ready to paste
 * into Python. It uses {@code np.ndarray(shape, dtype, buffer, offset, strides)}, which takes any
 * layout Stridescope accepts (negative and zero strides included) and makes a view, not a copy.
 */
public final class NumpyCode {
    private NumpyCode() {
    }

    /** The view over bytes written out in the snippet as {@code bytes.fromhex('...')}. */
    public static String forBytes(Layout view, byte[] bytes) {
        return rebuild(view, "bytes.fromhex('" + HexFormat.of().formatHex(bytes) + "')");
    }

    /** The view over a file, memory-mapped read-only like Stridescope does it. */
    public static String forFile(Layout view, Path file) {
        return rebuild(view, "np.memmap(" + NumpySnippet.pyString(file.toAbsolutePath().toString())
                + ", dtype=np.uint8, mode='r')");
    }

    /** The view over whatever {@code bufferExpression} makes (a Python expression giving the bytes). */
    public static String rebuild(Layout view, String bufferExpression) {
        DType t = view.dtype();
        return "import numpy as np\n"
                + (t.mlFloat() != null ? "import ml_dtypes\n" : "")
                + "buf = " + bufferExpression + "\n"
                + "a = np.ndarray(shape=" + TupleText.tuple(view.shape()) + ", dtype=" + dtypeCode(t) + ", buffer=buf, offset="
                + view.offset() + ", strides=" + TupleText.tuple(view.strides()) + ")\n";
    }

    /** {@code '<f4'}; NumPy knows bfloat16 and float8 only as the ml_dtypes package's types. */
    private static String dtypeCode(DType t) {
        if (t.mlFloat() == null) {
            return "'" + t.str() + "'";
        }
        String type = "ml_dtypes." + t.mlFloat().mlName();
        return t.order() == ByteOrder.BIG ? "np.dtype(" + type + ").newbyteorder('>')" : type;
    }
}
