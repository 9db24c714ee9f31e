package org.stridescope.core.analysis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * Synthetic raw images for the row-width finder: smooth 2-D functions (a few waves and blobs) plus
 * noise, written row by row in a dtype, with optional row padding (zero or junk bytes) and a header
 * before the first row.
 */
final class RowWidthImages {

    /** An image's bytes and what made it. */
    record Image(String family, String dtype, int width, int height, int channels, long pitch, int header,
            byte[] bytes) {
        @Override
        public String toString() {
            return family + " " + dtype + " w=" + width + " h=" + height + " pitch=" + pitch + " header=" + header;
        }
    }

    private RowWidthImages() {
    }

    /** A smooth field in about -1..1 at (x, y) of a w x h picture, for one channel. */
    static final class Field {
        private final double[][] waves; // fx, fy, phase, amplitude
        private final double[][] blobs; // cx, cy, radius, amplitude

        Field(Random rnd) {
            waves = new double[1 + rnd.nextInt(3)][];
            for (int k = 0; k < waves.length; k++) {
                waves[k] = new double[] {rnd.nextDouble() * 4, rnd.nextDouble() * 4, rnd.nextDouble() * 6.3,
                        0.2 + rnd.nextDouble() * 0.5};
            }
            blobs = new double[rnd.nextInt(4)][];
            for (int k = 0; k < blobs.length; k++) {
                blobs[k] = new double[] {rnd.nextDouble(), rnd.nextDouble(), 0.05 + rnd.nextDouble() * 0.3,
                        rnd.nextDouble() * 1.2 - 0.6};
            }
        }

        double at(double u, double v) { // u, v in 0..1
            double s = 0;
            for (double[] w : waves) {
                s += w[3] * Math.sin(2 * Math.PI * (w[0] * u + w[1] * v) + w[2]);
            }
            for (double[] b : blobs) {
                double dx = u - b[0];
                double dy = v - b[1];
                s += b[3] * Math.exp(-(dx * dx + dy * dy) / (b[2] * b[2]));
            }
            return s;
        }
    }

    /**
     * One image: {@code dtype} one of u1, <u2, >u2, <i2, <f4, <f8, rgb, rgba; {@code pad} a row
     * alignment in bytes (0 none); {@code header} bytes before the first row.
     */
    static Image make(Random rnd, String family, String dtype, int width, int height, int pad, int header,
            double noise) {
        int channels = dtype.equals("rgb") ? 3 : dtype.equals("rgba") ? 4 : 1;
        int itemsize = switch (dtype) {
            case "<u2", ">u2", "<i2" -> 2;
            case "<f4" -> 4;
            case "<f8" -> 8;
            default -> 1;
        };
        int rowBytes = width * channels * itemsize;
        int pitch = pad == 0 ? rowBytes : (rowBytes + pad - 1) / pad * pad;
        boolean junkPadding = rnd.nextBoolean();
        Field[] fields = new Field[channels];
        double[] level = new double[channels];
        for (int c = 0; c < channels; c++) {
            fields[c] = new Field(rnd);
            level[c] = rnd.nextDouble() * 0.6 - 0.3;
        }
        ByteBuffer buf = ByteBuffer.allocate(header + pitch * height)
                .order(dtype.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < header; i++) {
            buf.put((byte) rnd.nextInt(256));
        }
        boolean withNaN = dtype.startsWith("<f") && rnd.nextInt(3) == 0;
        for (int y = 0; y < height; y++) {
            int rowStart = buf.position();
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < channels; c++) {
                    if (channels == 4 && c == 3) {
                        buf.put((byte) 255); // opaque alpha
                        continue;
                    }
                    double s = level[c] + fields[c].at(x / (double) width, y / (double) Math.max(height, width))
                            + noise * rnd.nextGaussian();
                    double t = Math.max(0, Math.min(1, (s + 1.5) / 3)); // 0..1
                    switch (dtype) {
                        case "<u2", ">u2" -> buf.putShort((short) Math.round(t * 65535));
                        case "<i2" -> buf.putShort((short) Math.round(t * 60000 - 30000));
                        case "<f4" -> buf.putFloat(withNaN && rnd.nextInt(200) == 0 ? Float.NaN : (float) (s * 100));
                        case "<f8" -> buf.putDouble(withNaN && rnd.nextInt(200) == 0 ? Double.POSITIVE_INFINITY : s);
                        default -> buf.put((byte) Math.round(t * 255));
                    }
                }
            }
            while (buf.position() < rowStart + pitch) {
                buf.put(junkPadding ? (byte) rnd.nextInt(256) : 0);
            }
        }
        return new Image(family, dtype, width, height, channels, pitch, header, buf.array());
    }
}
