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

    /** Agreement over many cases: per category {agreed, disagreed}, and each disagreement described. */
    record Tally(Map<String, int[]> perCategory, List<Failure> failures) {
        /** The disagreements described, in the categories given (all when null). */
        List<String> failures(java.util.Set<String> categories) {
            return failures.stream().filter(f -> categories == null || categories.contains(f.category()))
                    .map(Failure::text).toList();
        }

        /** "  category   agreed / disagreed" lines under {@code title}. */
        String report(String title) {
            StringBuilder report = new StringBuilder(title + ", agreed/disagreed per category:\n");
            perCategory.forEach((k, v) -> report.append(String.format("  %-14s %4d / %d%n", k, v[0], v[1])));
            return report.toString();
        }
    }

    /** Compares every case (repr included) and counts per category. */
    static Tally tally(List<VectorCase> cases) {
        Map<String, int[]> perCategory = new java.util.TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        for (VectorCase c : cases) {
            List<String> diffs = differences(c.expect(), c.answer(), true);
            int[] counts = perCategory.computeIfAbsent(c.category(), k -> new int[2]);
            counts[diffs.isEmpty() ? 0 : 1]++;
            if (!diffs.isEmpty()) {
                failures.add(new Failure(c.category(), c.id() + " [" + c.category() + "] " + c.input() + "\n    "
                        + String.join("\n    ", diffs)));
            }
        }
        return new Tally(perCategory, failures);
    }

    record Failure(String category, String text) {
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
