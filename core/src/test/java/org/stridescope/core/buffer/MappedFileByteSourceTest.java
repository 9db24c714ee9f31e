package org.stridescope.core.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;

class MappedFileByteSourceTest {
    @TempDir
    Path dir;

    private Path fileWith(byte[] bytes) throws IOException {
        Path p = dir.resolve("data.bin");
        Files.write(p, bytes);
        return p;
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void everyByteReadsAsInTheFileWhateverTheChunkSize() throws IOException {
        byte[] bytes = randomBytes(1000, 1);
        Path p = fileWith(bytes);
        for (int shift = 1; shift <= 11; shift++) {
            try (MappedFileByteSource src = new MappedFileByteSource(p, shift)) {
                assertThat(src.size()).isEqualTo(1000);
                for (int i = 0; i < bytes.length; i++) {
                    assertThat(src.get(i)).as("byte %d with chunks of 2^%d", i, shift).isEqualTo(bytes[i]);
                }
            }
        }
    }

    @Test
    void bulkReadsSpanChunkBoundaries() throws IOException {
        byte[] bytes = randomBytes(777, 2);
        Path p = fileWith(bytes);
        Random r = new Random(3);
        try (MappedFileByteSource src = new MappedFileByteSource(p, 4)) {
            for (int trial = 0; trial < 500; trial++) {
                int pos = r.nextInt(bytes.length);
                int len = r.nextInt(bytes.length - pos + 1);
                byte[] dst = new byte[len + 3];
                src.read(pos, dst, 3, len);
                for (int i = 0; i < len; i++) {
                    assertThat(dst[3 + i]).isEqualTo(bytes[pos + i]);
                }
            }
        }
    }

    @Test
    void piecesHandedOutInOrderAreTheFilesBytesAcrossChunkBoundariesAndCannotBeWritten() throws IOException {
        byte[] bytes = randomBytes(777, 4);
        Path p = fileWith(bytes);
        Random r = new Random(5);
        try (MappedFileByteSource src = new MappedFileByteSource(p, 4);
             SliceByteSource slice = new SliceByteSource(src, 100, 600, "slice")) {
            for (int trial = 0; trial < 200; trial++) {
                int pos = r.nextInt(600);
                int len = r.nextInt(600 - pos + 1);
                int max = 1 + r.nextInt(40);
                java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
                slice.readPieces(pos, len, max, piece -> {
                    assertThat(piece.remaining()).isBetween(1, max);
                    assertThat(piece.isReadOnly()).isTrue();
                    while (piece.hasRemaining()) {
                        got.write(piece.get());
                    }
                });
                assertThat(got.toByteArray()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 100 + pos, 100 + pos + len));
            }
        }
    }

