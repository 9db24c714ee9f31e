package org.stridescope.core.io.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.io.FileKind;
import org.stridescope.core.io.tensors.Checkpoints.Pickle;

/** Checkpoints written by hand: what a state dict's pickle may say, and what it may not. */
class TorchCheckpointTest {
    @TempDir
    Path dir;

    /** Six float32 0..5 in storage "0". */
    private static byte[] floats(ByteOrder order, int n) {
        ByteBuffer b = ByteBuffer.allocate(4 * n).order(order);
        for (int k = 0; k < n; k++) {
            b.putFloat(k);
        }
        return b.array();
    }

    /** {'w': 2x3, 'wT': w.T, 'row': w.expand(4, 3)'s first row broadcast} over one storage. */
    private static byte[] threeViews() {
        Pickle p = new Pickle().op('}').op('(');
        p.str("w").tensor("FloatStorage", "0", 6, 0, new int[] {2, 3}, new int[] {3, 1});
        p.str("wT").tensor("FloatStorage", "0", 6, 0, new int[] {3, 2}, new int[] {1, 3});
        p.str("rows").tensor("FloatStorage", "0", 6, 3, new int[] {4, 3}, new int[] {0, 1});
        return p.op('u').stop();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void viewsOfOneStorageReadItsBytesInPlaceWithByteStrides() throws IOException {
        Path f = write("views.pt", Checkpoints.checkpoint(threeViews(), Map.of("0", floats(ByteOrder.LITTLE_ENDIAN, 6)), false));
        TensorFile t = TensorFiles.list(f);
        assertThat(t.format()).isEqualTo(TensorFormat.PYTORCH);
        assertThat(t.arrays()).extracting(TensorEntry::name).containsExactly("w", "wT", "rows");
        TensorEntry w = t.arrays().get(0);
        TensorEntry wT = t.arrays().get(1);
        TensorEntry rows = t.arrays().get(2);
        assertThat(w.strides()).containsExactly(12, 4);
        assertThat(wT.strides()).containsExactly(4, 12);
        assertThat(wT.offset()).isEqualTo(w.offset());
        assertThat(rows.strides()).containsExactly(0, 4);
        assertThat(rows.offset()).isEqualTo(w.offset() + 12);
        assertThat(List.of(w.storage(), wT.storage(), rows.storage())).containsOnly("0");
        assertThat(t.isFormatByte(w.offset())).isFalse();
        assertThat(t.isFormatByte(w.offset() - 1)).isTrue();
        assertThat(t.isFormatByte(w.offset() + 24)).isTrue();
        assertThat(TensorVectorsTest.values(f, "wT")).containsExactly("0.0", "3.0", "1.0", "4.0", "2.0", "5.0");
        assertThat(TensorVectorsTest.values(f, "rows")).containsExactly("3.0", "4.0", "5.0", "3.0", "4.0", "5.0",
                "3.0", "4.0", "5.0", "3.0", "4.0", "5.0");
    }

    @Test
    void aCompressedStorageIsInflatedAndReadAtItsOffset() throws IOException {
        Path f = write("deflated.pt", Checkpoints.checkpoint(threeViews(), Map.of("0", floats(ByteOrder.LITTLE_ENDIAN, 6)), true));
        TensorEntry wT = TensorFiles.list(f).arrays().get(1);
        assertThat(wT.offset()).isEqualTo(-1);
        assertThat(wT.packed()).isEqualTo(new TensorEntry.Packed("ck/data/0", 0));
        assertThat(wT.note()).contains("compressed");
        assertThat(TensorVectorsTest.values(f, "wT")).containsExactly("0.0", "3.0", "1.0", "4.0", "2.0", "5.0");
    }

    @Test
    void aBigEndianCheckpointSaysSoInItsDtype() throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("ck/data.pkl", threeViews());
        members.put("ck/byteorder", "big".getBytes(StandardCharsets.US_ASCII));
        members.put("ck/data/0", floats(ByteOrder.BIG_ENDIAN, 6));
        Path f = write("big.pt", Checkpoints.zip(members, false));
        assertThat(TensorFiles.list(f).arrays().get(0).dtype()).isEqualTo(">f4");
        assertThat(TensorVectorsTest.values(f, "w")).containsExactly("0.0", "1.0", "2.0", "3.0", "4.0", "5.0");
    }

    @Test
    void aBigEndianBfloat16StorageReadsBigEndian() throws IOException {
        Pickle p = new Pickle().op('}').op('(');
        p.str("h").tensor("BFloat16Storage", "0", 3, 0, new int[] {3}, new int[] {1});
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("ck/data.pkl", p.op('u').stop());
        members.put("ck/byteorder", "big".getBytes(StandardCharsets.US_ASCII));
        members.put("ck/data/0", new byte[] {0x3f, (byte) 0x9d, (byte) 0xc0, 0x60, 0x00, 0x00}); // 1.23, -3.5, 0
        Path f = write("big-bf16.pt", Checkpoints.zip(members, false));
        assertThat(TensorFiles.list(f).arrays().get(0).dtype()).isEqualTo(">bfloat16");
        assertThat(TensorVectorsTest.values(f, "h")).containsExactly("1.23", "-3.5", "0.0");
    }

