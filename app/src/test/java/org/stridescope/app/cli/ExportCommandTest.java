package org.stridescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.format.ScalarText;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.LayoutSpec;

/**
 * {@code stridescope export} as a person at a terminal uses it (spec/cli.md): the file holds the
 * view, element for element, in C order; errors say what went wrong with exit status 2 and leave
 * no file; standard output stays empty.
 */
class ExportCommandTest {
    /** Bytes 0, 1, ..., 95: every element's value says where it was read. */
    private static final byte[] BYTES = new byte[96];
    static {
        for (int i = 0; i < BYTES.length; i++) {
            BYTES[i] = (byte) (i * 7 + 3);
        }
    }
    private static final String HEX = HexFormat.of().formatHex(BYTES);
    /** A strided view with a negative stride: np.ndarray((3, 4), '<u2', buf, 14, (32, -4)). */
    private static final String[] STRIDED = {"--hex", HEX, "--dtype", "<u2", "--shape", "3,4", "--strides", "32,-4",
            "--offset", "14"};

    @TempDir
    Path dir;

    private static String[] args(String[] layout, String... more) {
        return Stream.concat(Stream.concat(Stream.of("export"), Stream.of(layout)), Stream.of(more)).toArray(String[]::new);
    }

    /** What {@code inspect} builds for the same arguments: the view the export must hold. */
    private static Inspection view(String expr) {
        LayoutSpec spec = new LayoutSpec("<u2", new long[] {3, 4}, new long[] {32, -4}, 14, -1);
        Inspection i = Inspector.inspect(new HeapByteSource(BYTES), spec, expr);
        assertThat(i.isOk()).isTrue();
        return i;
    }

    /** Each element's bytes, in C order. */
    private static List<String> elementBytes(ByteSource src, Layout layout) {
        List<String> out = new ArrayList<>();
        byte[] one = new byte[layout.dtype().itemsize()];
        CIndexWalk.walk(layout, 0, layout.size(), (flat, index, pos) -> {
            src.read(pos, one, 0, one.length);
            out.add(HexFormat.of().formatHex(one));
        });
        return out;
    }

