package org.stridescope.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.layout.LayoutSpec;

class DataFileTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws IOException {
        return NpyFixtures.npz().get(0).path().resolveSibling(name);
    }

    @Test
    void aNpyFileGivesItsLayoutAndMarksItsHeader() throws IOException {
        NpyFixtures.Case c = NpyFixtures.npy().stream().filter(k -> k.file().equals("fortran_2x3.npy")).findFirst().orElseThrow();
        try (DataFile f = DataFile.open(c.path(), null)) {
            assertThat(f.kind()).isEqualTo(FileKind.NPY);
            assertThat(f.headerLength()).isEqualTo(c.dataOffset());
            LayoutSpec spec = f.layoutSpec();
            assertThat(spec.dtype()).isEqualTo(c.descr());
            assertThat(spec.shape()).containsExactly(c.shape());
            assertThat(spec.strides()).containsExactly(c.strides());
            assertThat(spec.offset()).isEqualTo(c.dataOffset());
        }
    }

    @Test
    void anNpzGivesTheChosenMemberOrTheFirst() throws IOException {
        try (DataFile first = DataFile.open(fixture("archive_deflated.npz"), null);
             DataFile second = DataFile.open(fixture("archive_stored.npz"), "second")) {
            assertThat(first.kind()).isEqualTo(FileKind.NPZ);
            assertThat(first.name()).isEqualTo("archive_deflated.npz: first.npy");
            assertThat(first.members()).extracting(NpzFile.Member::key).containsExactly("first", "second", "text");
            assertThat(first.layoutSpec().dtype()).isEqualTo("<i2");
            assertThat(second.layoutSpec().shape()).containsExactly(1, 2);
            assertThat(second.source().size()).isEqualTo(second.headerLength() + 16);
        }
    }

    @Test
    void rawBytesHaveNoLayoutOfTheirOwn() throws IOException {
        Path raw = dir.resolve("data.bin");
        Files.write(raw, new byte[] {1, 2, 3});
        try (DataFile f = DataFile.open(raw, null)) {
            assertThat(f.kind()).isEqualTo(FileKind.RAW);
            assertThat(f.layoutSpec()).isNull();
            assertThat(f.headerLength()).isZero();
            assertThat(f.source().size()).isEqualTo(3);
        }
        assertThatThrownBy(() -> DataFile.open(raw, "x"))
                .isInstanceOfSatisfying(StridescopeError.class, e -> assertThat(e.type()).isEqualTo("InputError"));
    }

    /** A named pipe made with mkfifo; the test is skipped where there is none. */
    static Path fifo(Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException noMkfifo) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + noMkfifo.getMessage());
            return null;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        return fifo;
    }

    @Test
    void whatIsNotARegularFileIsRefusedBeforeOpeningItWhichCouldHang() throws Exception {
        Path fifo = fifo(dir);
        for (Path p : new Path[] {fifo, Path.of("/dev/zero"), dir}) {
            if (!Files.exists(p)) {
                continue;
            }
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
                assertThatThrownBy(() -> DataFile.open(p, null)).as(p.toString())
                        .isInstanceOfSatisfying(StridescopeError.class, e -> assertThat(e.type()).isEqualTo("InputError"))
                        .hasMessageStartingWith("cannot open " + p + ": it is ");
                assertThatThrownBy(() -> DataFile.npzMembers(p)).isInstanceOf(StridescopeError.class);
                assertThatThrownBy(() -> NpzFile.open(p)).isInstanceOf(StridescopeError.class);
            });
        }
        assertThatThrownBy(() -> DataFile.open(fifo, null))
                .hasMessage("cannot open " + fifo + ": it is not a regular file (a pipe, device or socket)");
    }

    @Test
    void aMemberOfAFileThatIsNotAnArchiveIsAnErrorNotIgnored() throws IOException {
        Path npy = NpyFixtures.npy().get(0).path();
        assertThatThrownBy(() -> DataFile.open(npy, "x"))
                .isInstanceOfSatisfying(StridescopeError.class, e -> assertThat(e.type()).isEqualTo("InputError"))
                .hasMessage(npy + " is a .npy file, not an archive of arrays, so it has no member 'x'");
        Path raw = dir.resolve("data.bin");
        Files.write(raw, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> DataFile.open(raw, "arr_0")).hasMessageContaining("is raw bytes, not an archive of arrays");
    }
}