    @Test
    void aParameterInANestedListIsNamedByItsPath() throws IOException {
        Pickle p = new Pickle().op('}').op('(').str("layers").op(']').op('(');
        p.global("torch._utils", "_rebuild_parameter");
        p.op('(').tensor("FloatStorage", "0", 6, 0, new int[] {6}, new int[] {1}).op(0x88)
                .global("collections", "OrderedDict").op(')').op('R').op('t').op('R');
        p.op('e').op('u');
        Path f = write("param.pt", Checkpoints.checkpoint(p.stop(), Map.of("0", floats(ByteOrder.LITTLE_ENDIAN, 6)), false));
        assertThat(TensorFiles.list(f).arrays()).extracting(TensorEntry::name).containsExactly("layers.0");
    }

    @Test
    void aGlobalOutsideTheAllowListIsRefusedByNameAndTheTensorsBeforeItStayListed() throws IOException {
        Pickle p = new Pickle().op('}').op('(');
        p.str("model").op('}').op('(');
        p.str("w").tensor("FloatStorage", "0", 6, 0, new int[] {2, 3}, new int[] {3, 1});
        p.str("evil").global("os", "system").op('(').str("touch /tmp/pwned").op('t').op('R');
        p.op('u').op('u');
        Path f = write("evil.pt", Checkpoints.checkpoint(p.stop(), Map.of("0", floats(ByteOrder.LITTLE_ENDIAN, 6)), false));
        TensorFile t = TensorFiles.list(f);
        assertThat(t.arrays()).extracting(TensorEntry::name).containsExactly("model.w");
        assertThat(t.problem()).get().extracting(Throwable::getMessage)
                .isEqualTo("the pickle asks for os.system: Stridescope reads only tensors");
        assertThat(TensorListing.json(t)).contains("\"warning\": \"the pickle asks for os.system: Stridescope reads only tensors\"");
        assertThat(TensorVectorsTest.values(f, "model.w")).hasSize(6);
    }

    @Test
    void aPickleNamingAJavaClassNeverLoadsIt() throws IOException {
        for (String[] global : List.of(new String[] {Tripwire.class.getPackageName(), "Tripwire"},
                new String[] {Tripwire.class.getName(), "run"}, new String[] {"torch", "load"},
                new String[] {"builtins", "eval"}, new String[] {"torch._utils", "_rebuild_from_type_v2"})) {
            byte[] pickle = new Pickle().global(global[0], global[1]).op(')').op('R').stop();
            Path f = write("tripwire.pt", Checkpoints.checkpoint(pickle, Map.of(), false));
            TensorFile t = TensorFiles.list(f);
            assertThat(t.arrays()).isEmpty();
            assertThat(t.problem()).get().extracting(Throwable::getMessage)
                    .isEqualTo("the pickle asks for " + global[0] + "." + global[1] + ": Stridescope reads only tensors");
        }
        assertThat(System.getProperty(Tripwire.MARK)).isNull();
    }

    @Test
    void theOldPreZipFormatIsRefusedWithWhatToDo() throws IOException {
        byte[] legacy = {(byte) 0x80, 2, (byte) 0x8a, 0x0a, 0x6c, (byte) 0xfc, (byte) 0x9c, 0x46, (byte) 0xf9, 0x20,
            0x6a, (byte) 0xa8, 0x50, 0x19, 0x2e, 0, 0, 0};
        Path f = write("old.pt", legacy);
        assertThat(FileKind.of(new HeapByteSource(legacy))).isEqualTo(FileKind.PYTORCH_LEGACY);
        assertThatThrownBy(() -> TensorFiles.list(f)).isInstanceOf(StridescopeError.class)
                .hasMessageContaining("old format (before PyTorch 1.6)");
        assertThatThrownBy(() -> DataFile.open(f, null)).isInstanceOf(StridescopeError.class)
                .hasMessageContaining("old format");
    }

    @Test
    void anNpzIsStillAnNpzAndListsItsMembersInPlace() throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        byte[] header = "\u0093NUMPY\u0001\u0000v\u0000{'descr': '<i2', 'fortran_order': True, 'shape': (2, 3), }"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] npy = new byte[128 + 12];
        System.arraycopy(header, 0, npy, 0, header.length);
        for (int k = header.length; k < 127; k++) {
            npy[k] = ' ';
        }
        npy[127] = '\n';
        members.put("x.npy", npy);
        Path f = write("a.npz", Checkpoints.zip(members, false));
        TensorFile t = TensorFiles.list(f);
        assertThat(t.format()).isEqualTo(TensorFormat.NPZ);
        TensorEntry x = t.arrays().get(0);
        assertThat(x.name()).isEqualTo("x");
        assertThat(x.strides()).containsExactly(2, 4);
        assertThat(x.offset()).isEqualTo(30 + "x.npy".length() + 128);
    }
}
