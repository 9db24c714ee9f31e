package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differential test of the console issue: every expression NumPy 1.24 evaluated in
 * {@code numpy-1.24-views.jsonl} must give the same answer: ok or error, exception type and
 * message, dtype, shape, strides (free on axes of length 0 or 1), offset (free for empty views),
 * flags, and every element's byte and value. {@code numpy-1.24-views-more.jsonl} holds more
 * answers of NumPy 1.24, made by {@code core/src/test/numpy/view_expressions.py} with random
 * layouts and random chains of operations, many of them with wrong arguments.
 */
class NumpyViewVectorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"numpy-1.24-views.jsonl", "numpy-1.24-views-more.jsonl"})
    void everyExpressionCaseAgreesWithNumpy(String file) throws Exception {
        List<VectorCase> cases = VectorCase.load(file);
        Map<String, int[]> perOperation = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (VectorCase c : cases) {
            List<String> diffs = VectorComparison.differences(c.expect(), c.answer(), false);
            int[] counts = perOperation.computeIfAbsent(outermost((String) c.input().get("expr")), k -> new int[2]);
            counts[diffs.isEmpty() ? 0 : 1]++;
            if (!diffs.isEmpty()) {
                failures.add(c.id() + " " + c.input() + "\n    " + String.join("\n    ", diffs));
            }
        }
        StringBuilder report = new StringBuilder(file + ", agreed/disagreed per outermost operation:\n");
        perOperation.forEach((k, v) -> report.append(String.format("  %-22s %4d / %d%n", k, v[0], v[1])));
        report.append(String.format("  %-22s %4d / %d%n", "total", cases.size() - failures.size(), failures.size()));
        System.out.print(report);
        assertThat(cases).hasSizeGreaterThan(500);
        assertThat(failures).as(report + "first disagreements:\n" + String.join("\n", failures.subList(0,
                Math.min(20, failures.size())))).isEmpty();
    }

    /** A name for the report: the operation applied last, such as "np.flip", ".T", "[]" (indexing). */
    private static String outermost(String expr) {
        String bare = expr;
        for (String previous = null; !bare.equals(previous); ) {
            previous = bare;
            bare = bare.replaceAll("\\([^()\\[\\]]*\\)", "@").replaceAll("\\[[^()\\[\\]]*\\]", "#");
        }
        if (!bare.startsWith("a")) {
            return bare.contains("@") ? bare.substring(0, bare.indexOf('@')) : bare;
        }
        return bare.replaceAll("^.*?(\\.[A-Za-z_]+@?|#)$", "$1").replace("@", "").replace("#", "[]");
    }
}
