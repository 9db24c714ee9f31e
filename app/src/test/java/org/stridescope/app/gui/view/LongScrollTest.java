package org.stridescope.app.gui.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scrolling by long rows: a 16 GiB file at 16 bytes per row has 2^30 rows, every one reachable. */
@ExtendWith(FxToolkitStarted.class)
class LongScrollTest {
    private int changes;

    private LongScroll scroll(long rows) {
        LongScroll s = new LongScroll(new ScrollBar(), () -> changes++);
        s.setExtent(rows, 20, 400); // 20 rows fit
        return s;
    }

    @Test
    void aSixteenGibFileScrollsToItsLastRow() {
        long rows = (16L << 30) / 16;
        LongScroll s = scroll(rows);
        s.setPosition(Long.MAX_VALUE / 2, 0);
        assertThat(s.first()).isEqualTo(rows - 20);
        assertThat(s.first() + s.visibleRows() - 1).isEqualTo(rows - 1);
    }

    @Test
    void theScrollBarMapsOneToOneToRows() {
        long rows = (16L << 30) / 16;
        ScrollBar bar = new ScrollBar();
        LongScroll s = new LongScroll(bar, () -> { });
        s.setExtent(rows, 20, 400);
        bar.setValue(rows - 21);
        assertThat(s.first()).isEqualTo(rows - 21);
        s.scrollRows(1);
        assertThat(bar.getValue()).isEqualTo(rows - 20.0);
    }

    @Test
    void pixelScrollingCarriesIntoRows() {
        LongScroll s = scroll(1000);
        s.scrollPixels(45);
        assertThat(s.first()).isEqualTo(2);
        assertThat(s.pixel()).isEqualTo(5.0);
        s.scrollPixels(-50);
        assertThat(s.first()).isZero();
        assertThat(s.pixel()).isZero();
    }

    @Test
    void ensureVisibleScrollsOneRowForAStepAndCentresRowsFurtherOutOfSight() {
        LongScroll s = scroll(1000); // 20 rows in sight
        s.ensureVisible(5, 5);
        assertThat(s.first()).isZero();
        s.ensureVisible(20, 20); // the next row below: the least scroll, as arrow keys need
        assertThat(s.first()).isEqualTo(1);
        s.ensureVisible(26, 26); // out of sight by more than a row: in the middle, with its neighbours
        assertThat(s.first()).isEqualTo(26 - 19 / 2);
        s.ensureVisible(500, 500); // far away: in the middle, with what is around it
        assertThat(s.first()).isEqualTo(500 - 19 / 2);
        s.ensureVisible(490, 490); // the next row above
        assertThat(s.first()).isEqualTo(490);
        s.ensureVisible(3, 3); // far above, near the start: as far up as it goes
        assertThat(s.first()).isZero();
        s.ensureVisible(995, 995); // far, near the end: as far down as it goes
        assertThat(s.first()).isEqualTo(1000 - 20);
    }
}
