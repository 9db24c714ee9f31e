package org.stridescope.app.gui.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.Layout;

/** Flags with reasons, as the Explain panel lists them. Expected flags are NumPy 1.24's. */
class FlagListTest {

    @Test
    void paddedRowsAreNeitherContiguousAndSayWhichStrideBreaksIt() {
        // np.ndarray((3, 3), '<f4', bytes(48), 0, (16, 4)).flags: C False, F False, aligned True
        var rows = FlagList.of(new Layout(DType.parse("<f4"), new long[] {3, 3}, new long[] {16, 4}, 0), false);
        assertThat(rows).extracting(FlagList.Row::name)
                .containsExactly("C contiguous", "F contiguous", "aligned", "writeable", "overlapping");
        assertThat(rows).extracting(FlagList.Row::set).containsExactly(false, false, true, false, false);
        assertThat(rows.get(0).text()).isEqualTo("✗ C contiguous: axis 0 stride 16 ≠ 4·3 = 12 bytes, as C order needs");
    }

    @Test
    void broadcastingIsOverlapping() {
        // np.broadcast_to(np.zeros(4, '<i4'), (3, 4)): strides (0, 4); internal_overlap True
        var rows = FlagList.of(new Layout(DType.parse("<i4"), new long[] {3, 4}, new long[] {0, 4}, 0), false);
        assertThat(rows.get(4).text()).isEqualTo("✓ overlapping: axis 0 has stride 0: all 3 indices along it read the same bytes");
    }
}
