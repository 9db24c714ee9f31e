package org.stridescope.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.MappedFileByteSource;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Layout;

class ViewExportTest {
    @TempDir
    Path dir;

    static List<NpyFixtures.Case> cOrderNpyFiles() throws IOException {
        return NpyFixtures.npy().stream()
                .filter(c -> !c.fortran() && c.version() == 1 && !c.file().startsWith("python2")).toList();
    }

    static List<NpyFixtures.Case> allNpyFiles() throws IOException {
        return NpyFixtures.npy();
    }

    private static Layout layoutOf(NpyArray a) {
        return a.layoutSpec().build(a.source().size());
    }

    /** The view's elements' bytes in C order, element by element, the slow and obvious way. */
    static byte[] expectedBytes(ByteSource src, Layout view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = view.dtype().itemsize();
        CIndexWalk.walk(view, 0, view.size(), (flat, index, pos) -> {
            byte[] b = new byte[n];
            src.read(pos, b, 0, n);
            out.writeBytes(b);
        });
        return out.toByteArray();
    }

    private static byte[] dataOf(NpyArray a) {
        long start = a.header().dataOffset();
        byte[] b = new byte[(int) (a.source().size() - start)];
        a.source().read(start, b, 0, b.length);
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cOrderNpyFiles")
    void exportingAWholeArrayWritesTheFileNumpySavedByteForByte(NpyFixtures.Case c) throws IOException {
        Path out = dir.resolve("out.npy");
        try (NpyArray a = NpyArray.open(c.path())) {
            assertThat(ViewExport.export(a.source(), layoutOf(a), out, ProgressMonitor.NONE)).isTrue();
        }
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(c.path()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allNpyFiles")
    void aFortranOrderedArrayIsExportedInCOrderWithTheSameElements(NpyFixtures.Case c) {
        Path out = dir.resolve("out.npy");
        try (NpyArray a = NpyArray.open(c.path())) {
            Layout view = layoutOf(a);
            ViewExport.export(a.source(), view, out, ProgressMonitor.NONE);
            try (NpyArray back = NpyArray.open(out)) {
                assertThat(back.header().fortranOrder()).isFalse();
                assertThat(back.header().descr()).isEqualTo(c.descr());
                assertThat(back.header().shape()).containsExactly(c.shape());
                assertThat(dataOf(back)).isEqualTo(expectedBytes(a.source(), view));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allNpyFiles")
    void csvHoldsOneRowPerLastAxisLineOfNumpysStrOfEachValue(NpyFixtures.Case c) throws IOException {
        Path out = dir.resolve("out.csv");
        try (NpyArray a = NpyArray.open(c.path())) {
            ViewExport.export(a.source(), layoutOf(a), out, ProgressMonitor.NONE);
        }
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(c.csv());
    }

    // --- strided views, exported and read back

    record Case(byte[] buffer, Layout view) {
        @Override
        public String toString() {
            return view + " over " + buffer.length + " bytes";
        }
    }

    @Provide
    Arbitrary<Case> stridedViews() {
        Arbitrary<DType> types = Arbitraries.of(new DType(Kind.UINT, 1, ByteOrder.NOT_APPLICABLE, null),
                new DType(Kind.INT, 2, ByteOrder.BIG, null), new DType(Kind.FLOAT, 4, ByteOrder.LITTLE, null),
                new DType(Kind.FLOAT, 8, ByteOrder.BIG, null), new DType(Kind.VOID, 3, ByteOrder.NOT_APPLICABLE, null));
        Arbitrary<long[]> shapes = Arbitraries.longs().between(0, 6).array(long[].class).ofMinSize(0).ofMaxSize(4);
        return Combinators.combine(types, shapes, Arbitraries.longs().between(-3, 4).array(long[].class).ofSize(4),
                Arbitraries.randomValue(r -> r.nextLong())).as((type, shape, factors, seed) -> {
                    int n = type.itemsize();
                    long[] strides = new long[shape.length];
                    long lo = 0;
                    long hi = n;
                    for (int k = 0; k < shape.length; k++) {
                        strides[k] = factors[k] * n + (factors[k] == 4 ? 1 : 0); // some strides not multiples of n
                        long reach = strides[k] * Math.max(0, shape[k] - 1);
                        lo += Math.min(0, reach);
                        hi += Math.max(0, reach);
                    }
                    byte[] buffer = new byte[(int) (hi - lo) + 7];
                    new Random(seed).nextBytes(buffer);
                    return new Case(buffer, new Layout(type, shape, strides, -lo + 3));
                });
    }

    @Property(tries = 300)
    void aStridedViewExportedToNpyReadsBackElementForElement(@ForAll("stridedViews") Case c) throws IOException {
        Path out = Files.createTempFile("view", ".npy"); // jqwik does not inject @TempDir
        try {
            HeapByteSource src = new HeapByteSource(c.buffer());
            assertThat(ViewExport.export(src, c.view(), out, ProgressMonitor.NONE)).isTrue();
            try (NpyArray back = NpyArray.open(out)) {
                assertThat(back.header().shape()).containsExactly(c.view().shape());
                assertThat(back.header().descr()).isEqualTo(c.view().dtype().str());
                assertThat(dataOf(back)).isEqualTo(expectedBytes(src, c.view()));
            }
        } finally {
            Files.delete(out);
        }
    }

    @Property(tries = 300)
    void theViewsBytesComeOutInCOrderWhateverTheBlockSize(@ForAll("stridedViews") Case c) throws IOException {
        HeapByteSource src = new HeapByteSource(c.buffer());
        for (int block : new int[] {1, 2, 7, 64}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            COrderBytes.stream(src, c.view(), (b, len) -> out.write(b, 0, len), ProgressMonitor.NONE, block);
            assertThat(out.toByteArray()).as("blocks of %d", block).isEqualTo(expectedBytes(src, c.view()));
        }
    }

    @Property(tries = 100)
    void aStridedViewExportedToNpzAndBinReadsBackElementForElement(@ForAll("stridedViews") Case c) throws IOException {
        HeapByteSource src = new HeapByteSource(c.buffer());
        Path npz = Files.createTempFile("view", ".npz");
        Path bin = Files.createTempFile("view", ".bin");
        try {
            exportNpzAndBin(src, c, npz, bin);
        } finally {
            Files.delete(npz);
            Files.delete(bin);
        }
    }

    private static void exportNpzAndBin(HeapByteSource src, Case c, Path npz, Path bin) {
        ViewExport.export(src, c.view(), npz, ProgressMonitor.NONE);
        ViewExport.export(src, c.view(), bin, ProgressMonitor.NONE);
        byte[] expected = expectedBytes(src, c.view());
        try (NpzFile z = NpzFile.open(npz); NpyArray back = z.open("arr_0")) {
            assertThat(z.members()).extracting(NpzFile.Member::name).containsExactly("arr_0.npy");
            assertThat(dataOf(back)).isEqualTo(expected);
        }
        try {
            assertThat(Files.readAllBytes(bin)).isEqualTo(expected);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Property(tries = 100)
    void aViewOfAMappedFileInTinyChunksExportsLikeTheSameBytesInMemory(@ForAll("stridedViews") Case c) throws IOException {
        Path file = Files.createTempFile("source", ".bin");
        try {
            Files.write(file, c.buffer());
            try (MappedFileByteSource mapped = new MappedFileByteSource(file, 3)) { // 8-byte chunks
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                COrderBytes.stream(mapped, c.view(), (b, len) -> out.write(b, 0, len), ProgressMonitor.NONE, 64);
                assertThat(out.toByteArray()).isEqualTo(expectedBytes(new HeapByteSource(c.buffer()), c.view()));
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aBroadcastViewOfMoreThanTwoBillionElementsComesOutWhole() throws IOException {
        // stride 0: one source byte read 2^31 + 3 times; counts past int range must not wrap
        Layout view = new Layout(new DType(Kind.UINT, 1, ByteOrder.NOT_APPLICABLE, null), new long[] {(1L << 31) + 3},
                new long[] {0}, 0);
        long[] seen = new long[2];
        COrderBytes.stream(new HeapByteSource(new byte[] {42}), view, (block, length) -> {
            seen[0] += length;
            seen[1] += block[0] == 42 && block[length - 1] == 42 ? 0 : 1;
        }, ProgressMonitor.NONE);
        assertThat(seen).containsExactly((1L << 31) + 3, 0);
    }

    // --- progress, cancel, failure

    private static Case bigView() {
        byte[] buffer = new byte[3 * COrderBytes.BLOCK];
        new Random(1).nextBytes(buffer);
        DType f8 = new DType(Kind.FLOAT, 8, ByteOrder.LITTLE, null);
        return new Case(buffer, new Layout(f8, new long[] {buffer.length / 32, 2}, new long[] {32, 8}, 0));
    }

    @Test
    void progressRisesToTheTotalNumberOfElements() {
        Case c = bigView();
        List<long[]> seen = new ArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                seen.add(new long[] {done, total});
            }
        };
        ViewExport.export(new HeapByteSource(c.buffer()), c.view(), dir.resolve("p.npy"), monitor);
        assertThat(seen.size()).isGreaterThan(2);
        for (int k = 1; k < seen.size(); k++) {
            assertThat(seen.get(k)[0]).isGreaterThanOrEqualTo(seen.get(k - 1)[0]);
        }
        assertThat(seen.get(seen.size() - 1)).containsExactly(c.view().size(), c.view().size());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aCancelledExportLeavesNoFileBehind(ExportFormat format) throws IOException {
        Case c = bigView();
        Path out = dir.resolve("cancelled." + format.extension());
        ProgressMonitor cancelAtOnce = new ProgressMonitor() {
            long calls;

            @Override
            public boolean cancelled() {
                return ++calls > 1;
            }
        };
        Layout view = format != ExportFormat.CSV ? c.view() // CSV: small values, many of them
                : new Layout(new DType(Kind.UINT, 1, ByteOrder.NOT_APPLICABLE, null), new long[] {c.buffer().length / 2, 2},
                        new long[] {2, 1}, 0);
        assertThat(ViewExport.export(new HeapByteSource(c.buffer()), view, out, format, cancelAtOnce)).isFalse();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    static Stream<ExportFormat> formats() {
        return Stream.of(ExportFormat.values());
    }

    @Test
    void aFailedExportLeavesTheOldFileAsItWasAndNoPartialFile() throws IOException {
        Case c = bigView();
        Path out = dir.resolve("keep.npy");
        Files.writeString(out, "old content");
        HeapByteSource heap = new HeapByteSource(c.buffer());
        ByteSource failing = new ByteSource() {
            @Override
            public long size() {
                return heap.size();
            }

            @Override
            public byte get(long pos) {
                return heap.get(pos);
            }

            @Override
            public void read(long pos, byte[] dst, int off, int len) {
                if (pos > COrderBytes.BLOCK) {
                    throw StridescopeError.inputError("the file changed on disk: test", "");
                }
                heap.read(pos, dst, off, len);
            }

            @Override
            public String name() {
                return "failing";
            }
        };
        assertThatThrownBy(() -> ViewExport.export(failing, c.view(), out, ProgressMonitor.NONE))
                .hasMessageStartingWith("the file changed on disk");
        assertThat(Files.readString(out)).isEqualTo("old content");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(out);
        }
    }

    @Test
    void aViewReachingOutsideTheSourceIsABoundsError() {
        DType f8 = new DType(Kind.FLOAT, 8, ByteOrder.LITTLE, null);
        Layout view = new Layout(f8, new long[] {3}, new long[] {8}, 0);
        assertThatThrownBy(() -> ViewExport.export(new HeapByteSource(new byte[16]), view, dir.resolve("x.npy"),
                ProgressMonitor.NONE)).isInstanceOfSatisfying(StridescopeError.class, e -> {
                    assertThat(e.type()).isEqualTo("BoundsError");
                    assertThat(e.getMessage()).isEqualTo("the view reads bytes 0..23 of a 16-byte source");
                });
    }

    @Test
    void exportingIntoAFolderThatDoesNotExistIsAnInputErrorSayingSo() {
        Layout view = new Layout(new DType(Kind.UINT, 1, ByteOrder.NOT_APPLICABLE, null), new long[] {2}, new long[] {1}, 0);
        Path out = dir.resolve("missing").resolve("x.bin");
        assertThatThrownBy(() -> ViewExport.export(new HeapByteSource(new byte[2]), view, out, ProgressMonitor.NONE))
                .isInstanceOfSatisfying(StridescopeError.class, e -> {
                    assertThat(e.type()).isEqualTo("InputError");
                    assertThat(e.getMessage()).isEqualTo("cannot write " + out.toAbsolutePath() + ": the folder "
                            + out.toAbsolutePath().getParent() + " does not exist");
                });
    }

    @Test
    void anUnknownExtensionIsAnInputError() {
        assertThatThrownBy(() -> ExportFormat.forPath(dir.resolve("x.txt")))
                .isInstanceOfSatisfying(StridescopeError.class, e -> assertThat(e.type()).isEqualTo("InputError"));
    }

    // issue 12, hostile input: what an export writes, said before writing it

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(ExportFormat.class)
    void theOutputSizeIsExactForBinaryFormatsAndALowerBoundForCsv(ExportFormat format) throws IOException {
        DType u2 = new DType(Kind.UINT, 2, ByteOrder.LITTLE, null);
        Layout[] views = {new Layout(u2, new long[] {3, 4}, new long[] {8, 2}, 0), new Layout(u2, new long[0], new long[0], 0),
            new Layout(u2, new long[] {2, 0}, new long[] {0, 2}, 0), new Layout(u2, new long[] {5, 7}, new long[] {0, 0}, 0)};
        for (Layout view : views) {
            if (format == ExportFormat.PNG && view.size() == 0) {
                continue; // an empty view is no picture (PictureExportTest)
            }
            Path out = dir.resolve("out." + format.extension());
            assertThat(ViewExport.export(new HeapByteSource(new byte[24]), view, out, format, ProgressMonitor.NONE)).isTrue();
            long size = ViewExport.outputSize(view, format);
            if (format == ExportFormat.CSV || format == ExportFormat.PNG) {
                assertThat(Files.size(out)).isGreaterThanOrEqualTo(size);
            } else {
                assertThat(Files.size(out)).as(view.toString()).isEqualTo(size);
            }
        }
        Layout huge = new Layout(u2, new long[] {1L << 40, 1L << 40}, new long[] {0, 0}, 0);
        if (format != ExportFormat.PNG) { // a PNG's size is bounded below by its header alone
            assertThat(ViewExport.outputSize(huge, format)).as("past 64 bits: as large as can be").isEqualTo(Long.MAX_VALUE);
        }
        assertThat(NpzWriter.fileSize(0xffffffffL)).as("zip64 extras and end records")
                .isEqualTo(30 + 9 + 20 + 0xffffffffL + 46 + 9 + 20 + 76 + 22);
    }

    @Test
    void theFileAViewIsReadFromIsNeverTheTargetNorALinkToIt() throws IOException {
        Path input = dir.resolve("data.bin");
        Files.write(input, new byte[] {1, 2, 3, 4});
        Path link = Files.createSymbolicLink(dir.resolve("link.bin"), input);
        Files.createDirectories(dir.resolve("x"));
        Layout view = new Layout(new DType(Kind.UINT, 1, ByteOrder.NOT_APPLICABLE, null), new long[] {2}, new long[] {2}, 0);
        try (MappedFileByteSource src = new MappedFileByteSource(input)) {
            for (Path target : new Path[] {input, link, dir.resolve("x/../data.bin")}) {
                assertThatThrownBy(() -> ViewExport.export(src, view, target, ExportFormat.BIN, ProgressMonitor.NONE))
                        .isInstanceOfSatisfying(StridescopeError.class, e -> assertThat(e.type()).isEqualTo("InputError"))
                        .hasMessage("cannot write " + target + ": it is the same file as " + input + ", which the view is read from");
            }
            assertThat(ViewExport.export(src, view, dir.resolve("other.bin"), ProgressMonitor.NONE)).isTrue();
        }
        assertThat(Files.readAllBytes(input)).containsExactly(1, 2, 3, 4);
    }
}
