package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        VectorComparison.Tally tally = VectorComparison.tally(cases);
        List<String> failures = tally.failures(null);
        String report = tally.report("NumPy layout vectors");
        System.out.print(report);
        assertThat(cases).hasSizeGreaterThan(1000);
        assertThat(failures).as(report + "first disagreements:\n" + String.join("\n", failures.subList(0,
                Math.min(20, failures.size())))).isEmpty();
    }
}
