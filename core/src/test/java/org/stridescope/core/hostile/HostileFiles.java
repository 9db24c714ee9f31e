package org.stridescope.core.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deterministic makers of hostile .npy and .npz bytes, for core's suite, the app's view-model suite
 * and the window run ({@code scripts/hostile/run-window.sh}).
 */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** A .npy file of format {@code major}.0 whose header dict is {@code dict} (padded as NumPy pads it). */
    public static byte[] npy(int major, String dict, byte[] data) {
        byte[] text = dict.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int lengthBytes = major == 1 ? 2 : 4;
        int total = 8 + lengthBytes + text.length + 1;
        int padded = (total + 63) / 64 * 64;
        int headerLength = padded - 8 - lengthBytes;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x93);
        out.writeBytes("NUMPY".getBytes(StandardCharsets.US_ASCII));
        out.write(major);
        out.write(0);
        for (int k = 0; k < lengthBytes; k++) {
            out.write(headerLength >>> (8 * k));
        }
        out.writeBytes(text);
        for (int k = text.length; k < headerLength - 1; k++) {
            out.write(' ');
        }
        out.write('\n');
        out.writeBytes(data);
        return out.toByteArray();
    }

    public static String dict(String descr, boolean fortran, String shape) {
        return "{'descr': " + descr + ", 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape
                + ", }";
    }

    /** A .npy of {@code data.length} unsigned bytes, shape (n,). */
    public static byte[] npyOfBytes(byte[] data) {
        return npy(1, dict("'|u1'", false, "(" + data.length + ",)"), data);
    }

    /** One member of a hand-made zip: what its headers say may differ from what its data is. */
    public record Member(String name, int method, byte[] stored, long crc, long declaredSize, long declaredCompressed,
                         int flags) {
        /** A true member: stored as is, or deflated at {@code level}. */
        public static Member of(String name, byte[] content, boolean deflate) {
            CRC32 crc = new CRC32();
            crc.update(content);
            byte[] stored = deflate ? deflate(content, 1) : content;
            return new Member(name, deflate ? 8 : 0, stored, crc.getValue(), content.length, stored.length, 0);
        }

        public Member declaring(long size, long compressed) {
            return new Member(name, method, stored, crc, size, compressed, flags);
        }
    }

    /** Raw deflate (no zlib wrapper) of {@code content}. */
    public static byte[] deflate(byte[] content, int level) {
        Deflater d = new Deflater(level, true);
        d.setInput(content);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    /** {@code head} then {@code n} zero bytes, deflated without holding the zeros: a zip bomb's payload. */
    public static byte[] deflatedZeros(byte[] head, long n) {
        Deflater d = new Deflater(9, true);
        byte[] zeros = new byte[1 << 20];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        d.setInput(head);
        while (!d.needsInput()) {
            out.write(buf, 0, d.deflate(buf));
        }
        for (long left = n; left > 0; ) {
            int k = (int) Math.min(zeros.length, left);
            d.setInput(zeros, 0, k);
            left -= k;
            while (!d.needsInput()) {
                out.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    /** CRC-32 of {@code head} then {@code n} zero bytes. */
    public static long crcOfZeros(byte[] head, long n) {
        CRC32 crc = new CRC32();
        crc.update(head);
        byte[] zeros = new byte[1 << 20];
        for (long left = n; left > 0; left -= zeros.length) {
            crc.update(zeros, 0, (int) Math.min(zeros.length, left));
        }
        return crc.getValue();
    }

    /** A zip archive of {@code members}, with zip64 extra fields where a size needs them. */
    public static byte[] zip(List<Member> members) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<Long> offsets = new ArrayList<>();
            for (Member m : members) {
                offsets.add((long) out.size());
                byte[] name = m.name().getBytes(StandardCharsets.UTF_8);
                boolean z64 = needs64(m);
                le(out, 0x04034b50, 4);
                le(out, z64 ? 45 : 20, 2);
                le(out, m.flags(), 2);
                le(out, m.method(), 2);
                le(out, 0, 4); // time, date
                le(out, m.crc(), 4);
                le(out, z64 ? 0xffffffffL : m.declaredCompressed(), 4);
                le(out, z64 ? 0xffffffffL : m.declaredSize(), 4);
                le(out, name.length, 2);
                le(out, z64 ? 20 : 0, 2);
                out.write(name);
                if (z64) {
                    le(out, 1, 2);
                    le(out, 16, 2);
                    le(out, m.declaredSize(), 8);
                    le(out, m.declaredCompressed(), 8);
                }
                out.write(m.stored());
            }
            long cdStart = out.size();
            for (int k = 0; k < members.size(); k++) {
                Member m = members.get(k);
                byte[] name = m.name().getBytes(StandardCharsets.UTF_8);
                boolean z64 = needs64(m);
                le(out, 0x02014b50, 4);
                le(out, z64 ? 45 : 20, 2);
                le(out, z64 ? 45 : 20, 2);
                le(out, m.flags(), 2);
                le(out, m.method(), 2);
                le(out, 0, 4);
                le(out, m.crc(), 4);
                le(out, z64 ? 0xffffffffL : m.declaredCompressed(), 4);
                le(out, z64 ? 0xffffffffL : m.declaredSize(), 4);
                le(out, name.length, 2);
                le(out, z64 ? 28 : 0, 2);
                le(out, 0, 2); // comment
                le(out, 0, 2); // disk
                le(out, 0, 2);
                le(out, 0, 4);
                le(out, z64 ? 0xffffffffL : offsets.get(k), 4);
                out.write(name);
                if (z64) {
                    le(out, 1, 2);
                    le(out, 24, 2);
                    le(out, m.declaredSize(), 8);
                    le(out, m.declaredCompressed(), 8);
                    le(out, offsets.get(k), 8);
                }
            }
            long cdSize = out.size() - cdStart;
            boolean z64 = members.size() >= 0xffff;
            if (z64) { // the zip64 end record and its locator: counts past 16 bits
                long at = out.size();
                le(out, 0x06064b50, 4);
                le(out, 44, 8);
                le(out, 45, 2);
                le(out, 45, 2);
                le(out, 0, 8); // disk numbers
                le(out, members.size(), 8);
                le(out, members.size(), 8);
                le(out, cdSize, 8);
                le(out, cdStart, 8);
                le(out, 0x07064b50, 4);
                le(out, 0, 4);
                le(out, at, 8);
                le(out, 1, 4);
            }
            le(out, 0x06054b50, 4);
            le(out, 0, 4);
            le(out, z64 ? 0xffff : members.size(), 2);
            le(out, z64 ? 0xffff : members.size(), 2);
            le(out, cdSize, 4);
            le(out, cdStart, 4);
            le(out, 0, 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean needs64(Member m) {
        return m.declaredSize() >= 0xffffffffL || m.declaredCompressed() >= 0xffffffffL || m.declaredSize() < 0
                || m.declaredCompressed() < 0;
    }

    private static void le(ByteArrayOutputStream out, long v, int bytes) {
        for (int k = 0; k < bytes; k++) {
            out.write((int) (v >>> (8 * k)));
        }
    }
}
