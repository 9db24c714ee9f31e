package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The differential test of the foundation issue: every case NumPy 1.24 answered in
 * {@code numpy-1.24-layouts.jsonl} must get the same answer from {@code inspect --batch}:
 * ok or error, exception type and message, dtype, shape, strides, flags, every element's byte
 * and value.
 */
class NumpyLayoutVectorsTest {

    @Test
    void everyLayoutCaseAgreesWithNumpy() throws Exception {
        List<VectorCase> cases = VectorCase.load("numpy-1.24-layouts.jsonl");
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (VectorCase c : cases) {
            List<String> diffs = VectorComparison.differences(c.expect(), c.answer(), true);
            int[] counts = perCategory.computeIfAbsent(c.category(), k -> new int[2]);
            counts[diffs.isEmpty() ? 0 : 1]++;
            if (!diffs.isEmpty()) {
                failures.add(c.id() + " [" + c.category() + "] " + c.input() + "\n    " + String.join("\n    ", diffs));
            }
        }
        StringBuilder report = new StringBuilder("NumPy layout vectors, agreed/disagreed per category:\n");
        perCategory.forEach((k, v) -> report.append(String.format("  %-14s %4d / %d%n", k, v[0], v[1])));
        System.out.print(report);
        assertThat(cases).hasSizeGreaterThan(1000);
        assertThat(failures).as(report + "first disagreements:\n" + String.join("\n", failures.subList(0,
                Math.min(20, failures.size())))).isEmpty();
    }
}
