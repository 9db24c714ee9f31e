package org.stridescope.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.layout.Layout;

/**
 * An .npz holding the view as its one member {@code arr_0.npy}, stored (not compressed), like
 * {@code np.savez(out, view)}. The member is streamed; its CRC-32 is written into the local
 * header afterwards. Members of 4 GiB or more get zip64 records, as Python's zipfile writes them.
 */
final class NpzWriter {
    static final String MEMBER = "arr_0.npy";
    private static final long ZIP32_LIMIT = 0xffffffffL;
    /** DOS time of 1980-01-01 00:00: a fixed date keeps exports reproducible. */
    private static final int DOS_DATE = (1 << 5) | 1;

    private NpzWriter() {
    }

    /**
     * The size of the .npz {@link #write} makes for a member of {@code memberSize} bytes: local
     * header, member, central directory, the zip64 end records when needed, end record.
     */
    static long fileSize(long memberSize) {
        boolean zip64 = memberSize >= ZIP32_LIMIT;
        int name = MEMBER.length();
        long centralStart = 30 + name + (zip64 ? 20 : 0) + memberSize;
        long size = centralStart + 46 + name + (zip64 ? 20 : 0) + (centralStart >= ZIP32_LIMIT ? 56 + 20 : 0) + 22;
        return size < 0 || centralStart < 0 ? Long.MAX_VALUE : size;
    }

    static boolean write(ByteSource src, Layout view, FileChannel ch, ProgressMonitor monitor) throws IOException {
        byte[] header = ViewExport.npyHeader(view);
        long size = header.length + view.nbytes();
        boolean zip64 = size >= ZIP32_LIMIT;
        byte[] name = MEMBER.getBytes(StandardCharsets.US_ASCII);

        ByteBuffer local = le(30 + name.length + (zip64 ? 20 : 0));
        local.putInt(0x04034b50).putShort((short) (zip64 ? 45 : 20)).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) DOS_DATE).putInt(0) // CRC filled in below
                .putInt((int) (zip64 ? ZIP32_LIMIT : size)).putInt((int) (zip64 ? ZIP32_LIMIT : size))
                .putShort((short) name.length).putShort((short) (zip64 ? 20 : 0)).put(name);
        if (zip64) {
            local.putShort((short) 1).putShort((short) 16).putLong(size).putLong(size);
        }
        write(ch, local);
        CRC32 crc = new CRC32();
        crc.update(header);
        ViewExport.writeFully(ch, header, header.length);
        COrderBytes.Sink data = (block, length) -> {
            crc.update(block, 0, length);
            ViewExport.writeFully(ch, block, length);
        };
        if (!COrderBytes.stream(src, view, data, monitor)) {
            return false;
        }
        ByteBuffer crcField = le(4).putInt((int) crc.getValue());
        crcField.flip();
        ch.write(crcField, 14);

        long centralStart = ch.position();
        ByteBuffer central = le(46 + name.length + (zip64 ? 20 : 0));
        central.putInt(0x02014b50).putShort((short) (zip64 ? 45 : 20)).putShort((short) (zip64 ? 45 : 20))
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) DOS_DATE)
                .putInt((int) crc.getValue()).putInt((int) (zip64 ? ZIP32_LIMIT : size))
                .putInt((int) (zip64 ? ZIP32_LIMIT : size)).putShort((short) name.length)
                .putShort((short) (zip64 ? 20 : 0)).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putInt(0x1800000).putInt(0).put(name); // external attributes: a regular file, rw-------
        if (zip64) {
            central.putShort((short) 1).putShort((short) 16).putLong(size).putLong(size);
        }
        write(ch, central);
        long centralSize = ch.position() - centralStart;
        if (centralStart >= ZIP32_LIMIT) {
            long z64 = ch.position();
            ByteBuffer end64 = le(56 + 20);
            end64.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                    .putLong(1).putLong(1).putLong(centralSize).putLong(centralStart);
            end64.putInt(0x07064b50).putInt(0).putLong(z64).putInt(1);
            write(ch, end64);
        }
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt((int) centralSize).putInt((int) Math.min(centralStart, ZIP32_LIMIT)).putShort((short) 0);
        write(ch, end);
        return true;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void write(FileChannel ch, ByteBuffer b) throws IOException {
        b.flip();
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
