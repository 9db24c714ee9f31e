package org.stridescope.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.buffer.HeapByteSource;

/**
 * A member whose bytes do not match the CRC-32 the archive records is refused as NumPy refuses it
 * ({@code np.load(f)['x']} goes through zipfile: {@code BadZipFile: Bad CRC-32 for file 'x.npy'}),
 * stored or deflated: a corrupted archive never shows wrong numbers silently.
 */
class NpzChecksumTest {
    @TempDir
    Path dir;

    private static byte[] storedArchive() throws IOException {
        return Files.readAllBytes(NpyFixtures.npz().get(0).path().resolveSibling("archive_stored.npz"));
    }

    /** Where the data of the first .npy in {@code zip} starts (after its header). */
    private static int firstDataByte(byte[] zip) {
        for (int i = 0; i + 6 < zip.length; i++) {
            if ((zip[i] & 0xff) == 0x93 && zip[i + 1] == 'N' && zip[i + 2] == 'U' && zip[i + 3] == 'M') {
                return i + (int) NpyHeaderReader.declaredDataOffset(new HeapByteSource(java.util.Arrays.copyOfRange(zip, i, zip.length)));
            }
        }
        throw new AssertionError("no .npy in the archive");
    }

    @Test
    void aStoredMemberWithAChangedDataByteIsNumpysBadZipFile() throws IOException {
        byte[] zip = storedArchive();
        zip[firstDataByte(zip)] ^= 0x01;
        try (NpzFile z = NpzFile.of(new HeapByteSource(zip, "changed.npz"))) {
            assertThatThrownBy(() -> z.open("first")).isInstanceOfSatisfying(StridescopeError.class, e -> {
                assertThat(e.type()).isEqualTo("BadZipFile");
                assertThat(e.getMessage()).isEqualTo("Bad CRC-32 for file 'first.npy'");
                assertThat(e.isNumpys()).isTrue();
                assertThat(e.detail()).contains("CRC-32").contains("changed");
            });
            try (NpyArray other = z.open("second")) { // the other members are intact and still open
                assertThat(other.source()).isInstanceOf(org.stridescope.core.buffer.SliceByteSource.class);
            }
        }
    }

    @Test
    void anIntactStoredArchiveOpensEveryMember() throws IOException {
        try (NpzFile z = NpzFile.of(new HeapByteSource(storedArchive(), "intact.npz"))) {
            for (NpzFile.Member m : z.members()) {
                z.open(m.key()).close();
            }
        }
    }

    @Test
    void aDeflatedMemberWhoseChecksumDiffersIsTheSameBadZipFile() throws IOException {
        Path npz = dir.resolve("deflated.npz");
        byte[] npy = Files.readAllBytes(NpyFixtures.npy().get(0).path());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(npz))) {
            out.putNextEntry(new ZipEntry("x.npy"));
            out.write(npy);
            out.closeEntry();
        }
        byte[] zip = Files.readAllBytes(npz);
        // the central directory's record (PK 1 2) holds the CRC-32 the member is checked against, at +16
        int central = -1;
        for (int i = zip.length - 4; i >= 0 && central < 0; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                central = i;
            }
        }
        assertThat(central).isPositive();
        zip[central + 16] ^= 0x80;
        try (NpzFile z = NpzFile.of(new HeapByteSource(zip, "deflated.npz"))) {
            assertThatThrownBy(() -> z.open("x")).isInstanceOfSatisfying(StridescopeError.class, e -> {
                assertThat(e.type()).isEqualTo("BadZipFile");
                assertThat(e.getMessage()).isEqualTo("Bad CRC-32 for file 'x.npy'");
            });
        }
    }

    /** A stored member of 24 MiB: its checksum is read with progress, and can be cancelled. */
    private Path bigStoredNpz() throws IOException {
        Path npz = dir.resolve("big.npz");
        byte[] header = NpyHeaderWriter.header("<f8", new long[] {3 << 20});
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) i;
        }
        CRC32 crc = new CRC32();
        crc.update(header);
        for (int i = 0; i < 24; i++) {
            crc.update(block);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(npz))) {
            ZipEntry e = new ZipEntry("big.npy");
            e.setMethod(ZipEntry.STORED);
            e.setSize(header.length + 24L * block.length);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(header);
            for (int i = 0; i < 24; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return npz;
    }

    @Test
    void aBigStoredMembersChecksumIsReadWithProgressUpToTheWholeMember() throws IOException {
        List<long[]> heard = new ArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                heard.add(new long[] {done, total});
            }
        };
        try (NpzFile z = NpzFile.open(bigStoredNpz()); NpyArray a = z.open("big", monitor)) {
            assertThat(a.header().shape()).containsExactly(3 << 20);
            assertThat(a.source()).isInstanceOf(org.stridescope.core.buffer.SliceByteSource.class); // still not a copy
        }
        assertThat(heard).hasSizeGreaterThanOrEqualTo(4);
        long total = heard.get(heard.size() - 1)[1];
        assertThat(heard.get(heard.size() - 1)[0]).isEqualTo(total);
        for (int i = 1; i < heard.size(); i++) {
            assertThat(heard.get(i)[0]).isGreaterThan(heard.get(i - 1)[0]).isLessThanOrEqualTo(total);
        }
    }

    @Test
    void cancellingTheChecksumOpensNothing() throws IOException {
        ProgressMonitor stop = new ProgressMonitor() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        try (NpzFile z = NpzFile.of(ByteSources.open(bigStoredNpz()))) {
            assertThatThrownBy(() -> z.open("big", stop)).isInstanceOf(CancellationException.class);
        }
    }
}
