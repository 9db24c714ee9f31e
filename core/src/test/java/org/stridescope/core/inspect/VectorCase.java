package org.stridescope.core.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stridescope.core.json.Json;

/** One line of NumPy's vectors: what NumPy 1.24 answered for one input. */
record VectorCase(String id, String category, Map<?, ?> input, Map<?, ?> expect) {

    static List<VectorCase> load(String resource) throws IOException {
        List<VectorCase> cases = new ArrayList<>();
        try (InputStream in = VectorCase.class.getResourceAsStream("/vectors/" + resource)) {
            if (in == null) {
                throw new IOException("missing test resource /vectors/" + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                Map<?, ?> m = (Map<?, ?>) Json.parse(line);
                cases.add(new VectorCase((String) m.get("id"), (String) m.get("category"),
                        (Map<?, ?>) m.get("input"), (Map<?, ?>) m.get("expect")));
            }
        }
        return cases;
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
