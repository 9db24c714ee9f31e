package org.stridescope.app.gui.data;

import java.util.Set;
import javafx.stage.Window;
import org.stridescope.app.base.LayoutText;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.format.CountText;
import org.stridescope.core.io.NumpySnippet;
import org.stridescope.core.layout.LayoutSpec;

/** Pasted text into the window: bytes in any paste format, or NumPy code that fills the form. */
final class Pasting {
    private Pasting() {
    }

    /** The bytes of a paste, or null for blank text. */
    static PasteParser.Result bytes(String text) {
        PasteParser.Result r = PasteParser.parseDetailed(text);
        return r.format().equals("empty") ? null : r;
    }

    static String describe(PasteParser.Result r) {
        int n = r.bytes().length;
        return r.format() + ", " + CountText.bytes(n);
    }

    /** The layout (and bytes, if spelled out) of NumPy code, or null for blank text. */
    static NumpySnippet.Result code(String text) {
        return text.isBlank() ? null : NumpySnippet.parseDetailed(text);
    }

    static String describe(NumpySnippet.Result r) {
        LayoutSpec l = r.layout();
        Set<String> g = r.given();
        StringBuilder sb = new StringBuilder(r.form());
        if (g.contains(NumpySnippet.DTYPE)) {
            sb.append(", dtype ").append(l.dtype());
        }
        if (g.contains(NumpySnippet.SHAPE)) {
            sb.append(", shape ").append(l.shape() == null ? "1-D (frombuffer" + (l.count() >= 0 ? ", count " + l.count() : "")
                    + ")" : LayoutText.tuple(l.shape()));
        }
        if (g.contains(NumpySnippet.STRIDES) && l.strides() != null) {
            sb.append(", strides ").append(LayoutText.tuple(l.strides()));
        }
        if (g.contains(NumpySnippet.OFFSET)) {
            sb.append(", offset ").append(l.offset());
        }
        if (r.bytes() != null) {
            sb.append(", with its ").append(r.bytes().length).append(" bytes");
        }
        return sb.toString();
    }

    static PasteDialog<PasteParser.Result> bytesDialog(Window owner, String text) {
        return new PasteDialog<>(owner, "paste-bytes", "Paste bytes", "Paste bytes in any form: plain hex, b'...',"
                + " \\x.., 0x.., an xxd or hexdump -C dump, a C array, base64.", "b'aaabaaacaaadaaae'  or  61 61 61 62 ...",
                text, Pasting::bytes, Pasting::describe);
    }

    static PasteDialog<NumpySnippet.Result> codeDialog(Window owner, String text) {
        return new PasteDialog<>(owner, "paste-code", "Paste NumPy code", "Paste np.ndarray(...), np.frombuffer(...),"
                + " as_strided(...) or an __array_interface__ dict: the form takes its layout (nothing is run).",
                "np.ndarray((2, 2), '>i4', buffer=s, strides=(8, 4))", text, Pasting::code, Pasting::describe);
    }

    static void load(MainViewModel model, PasteParser.Result r) {
        model.load(new HeapByteSource(r.bytes(), "pasted bytes (" + r.format() + ")"));
    }

    /** Puts what the code says into the form, and its bytes into the views if it spells them out. */
    static void apply(MainViewModel model, NumpySnippet.Result r) {
        if (r.bytes() != null) {
            model.load(new HeapByteSource(r.bytes(), "bytes from NumPy code (" + r.form() + ")"));
        }
        LayoutSpec l = r.layout();
        Set<String> g = r.given();
        String shape = null;
        String strides = null;
        if (g.contains(NumpySnippet.SHAPE)) {
            if (l.shape() == null) {
                // np.frombuffer: the whole buffer as 1-D, or count elements, which is the 1-D shape (count,)
                shape = l.count() >= 0 ? Long.toString(l.count()) : "";
                strides = "";
            } else {
                shape = l.shape().length == 0 ? "()" : LayoutText.commaList(l.shape());
            }
        }
        if (g.contains(NumpySnippet.STRIDES) && strides == null) {
            strides = l.strides() == null ? "" : LayoutText.commaList(l.strides());
        }
        model.setLayout(g.contains(NumpySnippet.DTYPE) ? l.dtype() : null, shape, strides,
                g.contains(NumpySnippet.OFFSET) ? Long.toString(l.offset()) : null);
    }

    /**
     * Ctrl+V in the window: bytes if the text reads as bytes, else NumPy code if it reads as that;
     * otherwise false (the caller opens the paste dialog, which shows where the text went wrong).
     */
    static boolean pasteDirectly(MainViewModel model, String text) {
        try {
            PasteParser.Result r = bytes(text);
            if (r != null) {
                load(model, r);
                return true;
            }
            return false;
        } catch (StridescopeError notBytes) {
            try {
                NumpySnippet.Result code = code(text);
                if (code != null) {
                    apply(model, code);
                    return true;
                }
            } catch (StridescopeError notCode) {
                // neither: the dialog explains the bytes reading
            }
            return false;
        }
    }
}
