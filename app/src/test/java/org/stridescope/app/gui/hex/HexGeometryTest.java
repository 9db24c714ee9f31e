package org.stridescope.app.gui.hex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HexGeometryTest {

    @Test
    void everyByteIsFoundAgainUnderItsOwnColumn() {
        HexGeometry g = new HexGeometry(100, 16, 0, 8);
        for (int c = 0; c < 16; c++) {
            assertThat(g.columnAt(g.hexX(c) + 4)).isEqualTo(c);
            assertThat(g.columnAt(g.asciiX(c) + 4)).isEqualTo(c);
        }
    }

    @Test
    void aShiftedRowStartsAtTheChosenByte() {
        // stride-of-axis mode: rows of 12 bytes starting at offset 5
        HexGeometry g = new HexGeometry(100, 12, Math.floorMod(-5, 12), 8);
        assertThat(g.columnOf(5)).isZero();
        assertThat(g.columnOf(17)).isZero();
        assertThat(g.rowStart(g.rowOf(5))).isEqualTo(5);
        assertThat(g.rowStart(0)).isNegative();
    }

    @Test
    void offsetsOfHugeFilesGetEnoughDigits() {
        assertThat(new HexGeometry(16L << 30, 16, 0, 8).offsetDigits()).isEqualTo(9);
        assertThat(new HexGeometry(16, 16, 0, 8).offsetDigits()).isEqualTo(8);
        assertThat(new HexGeometry(16L << 30, 16, 0, 8).rowCount()).isEqualTo(1L << 30);
    }
}
