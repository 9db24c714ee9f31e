package org.stridescope.core.io.tensors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.io.FileKind;

/**
 * Any bytes as a checkpoint's pickle or a safetensors header give a list or a clear
 * StridescopeError, never another exception, and never load a class.
 */
class TensorReadersFuzzProperties {
    /** Pieces of pickles: real opcodes with arguments, the allowed globals, a hostile one, and lengths that lie. */
    private static final List<String> PICKLE_PIECES = List.of("}", "(", ")", "]", "t", "R", "u", "s", "a", "e", "Q",
            "N", "0", "1", "2", "b", ".", "\u0085", "\u0086", "\u0087", "\u0088", "\u0089", "\u0094", "\u0093",
            "X\u0001\u0000\u0000\u0000w", "X\u0007\u0000\u0000\u0000storage", "X\u0001\u0000\u0000\u00000",
            "X\u0003\u0000\u0000\u0000cpu", "X\u00ff\u00ff\u00ff\u007f", "K\u0000", "K\u0003", "K\u0006", "h\u0000",
            "h\u0001", "q\u0000", "q\u0001", "J\u00ff\u00ff\u00ff\u00ff", "M\u00ff\u00ff", "\u008a\u0009\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u007f",
            "ctorch._utils\n_rebuild_tensor_v2\n", "ctorch\nFloatStorage\n", "ccollections\nOrderedDict\n",
            "ctorch._utils\n_rebuild_parameter\n", "c" + Tripwire.class.getName() + "\nrun\n", "\u008c\u0002os",
            "\u008c\u0006system", "\u0080\u0002", "\u0095\u0008\u0000\u0000\u0000\u0000\u0000\u0000\u0000", "d", "l",
            "g0\n", "p0\n", "I01\n", "Ixyz\n", "\u0081", "\u0092", "\u0090", "\u008f");

    @Provide
    Arbitrary<byte[]> pickles() {
        Arbitrary<byte[]> pieces = Arbitraries.of(PICKLE_PIECES).list().ofMaxSize(80).map(list -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0x80, 2});
            for (String s : list) {
                out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
            }
            return out.toByteArray();
        });
        return Arbitraries.oneOf(pieces, Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    @Property(tries = 2000)
    void anyPickleGivesTensorsOrAClearErrorAndLoadsNoClass(@ForAll("pickles") byte[] pickle) {
        byte[] zip = Checkpoints.checkpoint(pickle, Map.of("0", new byte[64]), false);
        try {
            TensorFile t = TensorFiles.read(new HeapByteSource(zip, "fuzz.pt"), FileKind.PYTORCH);
            for (TensorEntry e : t.arrays()) {
                assertThat(e.offset() < 0 || e.offset() + e.nbytes() <= zip.length || e.strides() == null).isTrue();
            }
            TensorListing.json(t);
            TensorListing.table(t);
        } catch (StridescopeError e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        assertThat(System.getProperty(Tripwire.MARK)).isNull();
    }

    private static final List<String> HEADER_PIECES = List.of("{", "}", "[", "]", ",", ":", "\"a\"", "\"b.c\"",
            "\"dtype\"", "\"shape\"", "\"data_offsets\"", "\"__metadata__\"", "\"F32\"", "\"BF16\"", "\"U8\"", "\"X9\"",
            "0", "1", "4", "8", "16", "-1", "99999999999999999999", "1.5", "null", "true", "\"\\u00e9\"", " ");

    @Provide
    Arbitrary<byte[]> safetensors() {
        Arbitrary<String> header = Arbitraries.oneOf(
                Arbitraries.of(HEADER_PIECES).list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.of(HEADER_PIECES).list().ofMinSize(1).ofMaxSize(12).map(l -> "{\"t\": {\"dtype\": " + l.get(0)
                        .replace("{", "\"F32\"") + ", \"shape\": [" + String.join(",", l.stream().filter(s -> s.matches("-?\\d+")).toList())
                        + "], \"data_offsets\": [0, " + (4 * l.size()) + "]}}"));
        Arbitrary<byte[]> built = net.jqwik.api.Combinators.combine(header, Arbitraries.integers().between(0, 64),
                Arbitraries.integers().between(-3, 3)).as((h, data, lie) -> {
                    byte[] text = h.getBytes(StandardCharsets.UTF_8);
                    long n = text.length + lie;
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    for (int k = 0; k < 8; k++) {
                        out.write((int) (n >>> (8 * k)) & 0xff);
                    }
                    out.writeBytes(text);
                    out.writeBytes(new byte[data]);
                    return out.toByteArray();
                });
        return Arbitraries.oneOf(built, Arbitraries.bytes().array(byte[].class).ofMaxSize(100), mutatedSample());
    }

    private static Arbitrary<byte[]> mutatedSample() {
        byte[] sample;
        try {
            sample = Files.readAllBytes(TensorVectorsTest.resource("s0.safetensors"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Arbitraries.integers().between(0, sample.length - 1).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(spots -> Arbitraries.bytes().list().ofSize(spots.size()).map(values -> {
                    byte[] b = sample.clone();
                    for (int k = 0; k < spots.size(); k++) {
                        b[spots.get(k)] = values.get(k);
                    }
                    return b;
                }));
    }

    @Property(tries = 2000)
    void anySafetensorsHeaderGivesTensorsInsideTheFileOrAClearError(@ForAll("safetensors") byte[] file) {
        try {
            TensorFile t = SafetensorsReader.read(new HeapByteSource(file, "fuzz.safetensors"));
            for (TensorEntry e : t.arrays()) {
                assertThat(e.offset()).isGreaterThanOrEqualTo(8);
                assertThat(e.offset() + e.nbytes()).isLessThanOrEqualTo(file.length);
            }
        } catch (StridescopeError e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
