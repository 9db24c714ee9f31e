package org.stridescope.app.gui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;

/**
 * Opening NumPy-made files in the window's model: the header fills the form exactly as NumPy
 * wrote it (index.tsv lists what NumPy made), the header bytes are marked, and a damaged file
 * changes nothing.
 */
class OpenedFileTest {
    private static final Path NPY = Path.of("../core/src/test/resources/npy");

    /** index.tsv rows: file, member, version, descr, fortran, shape, header length, data, strides, values. */
    static Stream<Arguments> npyFiles() throws IOException {
        return Files.readAllLines(NPY.resolve("index.tsv")).stream().map(l -> l.split("\t", -1))
                .filter(f -> f[1].isEmpty() && f[0].endsWith(".npy")).map(f -> Arguments.of(f[0], f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npyFiles")
    void aNpyHeaderFillsTheFormAndItsBytesAreMarkedAsHeader(String file, String[] numpy) {
        MainViewModel model = new MainViewModel();
        model.load(OpenedFile.open(NPY.resolve(numpy[0]), null));
        long[] shape = numpy[5].isEmpty() ? new long[0] : Arrays.stream(numpy[5].split(",")).mapToLong(Long::parseLong).toArray();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.dtypeTextProperty().get()).isEqualTo(numpy[3]);
        assertThat(model.shapeTextProperty().get()).as("0-d is (), since a blank shape means frombuffer")
                .isEqualTo(shape.length == 0 ? "()" : numpy[5]);
        boolean fortran = numpy[4].equals("True") && shape.length > 1;
        assertThat(model.stridesTextProperty().get()).as("blank is C order").isEqualTo(fortran ? numpy[8] : "");
        assertThat(model.offsetTextProperty().get()).isEqualTo(numpy[6]);
        assertThat(model.headerLengthProperty().get()).isEqualTo(Long.parseLong(numpy[6]));
        assertThat(model.array().layout().shape()).containsExactly(shape);
        // np.load gives an empty 1-d array strides (0,); the form's np.ndarray((0,), ...) gives (itemsize,), as NumPy does
        assertThat(model.array().layout().size() == 0 && shape.length == 1 ? new long[] {0} : model.array().layout().strides())
                .containsExactly(
                numpy[8].isEmpty() ? new long[0] : Arrays.stream(numpy[8].split(",")).mapToLong(Long::parseLong).toArray());
        assertThat(model.sourceProperty().get().name()).startsWith(numpy[0] + " (.npy")
                .matches(n -> n.contains("Fortran order") == numpy[4].equals("True"));
    }

    @Test
    void anNpzMembersNameSaysWhichOfHowManyItIs() {
        OpenedFile f = OpenedFile.open(NPY.resolve("archive_stored.npz"), "text");
        assertThat(f.name()).isEqualTo("archive_stored.npz: text.npy (3 of 3, .npy)");
        assertThat(f.path()).isEqualTo(NPY.resolve("archive_stored.npz").toAbsolutePath().normalize());
        f.close();
    }

    @Test
    void aCutShortNpyIsRefusedAndTheBytesShownStay(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(NPY.resolve("c_3d.npy"));
        Path cut = dir.resolve("cut.npy");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 2));
        MainViewModel model = new MainViewModel();
        model.load(new HeapByteSource(new byte[4], "before"));
        OpenedFile f = OpenedFile.open(cut, null);
        assertThatThrownBy(() -> model.load(f)).isInstanceOf(StridescopeError.class).hasMessageContaining("cut short");
        assertThat(model.sourceProperty().get().name()).isEqualTo("before");
        // the model's open() says it in the form instead
        model.open(cut);
        assertThat(model.errorProperty().get().type()).isEqualTo("InputError");
        assertThat(model.sourceProperty().get().name()).isEqualTo("before");
    }

    @Test
    void aRawFileKeepsTheDtypeAndIsReadFromOffsetZeroAsFrombufferWould(@TempDir Path dir) throws IOException {
        Path raw = dir.resolve("data.bin");
        Files.write(raw, "aaabaaacaaadaaae".getBytes());
        MainViewModel model = new MainViewModel();
        model.setLayout(">i4", "2,2", "", "4");
        model.open(raw);
        assertThat(model.sourceProperty().get().name()).isEqualTo("data.bin");
        assertThat(model.headerLengthProperty().get()).isZero();
        assertThat(List.of(model.dtypeTextProperty().get(), model.shapeTextProperty().get(), model.offsetTextProperty().get()))
                .containsExactly(">i4", "", "0");
        // np.frombuffer(b'aaabaaacaaadaaae', '>i4')[3] == 1633771877
        assertThat(model.array().value(new long[] {3})).isEqualTo("1633771877");
    }

    @Test
    void theWindowRefusesAPipeAndAMemberOfANpyAsTheCommandLineDoes(@TempDir Path dir) throws Exception {
        Path fifo = org.stridescope.app.Fifos.make(dir);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> OpenedFile.open(fifo, null)).isInstanceOf(StridescopeError.class)
                        .hasMessageContaining("it is not a regular file"));
        assertThatThrownBy(() -> OpenedFile.open(NPY.resolve("int8.npy"), "x")).isInstanceOf(StridescopeError.class)
                .hasMessageContaining("is a .npy file, not an archive of arrays, so it has no member 'x'");
    }

    @Test
    void theWindowsExportRefusesToReplaceTheOpenedFileAsTheCommandLineDoes(@TempDir Path dir) throws IOException {
        Path copy = Files.copy(NPY.resolve("archive_stored.npz"), dir.resolve("a.npz"));
        Files.createDirectories(dir.resolve("sub"));
        try (OpenedFile f = OpenedFile.open(copy, "text")) {
            org.stridescope.core.layout.Layout view = new org.stridescope.core.layout.Layout(
                    org.stridescope.core.dtype.DType.parse("u1"), new long[] {4}, new long[] {1}, 0);
            for (Path target : new Path[] {copy, dir.resolve("sub/../a.npz")}) {
                assertThatThrownBy(() -> org.stridescope.core.io.ViewExport.export(f, view, target,
                        org.stridescope.core.io.ProgressMonitor.NONE)).isInstanceOf(StridescopeError.class)
                        .hasMessageContaining(", which the view is read from");
            }
        }
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(NPY.resolve("archive_stored.npz")));
    }
}
