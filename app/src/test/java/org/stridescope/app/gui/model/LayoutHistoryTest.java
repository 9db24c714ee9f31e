package org.stridescope.app.gui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the layout history counts as typing (the window's undo steps are in LayoutUndoTest). */
class LayoutHistoryTest {

    @Test
    void oneKeystrokeIsTypingAndAPasteOrAFillIsNot() {
        assertThat(LayoutHistory.oneKeystroke("2,", "2,2")).isTrue();
        assertThat(LayoutHistory.oneKeystroke("2,2", "2,")).isTrue();
        assertThat(LayoutHistory.oneKeystroke("22", "2,2")).isTrue();
        assertThat(LayoutHistory.oneKeystroke("", "8,4")).isFalse();
        assertThat(LayoutHistory.oneKeystroke(">i4", "<i4")).isFalse();
        assertThat(LayoutHistory.oneKeystroke("2,2", "2,2")).isFalse();
    }
}
