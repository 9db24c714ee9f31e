package org.stridescope.core.dtype;

import java.util.List;

/**
 * The fields of a structured dtype, in NumPy's {@code dtype.names} order (not sorted by offset:
 * the dict form may list them in any order, and overlapping fields are allowed).
 *
 * @param list          the fields
 * @param alignment     NumPy's {@code dtype.alignment}: the largest field alignment with
 *                      {@code align=True}, else 1 (a packed struct reads at any address)
 * @param alignedStruct NumPy's {@code isalignedstruct} (the sticky flag {@code align=True} sets);
 *                      it decides how the dtype prints
 */
public record Fields(List<Field> list, int alignment, boolean alignedStruct) {
    public Fields {
        list = List.copyOf(list);
    }

    /** The field named {@code name} (or titled so, as NumPy also files titles), else null. */
    public Field get(String name) {
        for (Field f : list) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        for (Field f : list) {
            if (name.equals(f.title())) {
                return f;
            }
        }
        return null;
    }

    public int size() {
        return list.size();
    }
}
