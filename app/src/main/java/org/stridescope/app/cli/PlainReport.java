package org.stridescope.app.cli;

import org.stridescope.core.format.ScalarText;
import org.stridescope.core.format.TupleText;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.ReprField;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Flags;
import org.stridescope.core.layout.Layout;

/** The plain {@code inspect} output: the array, then a short layout summary. */
final class PlainReport {
    private static final int SHOWN = 20;

    private PlainReport() {
    }

    static String of(Inspection inspection) {
        Layout l = inspection.layout();
        StringBuilder sb = new StringBuilder();
        try {
            sb.append(ReprField.repr(inspection)).append("\n\n");
        } catch (org.stridescope.core.StridescopeError e) {
            sb.append(e).append("\n\n");
        }
        CIndexWalk.walk(l, 0, SHOWN, (flat, index, pos) -> sb.append(TupleText.index(index)).append(" @ byte ")
                .append(pos).append(": ").append(ScalarText.str(l.dtype(), inspection.source(), pos)).append('\n'));
        if (l.size() > SHOWN) {
            sb.append("... (").append(l.size() - SHOWN).append(" more)\n");
        }
        Flags f = inspection.flags();
        sb.append("dtype ").append(l.dtype().str()).append("  shape ").append(TupleText.tuple(l.shape()))
                .append("  strides ").append(TupleText.tuple(l.strides())).append("  offset ").append(l.offset()).append('\n')
                .append("size ").append(l.size()).append("  nbytes ").append(l.nbytes())
                .append("  C_CONTIGUOUS ").append(f.cContiguous()).append("  F_CONTIGUOUS ").append(f.fContiguous())
                .append("  ALIGNED ").append(f.aligned()).append("  WRITEABLE ").append(f.writeable()).append('\n');
        return sb.toString();
    }

    /** An error as the plain output shows it: NumPy's "Type: message", then our explanation. */
    static String error(org.stridescope.core.StridescopeError e) {
        return e + "\n" + (e.detail().isEmpty() ? "" : e.detail() + "\n");
    }
}
