package org.stridescope.app.gui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Up and Down walk the applied expressions the way a shell's history does. */
class ExpressionHistoryTest {
    private final List<List<String>> kept = new ArrayList<>();

    @Test
    void upGoesBackFromTheLatestAndDownReturnsToWhatWasBeingTyped() {
        ExpressionHistory h = new ExpressionHistory(List.of(), kept::add);
        h.add("a.T");
        h.add("a[::2]");
        assertThat(h.older("a[1")).contains("a[::2]");
        assertThat(h.older("ignored")).contains("a.T");
        assertThat(h.older("ignored")).isEmpty();
        assertThat(h.newer()).contains("a[::2]");
        assertThat(h.newer()).contains("a[1");
        assertThat(h.newer()).isEmpty();
    }

    @Test
    void aRepeatedExpressionMovesToTheEndAndBlanksAreNotKept() {
        ExpressionHistory h = new ExpressionHistory(List.of(), kept::add);
        h.add("a.T");
        h.add("a[0]");
        h.add(" a.T ");
        h.add("");
        assertThat(h.entries()).containsExactly("a[0]", "a.T");
    }

    @Test
    void earlierRunsComeFirstAndEachChangeIsKept() {
        ExpressionHistory h = new ExpressionHistory(List.of("a.T", "a[0]"), kept::add);
        assertThat(h.older("")).contains("a[0]");
        h.add("np.flip(a, 0)");
        assertThat(kept).last().isEqualTo(List.of("a.T", "a[0]", "np.flip(a, 0)"));
    }

    @Test
    void onlyTheLatestAreKept() {
        ExpressionHistory h = new ExpressionHistory(List.of(), kept::add);
        for (int i = 0; i < ExpressionHistory.LIMIT + 5; i++) {
            h.add("a[" + i + "]");
        }
        assertThat(h.entries()).hasSize(ExpressionHistory.LIMIT).startsWith("a[5]").endsWith("a[" + (ExpressionHistory.LIMIT + 4) + "]");
    }
}
