package org.stridescope.app.gui.hex;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where labels may go over the hex view: never over a byte's text, never over another label. */
class FreeSpaceTest {
    private static final double CW = 8;
    private static final double LH = 20;
    // 64 bytes in rows of 16: four rows from y = 20, then blank rows to y = 200; content from x = 100.
    private final HexGeometry geometry = new HexGeometry(64, 16, 0, CW);
    private final BytesOnScreen bytes = new BytesOnScreen(geometry, 100, 20, 200, 0, 0, LH, null);
    private final Rectangle2D area = new Rectangle2D(92, 20, 600, 180);

    @Test
    void aBoxOverAHexPairOrAnAsciiCharacterHidesIt() {
        assertThat(bytes.hidesText(new Rectangle2D(100 + geometry.hexX(3), 25, 4, 4))).isTrue();
        assertThat(bytes.hidesText(new Rectangle2D(100 + geometry.asciiX(15), 85, 2, 2))).isTrue();
        // the one-character gap between pairs 3 and 4, and the rows below the last byte, are free
        assertThat(bytes.hidesText(new Rectangle2D(100 + geometry.hexX(3) + 2 * CW + 0.5, 25, CW - 1, LH - 4))).isFalse();
        assertThat(bytes.hidesText(new Rectangle2D(100, 20 + 4 * LH + 1, 300, LH - 2))).isFalse();
    }

    @Test
    void aTagFindsTheGapNearestItsArrowAndALabelFindsTheBlankRows() {
        FreeSpace space = new FreeSpace(area, bytes);
        Point2D onRowOne = new Point2D(100 + geometry.hexX(5), 20 + 1.5 * LH);
        Rectangle2D tag = space.nearest(CW - 1, LH - 4, onRowOne, Double.MAX_VALUE);
        assertThat(tag).isNotNull();
        assertThat(tag.getMinY()).isBetween(20 + LH, 20 + 2 * LH); // on the arrow's own row, in a gap
        assertThat(bytes.hidesText(tag)).isFalse();
        space.take(tag);
        Rectangle2D label = space.nearest(14 * CW, LH - 2, onRowOne, 6 * LH);
        assertThat(label).isNotNull();
        assertThat(label.getMinY()).isGreaterThanOrEqualTo(20 + 4 * LH); // below the data: no row has room
        assertThat(label.intersects(tag)).isFalse();
        // a label may stand only so far from its arrow
        assertThat(new FreeSpace(area, bytes).nearest(14 * CW, LH - 2, new Point2D(150, 25), LH)).isNull();
    }
}
