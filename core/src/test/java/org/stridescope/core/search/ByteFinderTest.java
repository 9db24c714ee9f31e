package org.stridescope.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.MappedFileByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.io.ProgressMonitor;

class ByteFinderTest {
    private static final byte[] SEED = HexFormat.of().parseHex("61616162616161636161616461616165"); // b'aaabaaacaaadaaae'

    @TempDir
    Path dir;

    private static long[] offsets(byte[] bytes, SearchPattern p) {
        return ByteFinder.find(new HeapByteSource(bytes, "t"), p, 1000, ProgressMonitor.NONE).offsets();
    }

    @Test
    void anIntegerIsFoundAsItsBytesInTheDtypesByteOrder() {
        assertThat(offsets(SEED, SearchPatterns.value("1633771876", DType.parse(">i4"), 0))).containsExactly(8);
        // little-endian, the same number is the bytes 64 61 61 61: "daaa" at 11
        assertThat(offsets(SEED, SearchPatterns.value("1633771876", DType.parse("<i4"), 0))).containsExactly(11);
        assertThat(offsets(SEED, SearchPatterns.value("0x64616161", DType.parse("<u4"), 0))).containsExactly(8);
        assertThat(offsets(SEED, SearchPatterns.value("-1", DType.parse("<i2"), 0))).isEmpty();
    }

    @Test
    void aValueThatDoesNotFitTheDtypeSaysWhatItHolds() {
        assertThatThrownBy(() -> SearchPatterns.value("300", DType.parse("u1"), 0))
                .hasMessage("300 does not fit uint8").extracting("detail").isEqualTo("uint8 holds 0 to 255.");
        assertThatThrownBy(() -> SearchPatterns.value("1.5", DType.parse("<i4"), 0)).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> SearchPatterns.value("x", DType.parse("<c8"), 0)).hasMessageContaining("not complex64");
    }

    @Test
    void aFloatIsFoundWithinTheTolerance() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(17).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 9).putDouble(1.0004).putDouble(2.5);
        byte[] bytes = b.array();
        assertThat(offsets(bytes, SearchPatterns.value("1", DType.parse("<f8"), 0.001))).containsExactly(1);
        assertThat(offsets(bytes, SearchPatterns.value("1", DType.parse("<f8"), 0))).isEmpty();
        assertThat(offsets(bytes, SearchPatterns.value("2.5", DType.parse("<f8"), 0))).containsExactly(9);
        assertThat(offsets(bytes, SearchPatterns.value("2.5", DType.parse(">f8"), 0))).isEmpty();
    }

    @Test
    void textIsFoundInEachEncoding() {
        byte[] bytes = "xx\u00e9t".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        assertThat(offsets(bytes, SearchPatterns.text("\u00e9t", SearchPatterns.TextEncoding.UTF_16BE))).containsExactly(4);
        assertThat(offsets(bytes, SearchPatterns.text("\u00e9t", SearchPatterns.TextEncoding.UTF_16LE))).isEmpty();
        assertThat(offsets(SEED, SearchPatterns.text("aad", SearchPatterns.TextEncoding.ASCII))).containsExactly(9);
        assertThatThrownBy(() -> SearchPatterns.text("\u00e9", SearchPatterns.TextEncoding.ASCII))
                .hasMessageContaining("ASCII cannot hold");
    }

    @Test
    void hexPatternsAreReadAsPastesAre() {
        assertThat(offsets(SEED, SearchPatterns.bytes("61 61 64"))).containsExactly(9);
        assertThat(offsets(SEED, SearchPatterns.bytes("b'aad'"))).containsExactly(9);
        assertThat(offsets(SEED, SearchPatterns.bytes("{0x61, 0x61, 0x64}"))).containsExactly(9);
        assertThatThrownBy(() -> SearchPatterns.bytes(" ")).hasMessageContaining("Type the bytes");
    }

    @Test
    void aMatchAcrossTheMappedFilesChunksIsFoundOnce(@TempDir Path tmp) throws IOException {
        byte[] bytes = new byte[1 << 12];
        int[] planted = {0, 1022, 1023, 2046, 4092};
        for (int at : planted) {
            System.arraycopy(new byte[] {1, 2, 3, 4}, 0, bytes, at, 4);
        }
        Path f = tmp.resolve("d.bin");
        Files.write(f, bytes);
        try (MappedFileByteSource src = new MappedFileByteSource(f, 10)) {
            Found found = ByteFinder.find(src, SearchPatterns.bytes("01020304"), 100, ProgressMonitor.NONE, 1000);
            // 1022 and 1023 overlap with 1026: 1022's bytes are 01 02 01 02 03 04 after the second plant
            assertThat(found.offsets()).containsExactly(0, 1023, 2046, 4092);
        }
    }

    @Test
    void cancellingStopsAndSaysHowFarItGot() {
        byte[] bytes = new byte[100];
        int[] calls = {0};
        Found found = ByteFinder.find(new HeapByteSource(bytes, "t"), SearchPatterns.bytes("00"), 1000, new ProgressMonitor() {
            @Override
            public boolean cancelled() {
                return ++calls[0] >= 2;
            }
        }, 10);
        assertThat(found.cancelled()).isTrue();
        assertThat(found.searched()).isEqualTo(20);
        assertThat(found.count()).isEqualTo(20);
    }
}
