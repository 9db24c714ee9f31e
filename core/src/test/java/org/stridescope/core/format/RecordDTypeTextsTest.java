package org.stridescope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.Vectors;
import org.stridescope.core.dtype.DType;

/**
 * Structured dtype texts beyond the shared vectors ({@code scripts/fixtures/record_dtype_texts.py}
 * asked NumPy 1.24): duplicate names and titles, bad shapes and offsets, {@code align=True} as
 * code, titles, out-of-order and overlapping fields. Each must give NumPy's {@code dtype.str},
 * itemsize and {@code str(dtype)}, or NumPy's exception type and message with a plain detail.
 */
class RecordDTypeTextsTest {

    @Test
    void everyTextGivesNumpysRecordOrNumpysError() {
        List<String> diffs = new ArrayList<>();
        List<Map<?, ?>> lines = Vectors.lines("/records/numpy-1.24-dtype-texts.jsonl");
        for (Map<?, ?> c : lines) {
            String text = (String) c.get("text");
            String want = Boolean.TRUE.equals(c.get("ok"))
                    ? c.get("str") + " " + c.get("itemsize") + " " + c.get("dtype")
                    : c.get("type") + ": " + c.get("error");
            String got;
            try {
                DType d = DType.parse(text);
                got = d.str() + " " + d.itemsize() + " " + (d.isStructured() ? DTypeText.str(d) : null);
            } catch (StridescopeError e) {
                got = e.type() + ": " + e.getMessage();
                if (e.detail().isBlank()) {
                    diffs.add(text + ": no plain detail");
                }
            }
            if (!want.equals(got)) {
                diffs.add(text + "\n    numpy " + want + "\n    ours  " + got);
            }
        }
        assertThat(lines).hasSizeGreaterThan(30);
        assertThat(diffs).isEmpty();
    }
}
