package org.stridescope.core.inspect;

import java.util.List;
import java.util.Map;
import org.stridescope.core.Vectors;
import org.stridescope.core.json.Json;

/** One line of NumPy's vectors: what NumPy 1.24 answered for one input. */
record VectorCase(String id, String category, Map<?, ?> input, Map<?, ?> expect) {

    static List<VectorCase> load(String resource) {
        return Vectors.lines("/vectors/" + resource).stream().map(m -> new VectorCase((String) m.get("id"),
                (String) m.get("category"), (Map<?, ?>) m.get("input"), (Map<?, ?>) m.get("expect"))).toList();
    }

    /** Our JSON answer to this case's input, parsed back. */
    Map<?, ?> answer() {
        String json;
        try {
            json = InspectionJson.of(BatchLine.of(input).inspect());
        } catch (org.stridescope.core.StridescopeError e) {
            json = InspectionJson.error(e);
        }
        return (Map<?, ?>) Json.parse(json);
    }
}
