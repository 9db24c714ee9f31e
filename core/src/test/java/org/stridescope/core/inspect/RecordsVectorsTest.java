package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The differential test of issue 13 (records): every case of {@code numpy-1.24-records.jsonl}
 * (structured dtypes in every text form, NumPy's refusals, field views) must give NumPy 1.24's
 * whole answer through {@code inspect}, repr included, with the vectors' leniency on strides of
 * axes of length 0 or 1. Agreement is reported per category.
 */
class RecordsVectorsTest {
    /** The categories that must agree completely (all of them). */
    private static final Set<String> COMPLETE = Set.of("rec-list", "rec-comma", "rec-dict", "rec-invalid", "rec-field");

    @Test
    void everyRecordCaseAgreesWithNumpy() {
        List<VectorCase> cases = VectorCase.load("numpy-1.24-records.jsonl");
        VectorComparison.Tally tally = VectorComparison.tally(cases);
        List<String> failures = tally.failures(COMPLETE);
        String report = tally.report("numpy-1.24-records.jsonl");
        System.out.print(report);
        assertThat(cases).hasSize(600);
        assertThat(tally.perCategory().keySet()).containsExactlyInAnyOrderElementsOf(COMPLETE);
        assertThat(failures).as(report + "first disagreements:\n" + String.join("\n", failures.subList(0,
                Math.min(25, failures.size())))).isEmpty();
    }
}
