package org.stridescope.core.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;

/**
 * Reads the central directory of a zip archive (zip64 included, as NumPy's {@code savez} writes
 * it) straight from the bytes, so that a stored member can be shown in place, as a window of the
 * memory-mapped archive, without copying it.
 */
public final class ZipDirectory {
    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;

    /**
     * The most members read. A central directory entry takes 46 bytes of the file but some 150 of
     * memory, so 2 million of them in a 100 MB archive would fill a small heap; np.savez of this
     * many arrays is not something people do.
     */
    static final long MAX_ENTRIES = 100_000;

    private final ByteSource src;
    private final String archive;

    private ZipDirectory(ByteSource src, String archive) {
        this.src = src;
        this.archive = archive;
    }

    /** The archive's members, in the order of its central directory. */
    public static List<ZipEntryInfo> read(ByteSource src, String archive) {
        return new ZipDirectory(src, archive).entries();
    }

    /** Where the member's data starts: after its local header, whose name and extra lengths may differ. */
    public static long dataStart(ByteSource src, String archive, ZipEntryInfo e) {
        ZipDirectory z = new ZipDirectory(src, archive);
        long at = e.localHeaderOffset();
        if (z.u32(at) != LOCAL) {
            throw z.damaged(at, "no local header where the directory points for " + e.name());
        }
        long start = at + 30 + z.u16(at + 26) + z.u16(at + 28);
        if (start + e.compressedSize() > src.size() || start + e.compressedSize() < start) {
            throw z.damaged(at, "the member " + e.name() + " goes past the end of the archive");
        }
        return start;
    }

    private List<ZipEntryInfo> entries() {
        long size = src.size();
        long eocd = -1;
        for (long p = size - 22; p >= Math.max(0, size - 22 - 65535); p--) {
            if (u32(p) == EOCD) {
                eocd = p;
                break;
            }
        }
        if (eocd < 0) {
            throw StridescopeError.inputError("not a zip archive: " + archive + " has no end-of-directory record",
                    "An .npz file is a zip archive of .npy files; this file does not end like a zip archive"
                            + " (it may be cut short).");
        }
        long count = u16(eocd + 10);
        long dirSize = u32(eocd + 12);
        long dirOffset = u32(eocd + 16);
        if (count == 0xffff || dirSize == 0xffffffffL || dirOffset == 0xffffffffL) {
            long locator = eocd - 20;
            if (locator < 0 || u32(locator) != ZIP64_LOCATOR) {
                throw damaged(eocd, "the zip64 locator is missing");
            }
            long z64 = u64(locator + 8);
            if (z64 < 0 || z64 > size - 56 || u32(z64) != ZIP64_EOCD) {
                throw damaged(locator, "the zip64 end-of-directory record is missing");
            }
            count = u64(z64 + 32);
            dirSize = u64(z64 + 40);
            dirOffset = u64(z64 + 48);
        }
        if (dirOffset < 0 || dirSize < 0 || dirOffset > size || dirSize > size - dirOffset || count > dirSize / 46) {
            throw damaged(eocd, "the central directory lies outside the file");
        }
        if (count > MAX_ENTRIES) {
            throw StridescopeError.inputError(archive + " lists " + count + " members, more than the " + MAX_ENTRIES
                    + " Stridescope reads", "An .npz file holds one member a saved array; this one holds more than"
                            + " anyone saves with np.savez.");
        }
        List<ZipEntryInfo> out = new ArrayList<>();
        long p = dirOffset;
        for (long k = 0; k < count; k++) {
            if (p > size - 46 || u32(p) != CENTRAL) {
                throw damaged(p, "expected a central directory entry");
            }
            int flags = u16(p + 8);
            int method = u16(p + 10);
            long crc = u32(p + 16);
            long csize = u32(p + 20);
            long usize = u32(p + 24);
            int nameLength = u16(p + 28);
            int extraLength = u16(p + 30);
            int commentLength = u16(p + 32);
            long local = u32(p + 42);
            long next = p + 46 + nameLength + extraLength + commentLength;
            if (next > size) {
                throw damaged(p, "a central directory entry goes past the end of the file");
            }
            byte[] nameBytes = bytes(p + 46, nameLength);
            String name = new String(nameBytes, (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            // zip64 extra field: the 64-bit values of the fields that hold 0xffffffff, in this order
            long e = p + 46 + nameLength;
            long eEnd = e + extraLength;
            while (e + 4 <= eEnd) {
                int id = u16(e);
                int len = u16(e + 2);
                if (id == 1) {
                    long f = e + 4;
                    if (usize == 0xffffffffL && f + 8 <= e + 4 + len) {
                        usize = u64(f);
                        f += 8;
                    }
                    if (csize == 0xffffffffL && f + 8 <= e + 4 + len) {
                        csize = u64(f);
                        f += 8;
                    }
                    if (local == 0xffffffffL && f + 8 <= e + 4 + len) {
                        local = u64(f);
                    }
                }
                e += 4 + len;
            }
            if (usize < 0 || csize < 0 || local < 0 || local > size) {
                throw damaged(p, "the entry for " + name + " has impossible sizes or offset");
            }
            out.add(new ZipEntryInfo(name, method, flags, crc, csize, usize, local));
            p = next;
        }
        return out;
    }

    private StridescopeError damaged(long at, String what) {
        return StridescopeError.inputError("damaged zip archive " + archive + " at byte " + at + ": " + what,
                "An .npz file (or a PyTorch checkpoint) is a zip archive; its table of contents does not add up.");
    }

    private byte[] bytes(long at, int n) {
        byte[] b = new byte[n];
        src.read(at, b, 0, n);
        return b;
    }

    private int u16(long at) {
        if (at < 0 || at > src.size() - 2) {
            throw damaged(at, "a field lies past the end of the file");
        }
        return (src.get(at) & 0xff) | (src.get(at + 1) & 0xff) << 8;
    }

    private long u32(long at) {
        return u16(at) | (long) u16(at + 2) << 16;
    }

    private long u64(long at) {
        return u32(at) | u32(at + 4) << 32;
    }
}
