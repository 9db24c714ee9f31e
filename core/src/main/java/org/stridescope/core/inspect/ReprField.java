package org.stridescope.core.inspect;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.Scalar;
import org.stridescope.core.format.ArrayRepr;
import org.stridescope.core.json.JsonWriter;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Layout;

/** The {@code repr} field: what a Python console prints for the view. */
public final class ReprField {
    private ReprField() {
    }

    static void write(JsonWriter w, Inspection inspection) {
        try {
            w.field("repr", repr(inspection));
        } catch (StridescopeError e) {
            // NumPy itself raises while printing some scalars; the elements already say why
        }
    }

    public static String repr(Inspection inspection) {
        Layout l = inspection.layout();
        long[] shape = l.shape();
        // only the elements repr prints are read, so a huge array costs a few reads
        return ArrayRepr.repr(l.dtype(), shape,
                k -> Scalar.read(l.dtype(), inspection.source(), l.byteOf(CIndexWalk.unravel(k, shape))));
    }
}
