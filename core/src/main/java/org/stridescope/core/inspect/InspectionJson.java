package org.stridescope.core.inspect;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.ScalarText;
import org.stridescope.core.json.JsonWriter;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Flags;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.Readers;

/** The JSON result of {@code spec/cli.md}, one object per case. */
public final class InspectionJson {
    /** Elements listed when no range is asked for; past it the result says {@code "truncated": true}. */
    public static final long DEFAULT_ELEMENT_LIMIT = 100_000;

    private InspectionJson() {
    }

    /** All elements up to {@link #DEFAULT_ELEMENT_LIMIT}. */
    public static String of(Inspection inspection) {
        return of(inspection, 0, DEFAULT_ELEMENT_LIMIT, true);
    }

    /**
     * @param start first flat C-order position listed
     * @param stop  one past the last position listed
     * @param markTruncated whether to say {@code "truncated": true} when elements past {@code stop} exist
     */
    public static String of(Inspection inspection, long start, long stop, boolean markTruncated) {
        if (!inspection.isOk()) {
            return error(inspection.error());
        }
        Layout layout = inspection.layout();
        DType dtype = layout.dtype();
        Flags flags = inspection.flags();
        JsonWriter w = new JsonWriter().beginObject()
                .field("ok", true)
                .field("dtype", dtype.str())
                .field("itemsize", dtype.itemsize())
                .field("shape", layout.shape())
                .field("strides", layout.strides())
                .field("offset", layout.offset())
                .field("size", layout.size())
                .field("nbytes", layout.nbytes());
        w.name("flags").beginObject()
                .field("c_contiguous", flags.cContiguous())
                .field("f_contiguous", flags.fContiguous())
                .field("aligned", flags.aligned())
                .field("writeable", flags.writeable())
                .endObject();
        w.name("elements").beginArray();
        CIndexWalk.walk(layout, Math.max(0, start), stop, (flat, index, pos) -> w.beginObject()
                .field("index", index)
                .field("byte", pos)
                .field("value", ScalarText.str(dtype, inspection.source(), pos))
                .endObject());
        w.endArray();
        if (markTruncated && stop < layout.size()) {
            w.field("truncated", true);
        }
        ReprField.write(w, inspection);
        return w.endObject().toString();
    }

    public static String error(StridescopeError error) {
        return new JsonWriter().beginObject()
                .field("ok", false)
                .field("type", error.type())
                .field("error", error.getMessage())
                .field("detail", error.detail())
                .endObject().toString();
    }

    /** {@code --reads}: every element that reads one byte. */
    public static String readers(Readers readers) {
        JsonWriter w = new JsonWriter().beginObject()
                .field("ok", true)
                .field("byte", readers.byteIndex())
                .field("count", readers.count());
        w.name("readers").beginArray();
        for (long[] index : readers.first()) {
            w.value(index);
        }
        return w.endArray().endObject().toString();
    }
}
