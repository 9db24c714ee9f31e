package org.stridescope.core.io.tensors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test files written by hand: torch.save-style zips around a pickle of our own, pickles opcode by opcode. */
final class Checkpoints {
    private Checkpoints() {
    }

    /** A zip of {@code members} (name to bytes), each stored or deflated. */
    static byte[] zip(Map<String, byte[]> members, boolean deflate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                ZipEntry e = new ZipEntry(m.getKey());
                byte[] data = m.getValue();
                if (!deflate) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCompressedSize(data.length);
                    e.setCrc(crc.getValue());
                }
                z.putNextEntry(e);
                z.write(data);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A checkpoint "ck/data.pkl" with {@code pickle} and storage members "ck/data/K". */
    static byte[] checkpoint(byte[] pickle, Map<String, byte[]> storages, boolean deflate) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("ck/data.pkl", pickle);
        storages.forEach((k, v) -> members.put("ck/data/" + k, v));
        members.put("ck/version", "3\n".getBytes(StandardCharsets.US_ASCII));
        return zip(members, deflate);
    }

    /** Builds a protocol-2 pickle opcode by opcode. */
    static final class Pickle {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Pickle() {
            op(0x80).op(2);
        }

        Pickle op(int b) {
            out.write(b);
            return this;
        }

        Pickle str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            op('X').int4(b.length);
            out.writeBytes(b);
            return this;
        }

        Pickle global(String module, String name) {
            op('c');
            out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        Pickle small(int v) {
            return op('K').op(v);
        }

        Pickle int4(int v) {
            for (int k = 0; k < 4; k++) {
                out.write(v >>> (8 * k) & 0xff);
            }
            return this;
        }

        /** A tuple of small ints. */
        Pickle tuple(int... values) {
            op('(');
            for (int v : values) {
                small(v);
            }
            return op('t');
        }

        /**
         * {@code _rebuild_tensor_v2(storage key, offset, size, stride, False, OrderedDict())} with a
         * {@code storageType} storage of {@code numel} elements.
         */
        Pickle tensor(String storageType, String key, int numel, int offset, int[] size, int[] stride) {
            global("torch._utils", "_rebuild_tensor_v2").op('(');
            op('(').str("storage").global("torch", storageType).str(key).str("cpu").small(numel).op('t').op('Q');
            small(offset).tuple(size).tuple(stride).op(0x89).global("collections", "OrderedDict").op(')').op('R');
            return op('t').op('R');
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        byte[] stop() {
            op('.');
            return bytes();
        }
    }
}
