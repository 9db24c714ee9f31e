package org.stridescope.core.io.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.io.FileKind;

/** The safetensors format's own checks, each a message that says what is wrong. */
class SafetensorsReaderTest {
    private static HeapByteSource file(String header, int dataBytes) {
        return file(header, header.getBytes(StandardCharsets.UTF_8).length, dataBytes);
    }

    private static HeapByteSource file(String header, long declared, int dataBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < 8; k++) {
            out.write((int) (declared >>> (8 * k)) & 0xff);
        }
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[dataBytes]);
        return new HeapByteSource(out.toByteArray(), "m.safetensors");
    }

    @Test
    void tensorsLieAfterTheHeaderEndToEndAndMetadataIsNotATensor() {
        String h = "{\"__metadata__\": {\"format\": \"pt\"}, \"b\": {\"dtype\": \"BF16\", \"shape\": [2, 3], \"data_offsets\": [8, 20]},"
                + " \"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]}}";
        HeapByteSource src = file(h, 20);
        assertThat(FileKind.of(src)).isEqualTo(FileKind.SAFETENSORS);
        TensorFile t = SafetensorsReader.read(src);
        assertThat(t.arrays()).extracting(TensorEntry::name).containsExactly("b", "a");
        TensorEntry b = t.arrays().get(0);
        assertThat(b.dtype()).isEqualTo("bfloat16");
        assertThat(b.strides()).containsExactly(6, 2);
        assertThat(b.offset()).isEqualTo(8 + h.length() + 8);
        assertThat(t.isFormatByte(8 + h.length() - 1)).isTrue();
        assertThat(t.isFormatByte(8 + h.length())).isFalse();
    }

    @Test
    void overlappingTensorsAreRefusedByName() {
        String h = "{\"a\": {\"dtype\": \"U8\", \"shape\": [4], \"data_offsets\": [0, 4]},"
                + " \"b\": {\"dtype\": \"U8\", \"shape\": [4], \"data_offsets\": [2, 6]}}";
        assertThatThrownBy(() -> SafetensorsReader.read(file(h, 6))).isInstanceOf(StridescopeError.class)
                .hasMessageContaining("the tensor 'b' overlaps the one before it");
    }

    @Test
    void aHoleInTheDataIsRefused() {
        String h = "{\"a\": {\"dtype\": \"U8\", \"shape\": [4], \"data_offsets\": [0, 4]},"
                + " \"b\": {\"dtype\": \"U8\", \"shape\": [2], \"data_offsets\": [6, 8]}}";
        assertThatThrownBy(() -> SafetensorsReader.read(file(h, 8))).hasMessageContaining("hole in the data: no tensor holds bytes 4..5");
    }

    @Test
    void offsetsThatDoNotMatchTheShapeOrTheFileAreRefused() {
        String wrongSize = "{\"a\": {\"dtype\": \"F32\", \"shape\": [3], \"data_offsets\": [0, 8]}}";
        assertThatThrownBy(() -> SafetensorsReader.read(file(wrongSize, 8))).hasMessageContaining("needs 12 bytes");
        String past = "{\"a\": {\"dtype\": \"F32\", \"shape\": [3], \"data_offsets\": [0, 12]}}";
        assertThatThrownBy(() -> SafetensorsReader.read(file(past, 4))).hasMessageContaining("the file holds 4 after the header");
    }

    @Test
    void theHeaderLengthAndJsonAreChecked() {
        assertThatThrownBy(() -> SafetensorsReader.read(file("{}", 200_000_000L, 0))).hasMessageContaining("over the format's limit");
        assertThatThrownBy(() -> SafetensorsReader.read(file("{\"a\": ", 0))).hasMessageContaining("not well-formed JSON");
        assertThatThrownBy(() -> SafetensorsReader.read(file("{\"a\": {\"dtype\": \"F128\", \"shape\": [], \"data_offsets\": [0, 16]}}", 16)))
                .hasMessageContaining("has dtype \"F128\", not one of BF16 BOOL");
    }
}
