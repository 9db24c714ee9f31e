package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing against NumPy 1.24: random buffers of 0..200 bytes read as every kind of
 * dtype (both byte orders, long double, datetime units, records with subarrays, offsets, titles and
 * alignment, odd and malformed dtype text), field views of records, random shapes, strides (negative, zero, unaligned, huge) and
 * offsets (negative, past the end), and view expressions over them, made by
 * {@code scripts/vectors/fuzz_layouts.py}. Every case must give NumPy's whole answer through
 * {@code inspect}: error type and message, or dtype, shape, strides, offset, flags, every
 * element's byte and value, and the repr.
 */
class FuzzVectorsTest {

    @Test
    void everyFuzzedCaseAgreesWithNumpy() {
        List<VectorCase> cases = VectorCase.load("numpy-1.24-fuzz.jsonl.gz");
        VectorComparison.Tally tally = VectorComparison.tally(cases);
        List<String> failures = tally.failures(null);
        String report = tally.report("numpy-1.24-fuzz.jsonl.gz");
        System.out.print(report);
        assertThat(cases).hasSizeGreaterThan(1000);
        assertThat(tally.perCategory()).containsKeys("longdouble", "clongdouble", "record", "expr", "invalid-dtype", "names");
        assertThat(failures).as(report + "first disagreements:\n" + String.join("\n", failures.subList(0,
                Math.min(20, failures.size())))).isEmpty();
    }
}
