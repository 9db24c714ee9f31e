package org.stridescope.app.gui.hex;

/**
 * Where each byte sits in the hex view: rows of {@code bytesPerRow} bytes, the first row starting
 * {@code shift} bytes before byte 0 so a chosen byte (the array's offset) can start a row. Columns
 * are in character cells: offset column, hex pairs grouped by eight, then the ASCII column.
 */
public record HexGeometry(long size, int bytesPerRow, int shift, double charWidth) {
    static final int GROUP = 8;

    public HexGeometry {
        if (bytesPerRow < 1) {
            throw new IllegalArgumentException("bytesPerRow must be positive");
        }
    }

    public long rowCount() {
        return size == 0 ? 0 : (size + shift + bytesPerRow - 1) / bytesPerRow;
    }

    /** Byte position of a row's first column (negative in the first row when shifted). */
    public long rowStart(long row) {
        return row * bytesPerRow - shift;
    }

    public long rowOf(long pos) {
        return (pos + shift) / bytesPerRow;
    }

    public int columnOf(long pos) {
        return (int) ((pos + shift) % bytesPerRow);
    }

    /** Hex digits needed for the largest offset, at least 8. */
    public int offsetDigits() {
        int digits = (64 - Long.numberOfLeadingZeros(Math.max(1, size - 1)) + 3) / 4;
        return Math.max(8, digits);
    }

    public double offsetColumnWidth() {
        return (offsetDigits() + 2) * charWidth;
    }

    /** x of column {@code c}'s hex pair, relative to the start of the scrolled area. */
    public double hexX(int c) {
        return charWidth * (c * 3 + c / GROUP + 1);
    }

    public double hexWidth() {
        return charWidth * (bytesPerRow * 3 + (bytesPerRow - 1) / GROUP + 1);
    }

    public double asciiX(int c) {
        return hexWidth() + charWidth * (2 + c);
    }

    /** Width of everything right of the offset column. */
    public double contentWidth() {
        return asciiX(bytesPerRow) + charWidth;
    }

    /** Column under x (relative to the scrolled area), in the hex or the ASCII part; -1 if none. */
    public int columnAt(double x) {
        double groupWidth = charWidth * (GROUP * 3 + 1);
        if (x >= charWidth * 0.5 && x < hexWidth()) {
            double rel = x - charWidth * 0.5;
            int g = (int) (rel / groupWidth);
            int within = (int) Math.min(GROUP - 1, (rel - g * groupWidth) / (3 * charWidth));
            int c = g * GROUP + within;
            return c < bytesPerRow ? c : -1;
        }
        double a = x - asciiX(0);
        if (a >= 0 && a < bytesPerRow * charWidth) {
            return (int) (a / charWidth);
        }
        return -1;
    }
}
