package org.stridescope.app.gui.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.model.ExpressionRun;
import org.stridescope.app.gui.view.FxToolkitStarted;
import org.stridescope.core.StridescopeError;
import org.testfx.util.WaitForAsyncUtils;

/** The transcript keeps the latest runs, in order, and a long session stays bounded. */
@ExtendWith(FxToolkitStarted.class)
class ConsolePaneTest {
    private static ExpressionRun failed(int i) {
        return new ExpressionRun("a[" + i + "]", null, new StridescopeError("IndexError", "index " + i + " is out of bounds", "d"));
    }

    @Test
    void theOldestRunsGoFirstWhenTheTranscriptIsFull() {
        String text = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            ConsolePane pane = new ConsolePane();
            for (int i = 0; i < ConsolePane.KEPT_RUNS + 3; i++) {
                pane.add(failed(i));
            }
            return pane.transcript();
        }));
        assertThat(text).startsWith(">>> a[3]\nIndexError: index 3 is out of bounds\n>>> a[4]\n");
        assertThat(text).endsWith(">>> a[" + (ConsolePane.KEPT_RUNS + 2) + "]\nIndexError: index "
                + (ConsolePane.KEPT_RUNS + 2) + " is out of bounds\n");
        assertThat(text.lines().filter(l -> l.startsWith(">>> "))).hasSize(ConsolePane.KEPT_RUNS);
    }
}
