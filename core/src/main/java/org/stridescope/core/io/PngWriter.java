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

    private PngWriter(FileChannel ch) {
        this.ch = ch;
    }

    static boolean write(ByteSource src, Picture picture, PictureStyle style, FileChannel ch, ProgressMonitor monitor)
            throws IOException {
        PngWriter png = new PngWriter(ch);
        try {
            return png.run(src, picture, style, monitor);
        } finally {
            png.deflater.end();
        }
    }

    private boolean run(ByteSource src, Picture picture, PictureStyle style, ProgressMonitor monitor) throws IOException {
        ViewExport.writeFully(ch, SIGNATURE, SIGNATURE.length);
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt((int) picture.width()).putInt((int) picture.height());
        ihdr.put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk("IHDR", ihdr.array(), 13);
        long total = picture.pixels();
        long width = picture.width();
        byte[] filter = {0};
        boolean done = picture.render(src, style, (row, column, rgba, count) -> {
            if (column == 0) {
                deflate(filter, 1);
            }
            deflate(rgba, count * 4);
            monitor.progress(row * width + column + count, total);
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
