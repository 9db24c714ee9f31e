package org.stridescope.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.stridescope.core.json.Json;

/**
 * The one reader of the JSON-lines answers NumPy gave (test resources made by the scripts in
 * {@code src/test/numpy} and {@code scripts/vectors}): one parsed object a line, blank lines
 * skipped, {@code .gz} files unpacked. Core's tests and, through core's test jar, the app's read
 * them here.
 */
public final class Vectors {
    private Vectors() {
    }

    /** Every line of the classpath resource {@code resource} (e.g. {@code /vectors/numpy-1.24-views.jsonl}). */
    public static List<Map<?, ?>> lines(String resource) {
        try (InputStream raw = Vectors.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            List<Map<?, ?>> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add((Map<?, ?>) Json.parse(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** The lines of {@code resource} whose {@code "category"} is {@code category}. */
    public static List<Map<?, ?>> lines(String resource, String category) {
        return lines(resource).stream().filter(line -> category.equals(line.get("category"))).toList();
    }
}
