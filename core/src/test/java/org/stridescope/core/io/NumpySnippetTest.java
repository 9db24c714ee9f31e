package org.stridescope.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.format.TupleText;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.LayoutSpec;

class NumpySnippetTest {

    /** A row of numpy-snippets.tsv: code, and the array NumPy made when it ran it. */
    record Fixture(String name, String code, String dtype, long[] shape, long[] strides, String offset, long bufferLength) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Fixture> fixtures() throws IOException {
        List<Fixture> out = new ArrayList<>();
        try (InputStream in = NumpySnippetTest.class.getResourceAsStream("/snippets/numpy-snippets.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                out.add(new Fixture(f[0], new String(Base64.getDecoder().decode(f[1]), StandardCharsets.UTF_8), f[2],
                        longs(f[3]), longs(f[4]), f[5], Long.parseLong(f[6])));
            }
        }
        return out;
    }

    private static long[] longs(String s) {
        return s.isEmpty() ? new long[0] : Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void codeNumpyRanFillsInTheLayoutNumpyMade(Fixture f) {
        NumpySnippet.Result r = NumpySnippet.parseDetailed(f.code());
        if (r.bytes() != null) {
            assertThat((long) r.bytes().length).isEqualTo(f.bufferLength());
        }
        Layout layout = r.layout().build(f.bufferLength());
        assertThat(layout.dtype().str()).isEqualTo(f.dtype());
        assertThat(layout.shape()).containsExactly(f.shape());
        for (int k = 0; k < f.shape().length; k++) {
            if (f.shape()[k] > 1) {
                assertThat(layout.stride(k)).as("stride %d", k).isEqualTo(f.strides()[k]);
            }
        }
        if (!f.offset().equals("-")) {
            assertThat(layout.offset()).isEqualTo(Long.parseLong(f.offset()));
        }
    }

    @Test
    void theIssuesThreeExamplesGiveTheirLayouts() {
        assertThat(NumpySnippet.parse("np.ndarray((2, 2), '>i4', buffer=s, strides=(8, 4))"))
                .isEqualTo(new LayoutSpec(">i4", new long[] {2, 2}, new long[] {8, 4}, 0, -1));
        assertThat(NumpySnippet.parse("np.frombuffer(s, dtype='>i4', count=4)"))
                .isEqualTo(new LayoutSpec(">i4", null, null, 0, 4));
        NumpySnippet.Result r = NumpySnippet.parseDetailed("np.lib.stride_tricks.as_strided(x, (3, 3), (4, 4))");
        assertThat(r.layout().shape()).containsExactly(3, 3);
        assertThat(r.layout().strides()).containsExactly(4, 4);
        assertThat(r.given()).as("x is unknown: its dtype and offset stay as the form has them")
                .containsExactlyInAnyOrder(NumpySnippet.SHAPE, NumpySnippet.STRIDES);
    }

    @Test
    void aBytesLiteralInTheCodeComesWithTheLayout() {
        NumpySnippet.Result r = NumpySnippet.parseDetailed("s = b'aaab\\x00'\na = np.frombuffer(s, '|u1')");
        assertThat(r.bytes()).containsExactly('a', 'a', 'a', 'b', 0);
        assertThat(r.form()).isEqualTo("np.frombuffer");
    }

    @Test
    void octalEscapesInABytesLiteralAreReadAsPythonReadsThem() {
        // Python: b'\101\012' == b'A\n' (2 bytes), as Paste Bytes reads it too
        NumpySnippet.Result r = NumpySnippet.parseDetailed("s = b'\\101\\012'\nnp.frombuffer(s, dtype='u1')");
        assertThat(r.bytes()).containsExactly(0x41, 0x0a);
        assertThat(NumpySnippet.parseDetailed("np.frombuffer(b'\\x41' b'B' rb'\\n', dtype='u1')").bytes())
                .containsExactly('A', 'B', '\\', 'n');
    }

    @Test
    void anUnknownKeywordIsAnErrorAtThatKeyword() {
        assertThatThrownBy(() -> NumpySnippet.parse("np.ndarray((2,), '<i4',\n  buffer=s, stride=(4,))"))
                .isInstanceOfSatisfying(StridescopeError.class, e -> {
                    assertThat(e.type()).isEqualTo("InputError");
                    assertThat(e.getMessage()).isEqualTo("line 2, column 13: ndarray() got an unexpected keyword argument 'stride'");
                });
    }

    @Test
    void aShapeThatIsNoTupleOfIntegersIsAnError() {
        assertThatThrownBy(() -> NumpySnippet.parse("np.ndarray(('2', 2), '<i4', s)"))
                .hasMessage("line 1, column 13: expected a shape (integers), found the string '2'");
    }

    @Test
    void codeWithoutAnArrayInItSaysWhatWasExpected() {
        assertThatThrownBy(() -> NumpySnippet.parse("x = 3\nprint(x)"))
                .hasMessage("line 2, column 1: expected np.ndarray(...), np.frombuffer(...), as_strided(...) or an"
                        + " __array_interface__ dict");
        assertThatThrownBy(() -> NumpySnippet.parse("np.ndarray((2, 2), '>i4'"))
                .hasMessage("line 1, column 11: '(' was never closed");
    }

    @Test
    void nothingInTheCodeIsRun() {
        assertThatThrownBy(() -> NumpySnippet.parse("np.ndarray(__import__('os').system('rm -rf /'), '<i4', s)"))
                .isInstanceOfSatisfying(StridescopeError.class, e -> assertThat(e.type()).isEqualTo("InputError"));
    }

    // --- fuzzing: any text gives a layout or an InputError with a position

    private static void layoutOrPositionedInputError(String text) {
        try {
            NumpySnippet.parseDetailed(text);
        } catch (StridescopeError e) {
            assertThat(e.type()).isEqualTo("InputError");
            assertThat(e.getMessage()).matches("(?s)line \\d+, column \\d+: .+");
        }
    }

    @Property(tries = 3000)
    void anyTextGivesALayoutOrAnInputErrorWithAPosition(@ForAll String text) {
        layoutOrPositionedInputError(text);
    }

    @Property(tries = 5000)
    void textMadeOfPythonCharactersGivesALayoutOrAnInputError(
            @ForAll @Chars({'n', 'p', '.', 'd', 'a', 'r', 'y', 's', '(', ')', '[', ']', '{', '}', ',', '=', '\'', '"', '1', '0',
                    '-', ' ', '\n', ':', 'x', '#', '>', '<', 'i', '4', 'b', '\\', ';', '_', 'F', 'N', 'o', 'e'})
            @StringLength(max = 60) String text) {
        layoutOrPositionedInputError(text);
    }

    @Provide
    Arbitrary<String> mutatedSnippets() throws IOException {
        List<String> codes = fixtures().stream().map(Fixture::code).toList();
        return Arbitraries.of(codes).flatMap(t -> Arbitraries.integers().between(0, t.length() - 1).flatMap(
                at -> Arbitraries.of('(', ')', ',', '=', '\'', ' ', '\n', 'x', '9', '-', '[', '{', ':', '.')
                        .flatMap(c -> Arbitraries.of(0, 1, 2).map(op -> switch (op) {
                            case 0 -> t.substring(0, at) + t.substring(at + 1);
                            case 1 -> t.substring(0, at) + c + t.substring(at + 1);
                            default -> t.substring(0, at) + c + t.substring(at);
                        }))));
    }

    @Property(tries = 5000)
    void realCodeWithOneCharacterChangedGivesALayoutOrAnInputError(@ForAll("mutatedSnippets") String text) {
        layoutOrPositionedInputError(text);
    }

    // --- copy as NumPy code

    record View(byte[] bytes, Layout layout) {
    }

    @Provide
    Arbitrary<View> views() {
        Arbitrary<DType> types = Arbitraries.of(new DType(Kind.INT, 4, ByteOrder.BIG, null),
                new DType(Kind.FLOAT, 8, ByteOrder.LITTLE, null), new DType(Kind.UINT, 1, ByteOrder.NOT_APPLICABLE, null));
        return Combinators.combine(types, Arbitraries.longs().between(0, 4).array(long[].class).ofMaxSize(3),
                Arbitraries.longs().between(-2, 3).array(long[].class).ofSize(3), Arbitraries.longs().between(0, 5),
                Arbitraries.randomValue(Random::nextLong)).as((type, shape, factors, slack, seed) -> {
                    long lo = 0;
                    long hi = type.itemsize();
                    long[] strides = new long[shape.length];
                    for (int k = 0; k < shape.length; k++) {
                        strides[k] = factors[k] * type.itemsize();
                        long reach = strides[k] * Math.max(0, shape[k] - 1);
                        lo += Math.min(0, reach);
                        hi += Math.max(0, reach);
                    }
                    byte[] bytes = new byte[(int) (hi - lo + slack)];
                    new Random(seed).nextBytes(bytes);
                    return new View(bytes, new Layout(type, shape, strides, -lo + slack / 2));
                });
    }

    @Property(tries = 500)
    void theCopiedCodeReadsBackAsTheSameViewAndBytes(@ForAll("views") View v) {
        NumpySnippet.Result r = NumpySnippet.parseDetailed(NumpyCode.forBytes(v.layout(), v.bytes()));
        assertThat(r.bytes()).isEqualTo(v.bytes());
        LayoutSpec spec = r.layout();
        assertThat(spec.dtype()).isEqualTo(v.layout().dtype().str());
        assertThat(spec.shape()).isEqualTo(v.layout().shape());
        assertThat(spec.strides()).isEqualTo(v.layout().strides());
        assertThat(spec.offset()).isEqualTo(v.layout().offset());
    }

    @Test
    void pythonRunningTheCopiedCodeGetsExactlyTheView() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3");
        List<View> samples = views().sampleStream().limit(25).toList();
        for (View v : samples) {
            String code = NumpyCode.forBytes(v.layout(), v.bytes())
                    + "print(a.dtype.str, a.shape, a.strides, 'hex=' + a.tobytes().hex())\n";
            String out = NumpyReadsExportsTest.python(code);
            Assumptions.assumeFalse(out.contains("No module named 'numpy'"), "numpy missing");
            byte[] expected = ViewExportTest.expectedBytes(new HeapByteSource(v.bytes()), v.layout());
            assertThat(out).as(code).startsWith(v.layout().dtype().str() + " " + pyTuple(v.layout().shape()))
                    .endsWith(" hex=" + HexFormat.of().formatHex(expected));
        }
    }

    @Test
    void fileCodeMemoryMapsTheFileReadOnly() {
        Layout view = new Layout(new DType(Kind.INT, 4, ByteOrder.BIG, null), new long[] {2}, new long[] {-4}, 4);
        assertThat(NumpyCode.forFile(view, Path.of("/data/it's.bin"))).isEqualTo("import numpy as np\n"
                + "buf = np.memmap('/data/it\\'s.bin', dtype=np.uint8, mode='r')\n"
                + "a = np.ndarray(shape=(2,), dtype='>i4', buffer=buf, offset=4, strides=(-4,))\n");
    }

    private static String pyTuple(long[] shape) {
        return TupleText.tuple(shape);
    }
}
