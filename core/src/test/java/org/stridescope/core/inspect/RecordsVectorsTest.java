package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The differential test of issue 13 (records): every case of {@code numpy-1.24-records.jsonl}
 * (structured dtypes in every text form, NumPy's refusals, field views) must give NumPy 1.24's
 * whole answer through {@code inspect}, repr included, with the vectors' leniency on strides of
 * axes of length 0 or 1. Agreement is reported per category.
 */
class RecordsVectorsTest {
    /** The categories that must agree completely. */
    private static final Set<String> COMPLETE = Set.of("rec-list", "rec-comma", "rec-dict", "rec-invalid", "rec-field");

    @Test
    void everyRecordCaseAgreesWithNumpy() {
        List<VectorCase> cases = VectorCase.load("numpy-1.24-records.jsonl");
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (VectorCase c : cases) {
            List<String> diffs = VectorComparison.differences(c.expect(), c.answer(), true);
            int[] counts = perCategory.computeIfAbsent(c.category(), k -> new int[2]);
            counts[0]++;
            if (diffs.isEmpty()) {
                counts[1]++;
            } else if (COMPLETE.contains(c.category())) {
                failures.add(c.id() + " " + c.input() + "\n    " + String.join("\n    ", diffs));
            }
        }
        StringBuilder report = new StringBuilder("numpy-1.24-records.jsonl, agreed/cases per category:\n");
        perCategory.forEach((k, v) -> report.append(String.format("  %-12s %4d / %d%n", k, v[1], v[0])));
        System.out.print(report);
        assertThat(cases).hasSize(600);
        assertThat(failures).as(report + "first disagreements:\n" + String.join("\n", failures.subList(0,
                Math.min(25, failures.size())))).isEmpty();
    }
}