    @Test
    void aStridedViewExportedToNpyReadsBackElementForElement() {
        Path out = dir.resolve("view.npy");
        CliRun run = CliRun.of(args(STRIDED, "--to", out.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).as("standard output stays clean").isEmpty();
        assertThat(run.err()).contains("wrote ").contains("view.npy");
        Inspection expected = view(null);
        try (DataFile back = DataFile.open(out, null)) {
            Layout read = back.layoutSpec().build(back.source().size());
            assertThat(read.dtype().str()).isEqualTo("<u2");
            assertThat(read.shape()).containsExactly(3, 4);
            assertThat(read.strides()).as("C order").containsExactly(8, 2);
            assertThat(elementBytes(back.source(), read)).isEqualTo(elementBytes(expected.source(), expected.layout()));
        }
    }

    @Test
    void anExprViewIsWhatIsExportedAsRawBytes() throws IOException {
        Path out = dir.resolve("view.bin");
        CliRun run = CliRun.of(args(STRIDED, "--expr", "a[::2, 1:].T", "--to", out.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Inspection expected = view("a[::2, 1:].T");
        assertThat(expected.layout().shape()).containsExactly(3, 2);
        byte[] written = Files.readAllBytes(out);
        assertThat(HexFormat.of().formatHex(written))
                .isEqualTo(String.join("", elementBytes(expected.source(), expected.layout())));
    }

    @Test
    void csvHasOneRowPerLastAxisLineWithTheValuesInspectShows() throws IOException {
        Path out = dir.resolve("view.csv");
        assertThat(CliRun.of(args(STRIDED, "--to", out.toString())).exitCode()).isZero();
        Inspection expected = view(null);
        List<String> values = new ArrayList<>();
        CIndexWalk.walk(expected.layout(), 0, 12, (flat, index, pos) ->
                values.add(ScalarText.str(expected.layout().dtype(), expected.source(), pos)));
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(rows).containsExactly(String.join(",", values.subList(0, 4)), String.join(",", values.subList(4, 8)),
                String.join(",", values.subList(8, 12)));
    }

    @Test
    void aNpyFileBringsItsOwnLayoutAndExportsToNpz(@TempDir Path other) {
        Path npy = dir.resolve("in.npy");
        assertThat(CliRun.of(args(STRIDED, "--to", npy.toString())).exitCode()).isZero();
        Path npz = other.resolve("again.npz");
        CliRun run = CliRun.of("export", "--file", npy.toString(), "--expr", "a[1]", "--to", npz.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Inspection expected = view("a[1]");
        try (DataFile back = DataFile.open(npz, null)) {
            assertThat(back.members()).extracting(m -> m.name()).containsExactly("arr_0.npy");
            Layout read = back.layoutSpec().build(back.source().size());
            assertThat(read.shape()).containsExactly(4);
            assertThat(elementBytes(back.source(), read)).isEqualTo(elementBytes(expected.source(), expected.layout()));
        }
    }

    @Test
    void numpyLoadsTheExportBitForBitAsTheSameView() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs /usr/bin/python3");
        Path out = dir.resolve("numpy.npy");
        String expr = "np.flip(a, 0)[:, ::2]";
        assertThat(CliRun.of(args(STRIDED, "--expr", expr, "--to", out.toString())).exitCode()).isZero();
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", String.join("\n",
                "import sys, numpy as np",
                "buf = bytes.fromhex(sys.argv[1])",
                "a = np.ndarray((3, 4), '<u2', buf, 14, (32, -4))",
                "view = eval(sys.argv[2])",
                "back = np.load(sys.argv[3])",
                "print(back.dtype.str == view.dtype.str and back.shape == view.shape and back.flags.c_contiguous"
                        + " and back.tobytes() == view.tobytes())"), HEX, expr, out.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assumeTrue(!said.contains("No module named"), "needs numpy");
        assertThat(said).isEqualTo("True");
    }

    @Test
    void aLayoutNumpyRefusesIsItsValueErrorWithStatus2AndNoFile() {
        Path out = dir.resolve("never.npy");
        CliRun run = CliRun.of("export", "--hex", HEX, "--dtype", "<u2", "--shape", "3,4", "--strides", "40,8",
                "--to", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ValueError: strides is incompatible with shape of requested array and size of buffer");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void anExpressionThatNeedsACopyIsCopyRequired() {
        CliRun run = CliRun.of(args(STRIDED, "--expr", "a.ravel()", "--to", dir.resolve("x.npy").toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("CopyRequired");
    }

    @Test
    void anUnknownExtensionSaysWhichOnesWork() {
        CliRun run = CliRun.of(args(STRIDED, "--to", dir.resolve("view.txt").toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("InputError: cannot tell the export format").contains(".npy, .npz, .csv or .bin");
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsLeftBehind() throws IOException {
        Path out = dir.resolve("no-such-folder").resolve("view.npy");
        CliRun run = CliRun.of(args(STRIDED, "--to", out.toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("InputError: cannot write").contains("does not exist");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void withoutToTheUsageSaysItIsRequired() {
        CliRun run = CliRun.of(args(STRIDED));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--to");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void withoutASourceTheErrorGivesAnExample() {
        CliRun run = CliRun.of("export", "--dtype", "<u2", "--to", dir.resolve("x.npy").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("InputError: no source").contains("stridescope export");
    }

    @Test
    void progressIsPrintedToTheGivenStreamUpTo100Percent() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressLine progress = new ProgressLine(err, Path.of("out.npy"), 0);
        assertThat(progress.run(() -> {
            for (long done = 0; done <= 1000; done += 50) {
                progress.progress(done, 1000);
            }
            return true;
        })).isTrue();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("exporting out.npy: 0%")
                .contains("exporting out.npy: 100%");
        // the same line for inflating a big compressed member before inspecting it
        bytes.reset();
        ProgressLine inflating = new ProgressLine(err, "inflating big.npy", 0);
        inflating.progress(8 << 20, 16 << 20);
        inflating.endLine();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("inflating big.npy: 50%");
    }
}
