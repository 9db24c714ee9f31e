package org.stridescope.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a big compressed .npz member (np.savez_compressed) reports progress and can be cancelled. */
class InflateProgressTest {
    @TempDir
    Path dir;

    /** An .npz whose one member, big.npy, is 16 MiB of float64 zeros, deflated. */
    private Path bigCompressedNpz() throws IOException {
        Path npz = dir.resolve("big.npz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(npz))) {
            zip.putNextEntry(new ZipEntry("big.npy"));
            zip.write(NpyHeaderWriter.header("<f8", new long[] {2 << 20}));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 16; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return npz;
    }

    private static Set<Path> inflatedCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().matches("stridescope-.*\\.npy")).collect(Collectors.toSet());
        }
    }

    @Test
    void progressGoesUpToTheWholeMember() throws IOException {
        List<long[]> heard = new ArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                heard.add(new long[] {done, total});
            }
        };
        try (NpzFile z = NpzFile.of(org.stridescope.core.buffer.ByteSources.open(bigCompressedNpz()), 0);
             NpyArray a = z.open("big", monitor)) {
            assertThat(a.header().shape()).containsExactly(2 << 20);
        }
        assertThat(heard).hasSizeGreaterThanOrEqualTo(4);
        long total = heard.get(0)[1];
        assertThat(total).isGreaterThan(16 << 20);
        for (int i = 1; i < heard.size(); i++) {
            assertThat(heard.get(i)[0]).isGreaterThan(heard.get(i - 1)[0]).isLessThanOrEqualTo(total);
        }
    }

    @Test
    void cancellingLeavesNoInflatedCopyAndNothingOpen() throws IOException {
        Set<Path> before = inflatedCopies();
        ProgressMonitor stop = new ProgressMonitor() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        Path npz = bigCompressedNpz();
        try (NpzFile z = NpzFile.of(org.stridescope.core.buffer.ByteSources.open(npz), 0)) { // inflating to a file
            assertThatThrownBy(() -> z.open("big", stop)).isInstanceOf(CancellationException.class);
        }
        assertThat(inflatedCopies()).as("the partial copy is deleted").isEqualTo(before);
        assertThatThrownBy(() -> DataFile.open(npz, "big", stop)).isInstanceOf(CancellationException.class);
        // and the archive is not held open: it can be opened again, to the end
        try (DataFile d = DataFile.open(npz, "big", ProgressMonitor.NONE)) {
            assertThat(d.header().shape()).containsExactly(2 << 20);
        }
    }
}
