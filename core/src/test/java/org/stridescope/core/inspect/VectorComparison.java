package org.stridescope.core.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares our JSON answer with NumPy's, field by field, with the vectors' leniency: strides of
 * axes of length 0 or 1 and the offset of an empty view are NumPy's arbitrary choice.
 */
final class VectorComparison {
    private VectorComparison() {
    }

    /** Differences, empty when we agree with NumPy. {@code checkRepr}: compare {@code repr} too. */
    static List<String> differences(Map<?, ?> expect, Map<?, ?> actual, boolean checkRepr) {
        List<String> diffs = new ArrayList<>();
        same(diffs, "ok", expect, actual);
        if (!Boolean.TRUE.equals(expect.get("ok"))) {
            same(diffs, "type", expect, actual);
            if (expect.containsKey("error")) {
                same(diffs, "error", expect, actual);
            }
            return diffs;
        }
        if (!Boolean.TRUE.equals(actual.get("ok"))) {
            diffs.add("we failed: " + actual.get("type") + ": " + actual.get("error"));
            return diffs;
        }
        for (String key : List.of("dtype", "itemsize", "shape", "size", "nbytes", "flags")) {
            same(diffs, key, expect, actual);
        }
        long size = ((Number) expect.get("size")).longValue();
        if (expect.containsKey("offset") && size > 0) {
            same(diffs, "offset", expect, actual);
        }
        List<?> shape = (List<?>) expect.get("shape");
        List<?> es = (List<?>) expect.get("strides");
        List<?> as = (List<?>) actual.get("strides");
        if (as == null || as.size() != es.size()) {
            diffs.add("strides: expected " + es + " but was " + as);
        } else {
            for (int k = 0; k < es.size(); k++) {
                long d = ((Number) shape.get(k)).longValue();
                if (d > 1 && !Objects.equals(es.get(k), as.get(k))) {
                    diffs.add("strides: expected " + es + " but was " + as);
                    break;
                }
            }
        }
        same(diffs, "elements", expect, actual);
        if (checkRepr) {
            same(diffs, "repr", expect, actual);
        }
        return diffs;
    }

    private static void same(List<String> diffs, String key, Map<?, ?> expect, Map<?, ?> actual) {
        Object e = expect.get(key);
        Object a = actual.get(key);
        if (!Objects.equals(e, a)) {
            diffs.add(key + ": expected " + abbreviate(e) + " but was " + abbreviate(a));
        }
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
