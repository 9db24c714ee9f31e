package org.stridescope.core.inspect;

import org.stridescope.core.json.JsonWriter;

/** The {@code repr} field: NumPy's print-out of the view. (Placeholder until the console issue.) */
final class ReprField {
    private ReprField() {
    }

    static void write(JsonWriter w, Inspection inspection) {
        // left out until NumPy's array repr is implemented; the spec allows it
    }
}
