package org.stridescope.core.io.tensors;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.format.CountText;
import org.stridescope.core.format.TupleText;
import org.stridescope.core.json.JsonWriter;

/** {@code inspect --file F --list}: a file's named arrays as JSON (spec/cli.md, "Tensor files") or as a table. */
public final class TensorListing {
    private TensorListing() {
    }

    /**
     * {@code {"ok": true, "format": "pytorch", "arrays": [{"name", "dtype", "shape", "strides",
     * "offset", "storage", "nbytes"}, ...]}}; {@code storage} for PyTorch only; an array that is not
     * one block of the file has a null offset (and null strides unless it is one block of a
     * compressed member) and a {@code "note"} saying why; a pickle read part way adds {@code "warning"}.
     */
    public static String json(TensorFile file) {
        JsonWriter w = new JsonWriter().beginObject().field("ok", true).field("format", file.format().id());
        w.name("arrays").beginArray();
        for (TensorEntry a : file.arrays()) {
            w.beginObject().field("name", a.name()).field("dtype", a.dtypeStr()).field("shape", a.shape());
            // a tensor in a compressed member has strides but no place in the file
            if (a.strides() != null) {
                w.field("strides", a.strides());
            } else {
                w.field("strides", (String) null);
            }
            if (a.offset() >= 0) {
                w.field("offset", a.offset());
            } else {
                w.field("offset", (String) null);
            }
            if (file.format() == TensorFormat.PYTORCH) {
                w.field("storage", a.storage());
            }
            w.field("nbytes", a.nbytes());
            if (a.note() != null) {
                w.field("note", a.note());
            }
            w.endObject();
        }
        w.endArray();
        file.problem().ifPresent(p -> w.field("warning", p.getMessage()));
        return w.endObject().toString();
    }

    /** One line an array, columns aligned: name, dtype, shape, strides, offset, (storage,) size, and any note. */
    public static String table(TensorFile file) {
        boolean storages = file.format() == TensorFormat.PYTORCH;
        List<String[]> rows = new ArrayList<>();
        rows.add(storages ? new String[] {"name", "dtype", "shape", "strides", "offset", "storage", "size"}
                : new String[] {"name", "dtype", "shape", "strides", "offset", "size"});
        for (TensorEntry a : file.arrays()) {
            List<String> row = new ArrayList<>(List.of(a.name(), a.dtypeStr(), TupleText.tuple(a.shape()),
                    a.strides() != null ? TupleText.tuple(a.strides()) : "-", a.offset() >= 0 ? Long.toString(a.offset()) : "-"));
            if (storages) {
                row.add(a.storage() == null ? "-" : a.storage());
            }
            row.add(CountText.byteSize(a.nbytes()) + (a.note() == null ? "" : "  (" + a.note() + ")"));
            rows.add(row.toArray(String[]::new));
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int k = 0; k < r.length - 1; k++) {
                width[k] = Math.max(width[k], r[k].length());
            }
        }
        StringBuilder sb = new StringBuilder(file.format().title()).append(", ").append(file.arrays().size())
                .append(file.arrays().size() == 1 ? " array" : " arrays").append('\n');
        for (String[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                sb.append(k == r.length - 1 ? r[k] : String.format("%-" + width[k] + "s  ", r[k]));
            }
            sb.append('\n');
        }
        file.problem().ifPresent(p -> sb.append("stopped early: ").append(p.getMessage()).append('\n')
                .append(p.detail()).append('\n'));
        return sb.toString();
    }
}
