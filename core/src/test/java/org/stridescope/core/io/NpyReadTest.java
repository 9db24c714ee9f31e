package org.stridescope.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.layout.Layout;

class NpyReadTest {
    @TempDir
    Path dir;

    static java.util.List<NpyFixtures.Case> npyFiles() throws IOException {
        return NpyFixtures.npy();
    }

    static java.util.List<NpyFixtures.Case> npzMembers() throws IOException {
        return NpyFixtures.npz();
    }

    private static byte[] dataOf(NpyArray a) {
        ByteSource s = a.source();
        long start = a.header().dataOffset();
        byte[] b = new byte[(int) (s.size() - start)];
        s.read(start, b, 0, b.length);
        return b;
    }

    private static void assertHeaderAsNumpySays(NpyArray a, NpyFixtures.Case c) {
        NpyHeader h = a.header();
        assertThat(h.majorVersion()).isEqualTo(c.version());
        assertThat(h.descr()).isEqualTo(c.descr());
        assertThat(h.fortranOrder()).isEqualTo(c.fortran());
        assertThat(h.shape()).containsExactly(c.shape());
        assertThat(h.dataOffset()).isEqualTo(c.dataOffset());
        assertThat(dataOf(a)).isEqualTo(c.data());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npyFiles")
    void aNpyFileMadeByNumpyGivesItsDtypeShapeOrderAndWhereTheDataStarts(NpyFixtures.Case c) {
        try (NpyArray a = NpyArray.open(c.path())) {
            assertHeaderAsNumpySays(a, c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npyFiles")
    void theLayoutOfANpyFileIsTheOneNumpyLoads(NpyFixtures.Case c) {
        try (NpyArray a = NpyArray.open(c.path())) {
            Layout layout = a.layoutSpec().build(a.source().size());
            assertThat(layout.dtype().str()).isEqualTo(c.descr());
            assertThat(layout.shape()).containsExactly(c.shape());
            for (int k = 0; k < c.shape().length; k++) {
                if (c.shape()[k] > 1) { // NumPy's strides are free on axes of length 0 or 1
                    assertThat(layout.stride(k)).as("stride %d", k).isEqualTo(c.strides()[k]);
                }
            }
            assertThat(layout.offset()).isEqualTo(c.dataOffset());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npzMembers")
    void aMemberOfAnNpzMadeByNumpyReadsLikeTheNpyItHolds(NpyFixtures.Case c) {
        try (NpzFile z = NpzFile.open(c.path()); NpyArray a = z.open(c.member())) {
            assertHeaderAsNumpySays(a, c);
            assertThat(a.name()).endsWith(c.member());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npzMembers")
    void aLargeDeflatedMemberIsInflatedIntoATemporaryFileThatGoesAwayOnClose(NpyFixtures.Case c) {
        java.util.Set<Path> before = inflatedCopies();
        try (NpzFile z = NpzFile.of(org.stridescope.core.buffer.ByteSources.open(c.path()), 0)) {
            NpyArray a = z.open(c.member());
            assertHeaderAsNumpySays(a, c);
            if (c.file().contains("deflated")) {
                assertThat(inflatedCopies()).as("an inflated copy while open").hasSize(before.size() + 1);
            }
            a.close();
        }
        assertThat(inflatedCopies()).as("no inflated copy left after close").isEqualTo(before);
    }

    private static java.util.Set<Path> inflatedCopies() {
        try (var files = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().matches("stridescope-.*\\.npy"))
                    .collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theMembersOfAnNpzAreListedWithNumpysKeysAndMethods() throws IOException {
        Path stored = NpyFixtures.npz().get(0).path().resolveSibling("archive_stored.npz");
        Path deflated = stored.resolveSibling("archive_deflated.npz");
        try (NpzFile s = NpzFile.open(stored); NpzFile d = NpzFile.open(deflated)) {
            assertThat(s.members()).extracting(NpzFile.Member::key).containsExactly("first", "second", "text");
            assertThat(s.members()).noneMatch(NpzFile.Member::compressed);
            assertThat(d.members()).allMatch(NpzFile.Member::compressed);
            assertThat(s.openFirst().header().descr()).isEqualTo("<i2");
            assertThat(s.open("second").header().descr()).isEqualTo(">f8");
            assertThatThrownBy(() -> s.open("third")).isInstanceOfSatisfying(StridescopeError.class, e -> {
                assertThat(e.type()).isEqualTo("InputError");
                assertThat(e.getMessage()).isEqualTo("no member 'third' in archive_stored.npz");
                assertThat(e.detail()).contains("first, second, text");
            });
        }
    }

    @Test
    void aStoredMemberIsAWindowOfTheArchiveNotACopy() throws IOException {
        Path stored = NpyFixtures.npz().get(0).path().resolveSibling("archive_stored.npz");
        try (NpzFile s = NpzFile.open(stored); NpyArray a = s.open("first")) {
            assertThat(a.source()).isInstanceOf(org.stridescope.core.buffer.SliceByteSource.class);
        }
    }

    @Test
    void aDamagedDeflatedMemberIsAnInputError() throws IOException {
        Path deflated = NpyFixtures.npz().get(0).path().resolveSibling("archive_deflated.npz");
        byte[] zip = Files.readAllBytes(deflated);
        byte[] broken = zip.clone();
        for (int k = 60; k < 90; k++) {
            broken[k] ^= 0x5a; // inside the first member's compressed bytes
        }
        try (NpzFile z = NpzFile.of(new HeapByteSource(broken, "broken.npz"))) {
            assertThatThrownBy(() -> z.open("first")).isInstanceOfSatisfying(StridescopeError.class, e -> {
                assertThat(e.type()).isEqualTo("InputError");
                assertThat(e.getMessage()).contains("is damaged");
            });
        }
    }

    @Test
    void aFilesKindIsToldByItsFirstBytesNotItsName() throws IOException {
        Path folder = NpyFixtures.npz().get(0).path().getParent();
        try (ByteSource npy = org.stridescope.core.buffer.ByteSources.open(folder.resolve("c_3d.npy"));
             ByteSource npz = org.stridescope.core.buffer.ByteSources.open(folder.resolve("archive_deflated.npz"))) {
            assertThat(FileKind.of(npy)).isEqualTo(FileKind.NPY);
            assertThat(FileKind.of(npz)).isEqualTo(FileKind.NPZ);
        }
        assertThat(FileKind.of(new HeapByteSource(new byte[] {(byte) 0x93, 'N'}))).isEqualTo(FileKind.RAW);
        assertThat(FileKind.of(new HeapByteSource(new byte[0]))).isEqualTo(FileKind.RAW);
    }

    @Test
    void aFileThatIsNoNpyIsRefusedAtTheFirstByte() {
        assertThatThrownBy(() -> NpyArray.of("x", new HeapByteSource("hello world, not npy".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(StridescopeError.class, e -> {
                    assertThat(e.type()).isEqualTo("InputError");
                    assertThat(e.getMessage()).isEqualTo("byte 0: expected the .npy magic \\x93NUMPY, found 'h'");
                });
    }

    private static byte[] npyWithHeader(String header) {
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + h.length];
        System.arraycopy(NpyHeaderReader.MAGIC, 0, out, 0, 6);
        out[6] = 1;
        out[8] = (byte) h.length;
        out[9] = (byte) (h.length >> 8);
        System.arraycopy(h, 0, out, 10, h.length);
        return out;
    }

    @Test
    void aHeaderErrorNamesTheByteOfTheFileAndWhatWasExpected() {
        byte[] npy = npyWithHeader("{'descr': '<f8', 'fortran_order': Maybe, 'shape': (3,), }\n");
        assertThatThrownBy(() -> NpyArray.of("x", new HeapByteSource(npy)))
                .hasMessage("byte 44: expected True or False for 'fortran_order', found the name Maybe");
        byte[] missing = npyWithHeader("{'descr': '<f8', 'shape': (3,), }\n");
        assertThatThrownBy(() -> NpyArray.of("x", new HeapByteSource(missing)))
                .hasMessage("byte 10: the header has no 'fortran_order' key");
        byte[] badShape = npyWithHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (3, -1), }\n");
        assertThatThrownBy(() -> NpyArray.of("x", new HeapByteSource(badShape)))
                .hasMessage("byte 64: expected a dimension (an integer 0 or more), found the integer -1");
        byte[] structured = npyWithHeader("{'descr': [('a', 7)], 'fortran_order': False, 'shape': (3,), }\n");
        assertThatThrownBy(() -> NpyArray.of("x", new HeapByteSource(structured)))
                .hasMessageContaining("the fields of 'descr' are not a dtype");
    }

    @Test
    void aHeaderIsParsedNeverEvaluated() {
        byte[] npy = npyWithHeader("{'descr': eval('1'), 'fortran_order': False, 'shape': (3,)}\n");
        assertThatThrownBy(() -> NpyArray.of("x", new HeapByteSource(npy)))
                .hasMessage("byte 20: expected a dtype string for 'descr', found a call");
    }

    @Test
    void aFileCutShortOfItsDataIsAnInputError() throws IOException {
        NpyFixtures.Case c = NpyFixtures.npy().stream().filter(k -> k.file().equals("xle_f8.npy")).findFirst().orElseThrow();
        byte[] all = Files.readAllBytes(c.path());
        byte[] cut = Arrays.copyOf(all, all.length - 3);
        NpyArray a = NpyArray.of("cut.npy", new HeapByteSource(cut));
        assertThatThrownBy(a::layoutSpec).isInstanceOfSatisfying(StridescopeError.class, e -> {
            assertThat(e.type()).isEqualTo("InputError");
            assertThat(e.getMessage()).isEqualTo("the file is cut short: the header announces 48 bytes of data, the file holds 45");
        });
    }

    // --- fuzzing: any header gives a result or an InputError with a position

    private static void headerOrPositionedInputError(byte[] npy) {
        NpyArray array;
        try {
            array = NpyArray.of("fuzz.npy", new HeapByteSource(npy));
        } catch (StridescopeError e) {
            assertThat(e.type()).isEqualTo("InputError");
            assertThat(e.getMessage()).matches("(?s)byte \\d+: .+");
            return;
        }
        try {
            array.layoutSpec();
        } catch (StridescopeError e) {
            if (!e.type().equals("InputError")) { // or np.load's own refusal of a descr np.dtype does not understand
                assertThat(e.toString()).as("a header that parses but does not add up")
                        .startsWith("ValueError: descr is not a valid dtype descriptor: ");
            }
        }
    }

    @Property(tries = 3000)
    void anyHeaderTextGivesAHeaderOrAnInputErrorWithAPosition(
            @ForAll @Chars({'{', '}', '(', ')', '[', ']', '\'', '"', ',', ':', ' ', '1', '0', '-', 'L', 'T', 'F', 'r', 'u', 'e',
                    'd', 's', 'c', '<', 'f', '8', '\\', '\n', 'x', '.', '#', '=', '\u00e9'})
            @StringLength(max = 80) String header) {
        headerOrPositionedInputError(npyWithHeader(header));
    }

    @Provide
    Arbitrary<byte[]> mutatedNpyFiles() throws IOException {
        java.util.List<byte[]> files = new java.util.ArrayList<>();
        for (NpyFixtures.Case c : NpyFixtures.npy()) {
            files.add(Files.readAllBytes(c.path()));
        }
        return Arbitraries.of(files).flatMap(f -> Arbitraries.integers().between(0, Math.min(f.length, 140) - 1)
                .flatMap(at -> Arbitraries.bytes().flatMap(b -> Arbitraries.integers().between(0, 2).map(op -> {
                    if (op == 0) {
                        return Arrays.copyOf(f, at); // cut short
                    }
                    byte[] g = f.clone();
                    g[at] = op == 1 ? b : (byte) "{}()',: L-9".charAt(Math.floorMod(b, 11));
                    return g;
                }))));
    }

    @Property(tries = 5000)
    void aNumpyFileWithOneByteChangedOrCutGivesAHeaderOrAnInputError(@ForAll("mutatedNpyFiles") byte[] npy) {
        headerOrPositionedInputError(npy);
    }

    @Property(tries = 2000)
    void anyBytesAsAnNpzGiveMembersOrAnInputErrorOrNumpysBadCrc(@ForAll("mutatedNpz") byte[] zip) {
        try (NpzFile z = NpzFile.of(new HeapByteSource(zip))) {
            for (NpzFile.Member m : z.members()) {
                try {
                    z.open(m.name()).close();
                } catch (StridescopeError e) {
                    assertThat(e.type()).isIn("InputError", "BadZipFile");
                }
            }
        } catch (StridescopeError e) {
            assertThat(e.type()).isEqualTo("InputError");
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedNpz() throws IOException {
        Path stored = NpyFixtures.npz().get(0).path().resolveSibling("archive_stored.npz");
        byte[] a = Files.readAllBytes(stored);
        byte[] b = Files.readAllBytes(stored.resolveSibling("archive_deflated.npz"));
        return Arbitraries.of(a, b).flatMap(f -> Arbitraries.integers().between(0, f.length - 1)
                .flatMap(at -> Arbitraries.bytes().map(v -> {
                    byte[] g = f.clone();
                    g[at] = v;
                    return g;
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npyFiles")
    void theFirstBytesAloneSayWhereTheDataStarts(NpyFixtures.Case c) throws IOException {
        ByteSource src = new HeapByteSource(Files.readAllBytes(c.path()), "npy");
        assertThat(NpyHeaderReader.declaredDataOffset(src)).isEqualTo(c.dataOffset());
    }

    @Test
    void aHeaderThatRunsPastTheEndStillSaysWhereItWouldEndAndOtherBytesSayNothing() {
        byte[] cut = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) 0xe8, 0x03, '{'};
        assertThat(NpyHeaderReader.declaredDataOffset(new HeapByteSource(cut, "cut"))).isEqualTo(10 + 1000);
        assertThat(NpyHeaderReader.declaredDataOffset(new HeapByteSource("aaabaaac".getBytes(StandardCharsets.US_ASCII), "raw")))
                .isEqualTo(-1);
    }
}
