package org.stridescope.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.picture.Picture;
import org.stridescope.core.picture.PictureStyle;

/**
 * A {@link Picture} as a PNG: signature, IHDR (8-bit RGBA, no interlace), the rows (filter 0
 * each) deflated in a stream of IDAT chunks of at most {@link #CHUNK} bytes, IEND. Memory stays
 * a run of pixels and a chunk, whatever the picture's size.
 */
final class PngWriter {
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Signature, IHDR, one (empty) IDAT and IEND: no PNG is smaller. */
    static final long MIN_SIZE = 8 + (12 + 13) + 12 + 12;
    static final int CHUNK = 1 << 16;

    private final FileChannel ch;
    private final Deflater deflater = new Deflater(6);
    private final byte[] chunk = new byte[CHUNK];

    private final int zoom;

    private PngWriter(FileChannel ch, int zoom) {
        this.ch = ch;
        this.zoom = zoom;
    }

    /** Writes {@code picture}, each element {@code zoom} x {@code zoom} pixels (ViewExport checked the sizes). */
    static boolean write(ByteSource src, Picture picture, PictureStyle style, int zoom, FileChannel ch, ProgressMonitor monitor)
            throws IOException {
        PngWriter png = new PngWriter(ch, zoom);
        try {
            return png.run(src, picture, style, monitor);
        } finally {
            png.deflater.end();
        }
    }

    private boolean run(ByteSource src, Picture picture, PictureStyle style, ProgressMonitor monitor) throws IOException {
        ViewExport.writeFully(ch, SIGNATURE, SIGNATURE.length);
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt((int) (picture.width() * zoom)).putInt((int) (picture.height() * zoom));
        ihdr.put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk("IHDR", ihdr.array(), 13);
        long total = picture.pixels();
        long width = picture.width();
        byte[] filter = {0};
        // Zoomed, a row is kept whole to be written zoom times, each pixel repeated zoom times.
        byte[] row = zoom == 1 ? null : new byte[(int) width * 4];
        byte[] wide = zoom == 1 ? null : new byte[Math.min(RUN_BYTES, (int) width * 4) * zoom];
        boolean done = picture.render(src, style, (r, column, rgba, count) -> {
            if (zoom == 1) {
                if (column == 0) {
                    deflate(filter, 1);
                }
                deflate(rgba, count * 4);
            } else {
                System.arraycopy(rgba, 0, row, (int) column * 4, count * 4);
                if (column + count == width) {
                    writeZoomedRow(row, wide);
                }
            }
            monitor.progress(r * width + column + count, total);
        }, monitor::cancelled);
        if (!done) {
            return false;
        }
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        flushIdat();
        chunk("IEND", new byte[0], 0);
        return !monitor.cancelled();
    }

    private int filled;
    private static final int RUN_BYTES = 1 << 16;

    /** One row of elements as {@code zoom} rows of pixels, each pixel {@code zoom} times. */
    private void writeZoomedRow(byte[] row, byte[] wide) throws IOException {
        byte[] filter = {0};
        for (int copy = 0; copy < zoom; copy++) {
            deflate(filter, 1);
            for (int from = 0; from < row.length; from += RUN_BYTES) {
                int n = Math.min(RUN_BYTES, row.length - from);
                int w = 0;
                for (int p = from; p < from + n; p += 4) {
                    for (int z = 0; z < zoom; z++) {
                        System.arraycopy(row, p, wide, w, 4);
                        w += 4;
                    }
                }
                deflate(wide, w);
            }
        }
    }

    private void deflate(byte[] data, int length) throws IOException {
        deflater.setInput(data, 0, length);
        while (!deflater.needsInput()) {
            drain();
        }
    }

    /** Deflates into the chunk buffer, writing an IDAT each time it is full. */
    private void drain() throws IOException {
        filled += deflater.deflate(chunk, filled, CHUNK - filled);
        if (filled == CHUNK) {
            flushIdat();
        }
    }

    private void flushIdat() throws IOException {
        if (filled > 0) {
            chunk("IDAT", chunk, filled);
            filled = 0;
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        ByteBuffer.wrap(head).putInt(length).put(type.getBytes(StandardCharsets.US_ASCII));
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data, 0, length);
        ViewExport.writeFully(ch, head, 8);
        ViewExport.writeFully(ch, data, length);
        byte[] tail = new byte[4];
        ByteBuffer.wrap(tail).putInt((int) crc.getValue());
        ViewExport.writeFully(ch, tail, 4);
    }
}
