package org.stridescope.app.gui.rawimage;

import org.stridescope.app.base.LayoutText;

/**
 * A raw image's rows as a layout: {@code width} pixels a row, each of {@code channels} elements of
 * {@code itemsize} bytes, a new row every {@code pitch} bytes, over the {@code available} bytes
 * after the offset. Shape {@code (rows, width[, channels])}, strides {@code (pitch, itemsize *
 * channels[, itemsize])}; a pitch longer than a row's pixels leaves row padding, bytes no element reads.
 */
public record ImageRows(long pitch, long width, int channels, int itemsize, long available) {

    public ImageRows {
        if (width < 1 || channels < 1 || itemsize < 1 || pitch < width * itemsize * channels) {
            throw new IllegalArgumentException("a row of " + width + " x " + channels + " x " + itemsize
                    + " bytes does not fit a pitch of " + pitch);
        }
    }

    /** Bytes of one pixel (all its channels). */
    public long pixelBytes() {
        return (long) itemsize * channels;
    }

    /** Bytes at the end of each row that no pixel reads. */
    public long padding() {
        return pitch - width * pixelBytes();
    }

    /** As many whole rows as fit: the last one needs its pixels, not its padding. */
    public long rows() {
        long row = width * pixelBytes();
        return available < row ? 0 : (available - row) / pitch + 1;
    }

    public String shapeText() {
        return LayoutText.commaList(channels == 1 ? new long[] {rows(), width} : new long[] {rows(), width, channels});
    }

    public String stridesText() {
        return LayoutText.commaList(channels == 1 ? new long[] {pitch, itemsize}
                : new long[] {pitch, pixelBytes(), itemsize});
    }

    /** The same pitch with another width (at least 1, at most what the pitch holds). */
    public ImageRows withWidthInPitch(long w) {
        return new ImageRows(pitch, Math.max(1, Math.min(w, pitch / pixelBytes())), channels, itemsize, available);
    }

    /** Half (or twice) the width and the pitch: rows that are two rows side by side, or half rows. */
    public ImageRows scaled(boolean twice) {
        long w = twice ? width * 2 : Math.max(1, width / 2);
        long p = Math.max(w * pixelBytes(), twice ? pitch * 2 : pitch / 2);
        return new ImageRows(p, w, channels, itemsize, available);
    }

    /** As many pixels as fit the pitch, with these channels (the padding is what is left over). */
    public static ImageRows fillingPitch(long pitch, int channels, int itemsize, long available) {
        long pixel = (long) itemsize * channels;
        return new ImageRows(Math.max(pitch, pixel), Math.max(1, pitch / pixel), channels, itemsize, available);
    }

    /** "row padding: 3 bytes per row", or "no row padding". */
    public String paddingText() {
        long p = padding();
        return p == 0 ? "no row padding" : "row padding: " + p + " byte" + (p == 1 ? "" : "s") + " per row";
    }
}