    @Test
    void aFileOverTwoGibibytesIsReadPastEveryChunkBoundary() throws IOException {
        Path p = dir.resolve("sparse.bin");
        long size = (3L << 30) + 12345; // sparse: costs no disk
        long[] marks = {0, (1L << 30) - 2, (2L << 30) - 3, (2L << 30) + 10, (3L << 30) + 12340};
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
            for (long m : marks) {
                f.seek(m);
                f.write(new byte[] {1, 2, 3, 4, 5});
            }
        }
        try (MappedFileByteSource src = ByteSources.open(p)) {
            assertThat(src.size()).isEqualTo(size);
            for (long m : marks) {
                byte[] dst = new byte[5];
                src.read(m, dst, 0, 5);
                assertThat(dst).containsExactly(1, 2, 3, 4, 5);
                assertThat(src.get(m + 4)).isEqualTo((byte) 5);
            }
            assertThat(src.get(3L << 29)).isZero();
        }
    }

    @Test
    void readsFromManyThreadsAtOnceAgree() throws Exception {
        byte[] bytes = randomBytes(1 << 16, 4);
        Path p = fileWith(bytes);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (MappedFileByteSource src = new MappedFileByteSource(p, 10)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    for (int k = 0; k < 20000; k++) {
                        int pos = r.nextInt(bytes.length - 100);
                        byte[] dst = new byte[100];
                        src.read(pos, dst, 0, 100);
                        for (int i = 0; i < 100; i++) {
                            if (dst[i] != bytes[pos + i]) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theFileIsNeverWritten() throws IOException {
        byte[] bytes = randomBytes(5000, 5);
        Path p = fileWith(bytes);
        var before = Files.getLastModifiedTime(p);
        try (MappedFileByteSource src = new MappedFileByteSource(p, 8)) {
            src.read(0, new byte[5000], 0, 5000);
            src.checkUnchanged();
        }
        assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(p)).isEqualTo(before);
    }

    @Test
    void anEmptyFileHasNoBytes() throws IOException {
        try (MappedFileByteSource src = ByteSources.open(fileWith(new byte[0]))) {
            assertThat(src.size()).isZero();
            src.read(0, new byte[0], 0, 0);
        }
    }

    @Test
    void readingAFileShortenedOnDiskIsAnInputErrorNotACrash() throws IOException {
        Path p = fileWith(randomBytes(1 << 16, 6));
        try (MappedFileByteSource src = new MappedFileByteSource(p, 12, 0)) {
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(100);
            }
            assertThatThrownBy(() -> src.get(60000))
                    .isInstanceOfSatisfying(StridescopeError.class, e -> {
                        assertThat(e.type()).isEqualTo(StridescopeError.INPUT_ERROR);
                        assertThat(e.getMessage()).startsWith("the file changed on disk");
                        assertThat(e.detail()).contains("65536 bytes", "100 bytes now");
                    });
            assertThatThrownBy(() -> src.read(50000, new byte[10000], 0, 10000))
                    .isInstanceOfSatisfying(StridescopeError.class,
                            e -> assertThat(e.getMessage()).startsWith("the file changed on disk"));
            assertThatThrownBy(src::checkUnchanged)
                    .isInstanceOfSatisfying(StridescopeError.class,
                            e -> assertThat(e.getMessage()).startsWith("the file changed on disk"));
        }
    }

    @Test
    void withTheDefaultCheckIntervalAShortenedFileIsNoticedOnTheNextRead() throws Exception {
        Path p = fileWith(randomBytes(1 << 16, 9));
        try (MappedFileByteSource src = new MappedFileByteSource(p, 12)) {
            for (int i = 0; i < 100_000; i++) {
                src.get(i & 0xffff); // compiled by now: the JVM would raise its InternalError late
            }
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(10);
            }
            Thread.sleep(MappedFileByteSource.DEFAULT_CHECK_INTERVAL_NANOS / 1_000_000 + 5);
            assertThatThrownBy(() -> src.get(40000)).isInstanceOf(StridescopeError.class)
                    .hasMessageStartingWith("the file changed on disk");
        }
    }

    @Test
    void aFileRewrittenWithTheSameSizeIsNoticedByItsTime() throws IOException {
        Path p = fileWith(randomBytes(100, 7));
        try (MappedFileByteSource src = ByteSources.open(p)) {
            Files.write(p, randomBytes(100, 8));
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(0));
            assertThatThrownBy(src::checkUnchanged).isInstanceOf(StridescopeError.class)
                    .hasMessageStartingWith("the file changed on disk");
        }
    }

    @Test
    void aLateJvmFaultFromAShortenedMappingIsNamedAsTheFileChangingOnDisk() {
        StridescopeError e = ByteSources.asFileChangedOnDisk(
                new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code"));
        assertThat(e.type()).isEqualTo(StridescopeError.INPUT_ERROR);
        assertThat(e.getMessage()).startsWith("the file changed on disk");
        assertThat(ByteSources.asFileChangedOnDisk(new InternalError("something else"))).isNull();
        assertThat(ByteSources.asFileChangedOnDisk(new IllegalStateException())).isNull();
    }

    @Test
    void aMissingFileOrAFolderIsAnInputErrorSayingSo() {
        assertThatThrownBy(() -> ByteSources.open(dir.resolve("nope.bin")))
                .isInstanceOfSatisfying(StridescopeError.class, e -> {
                    assertThat(e.type()).isEqualTo(StridescopeError.INPUT_ERROR);
                    assertThat(e.getMessage()).endsWith("no such file");
                });
        assertThatThrownBy(() -> ByteSources.open(dir))
                .isInstanceOfSatisfying(StridescopeError.class, e -> assertThat(e.getMessage()).endsWith("it is a folder"));
    }
}
