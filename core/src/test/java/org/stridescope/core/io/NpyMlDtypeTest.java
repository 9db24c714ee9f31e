package org.stridescope.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.io.tensors.TensorEntry;
import org.stridescope.core.io.tensors.TensorFiles;
import org.stridescope.core.layout.TypedLayout;

/**
 * A .npy header whose descr names a type NumPy does not have (ml_dtypes' bfloat16, float8) is
 * refused as {@code np.load} refuses it (NumPy 1.24, checked with /usr/bin/python3):
 * {@code ValueError: descr is not a valid dtype descriptor: 'bfloat16'}, raised from
 * {@code TypeError: data type 'bfloat16' not understood}. The same type typed by the user stays ours.
 */
class NpyMlDtypeTest {
    @TempDir
    Path dir;

    private static byte[] npy(String descrLiteral, byte[] data) {
        byte[] header = NpyHeaderWriter.header("x", new long[] {data.length / 2});
        String text = new String(header, java.nio.charset.StandardCharsets.ISO_8859_1).replace("'x'", descrLiteral);
        // keep the header's length a multiple of 64, as np.save does, by trimming or adding spaces before the newline
        int pad = text.length() - header.length;
        text = pad > 0 ? text.replace(" ".repeat(pad) + "\n", "\n") : text.replace("\n", " ".repeat(-pad) + "\n");
        byte[] h = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] out = java.util.Arrays.copyOf(h, h.length + data.length);
        System.arraycopy(data, 0, out, h.length, data.length);
        return out;
    }

    private static final byte[] TWO_BFLOAT16 = {(byte) 0x9d, 0x3f, (byte) 0x80, 0x3f}; // 1.23, 1.0 little-endian

    @ParameterizedTest
    @ValueSource(strings = {"bfloat16", "<bfloat16", ">bfloat16", "float8_e4m3fn", "float8_e5m2"})
    void aNpyWhoseDescrIsAnMlDtypeIsRefusedAsNpLoadRefusesIt(String descr) {
        NpyArray a = NpyArray.of("ml.npy", new HeapByteSource(npy("'" + descr + "'", TWO_BFLOAT16)));
        assertThatThrownBy(a::layoutSpec).isInstanceOfSatisfying(StridescopeError.class, e -> {
            assertThat(e.type()).isEqualTo("ValueError");
            assertThat(e.getMessage()).isEqualTo("descr is not a valid dtype descriptor: '" + descr + "'");
            assertThat(e.detail()).contains("TypeError: data type '" + descr + "' not understood")
                    .contains("ml_dtypes");
        });
    }

    @Test
    void aRecordWithAnMlDtypeFieldIsRefusedToo() {
        NpyArray a = NpyArray.of("rec.npy", new HeapByteSource(npy("[('a', '<i2'), ('b', 'bfloat16')]", new byte[8])));
        assertThatThrownBy(a::layoutSpec).isInstanceOfSatisfying(StridescopeError.class, e -> {
            assertThat(e.type()).isEqualTo("ValueError");
            assertThat(e.getMessage()).startsWith("descr is not a valid dtype descriptor: ");
            assertThat(e.detail()).contains("TypeError: data type 'bfloat16' not understood");
        });
    }

    @Test
    void aDescrNumpyDoesNotUnderstandAtAllIsTheSameValueError() {
        NpyArray a = NpyArray.of("odd.npy", new HeapByteSource(npy("'f3'", new byte[6])));
        assertThatThrownBy(a::layoutSpec).isInstanceOfSatisfying(StridescopeError.class, e -> {
            assertThat(e.type()).isEqualTo("ValueError");
            assertThat(e.getMessage()).isEqualTo("descr is not a valid dtype descriptor: 'f3'");
            assertThat(e.detail()).contains("TypeError: data type 'f3' not understood");
        });
    }

    @Test
    void anNpzMemberOfBfloat16IsRefusedWhenOpenedAndListedAsUnreadable() throws IOException {
        Path npz = dir.resolve("ml.npz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(npz))) {
            zip.putNextEntry(new ZipEntry("w.npy"));
            zip.write(npy("'bfloat16'", TWO_BFLOAT16));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("ok.npy"));
            zip.write(npy("'<u2'", TWO_BFLOAT16));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> {
            try (DataFile d = DataFile.open(npz, "w")) {
                d.layoutSpec();
            }
        }).isInstanceOfSatisfying(StridescopeError.class,
                e -> assertThat(e.toString()).isEqualTo("ValueError: descr is not a valid dtype descriptor: 'bfloat16'"));
        try (DataFile d = DataFile.open(npz, "ok")) {
            assertThat(d.layoutSpec().dtype()).isEqualTo("<u2");
        }
        TensorEntry w = TensorFiles.list(npz).arrays().get(0);
        assertThat(w.readable()).isFalse();
        assertThat(w.note()).contains("not a valid dtype descriptor");
        assertThat(TensorFiles.list(npz).arrays().get(1).readable()).isTrue();
    }

    @Test
    void bfloat16TypedByTheUserStaysAccepted() {
        HeapByteSource bytes = new HeapByteSource(TWO_BFLOAT16);
        Inspection i = Inspector.inspect(bytes, new TypedLayout("bfloat16", null, null, null, null), "");
        assertThat(i.isOk()).isTrue();
        assertThat(org.stridescope.core.format.ScalarText.str(i.layout().dtype(), bytes, 0)).isEqualTo("1.23");
        assertThat(org.stridescope.core.format.ScalarText.str(i.layout().dtype(), bytes, 2)).isEqualTo("1.0");
    }
}
