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
        assertThat(run.err()).contains("InputError: cannot tell the export format").contains(".npy, .npz, .csv, .bin or .png");
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
        ProgressLine progress = new ProgressLine(err, Path.of("out.npy"), "1.2 GiB", 0);
        assertThat(progress.run(() -> {
            for (long done = 0; done <= 1000; done += 50) {
                progress.progress(done, 1000);
            }
            return true;
        })).isTrue();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("writing out.npy (1.2 GiB): 0%")
                .contains("writing out.npy (1.2 GiB): 100%");
        // the same line for inflating a big compressed member before inspecting it
        bytes.reset();
        ProgressLine inflating = new ProgressLine(err, "inflating big.npy", 0);
        inflating.progress(8 << 20, 16 << 20);
        inflating.endLine();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("inflating big.npy: 50%");
    }

    // issue 12, hostile input: data safety

    /** The folder's files, sorted by name. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExportOverItsOwnInputIsRefusedWhateverTheNameLeadingToIt() throws IOException {
        Path input = dir.resolve("in.npy");
        assertThat(CliRun.of(args(STRIDED, "--to", input.toString())).exitCode()).isZero();
        byte[] before = Files.readAllBytes(input);
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.npy"), input);
        Path hard = Files.createLink(dir.resolve("hard.npy"), input);
        for (Path target : new Path[] {input, sub.resolve("../in.npy"), link, hard, Path.of(dir + "/./in.npy")}) {
            CliRun run = CliRun.of("export", "--file", input.toString(), "--expr", "a[::2]", "--to", target.toString());
            assertThat(run.exitCode()).as(target.toString()).isEqualTo(Cli.FAILED);
            assertThat(run.err()).as(target.toString()).startsWith("InputError: cannot write " + target + ": it is the same file as "
                    + input + ", which the view is read from\n");
            assertThat(Files.readAllBytes(input)).as("the input is untouched").isEqualTo(before);
        }
        CliRun raw = CliRun.of("export", "--file", input.toString(), "--dtype", "u1", "--to", dir.resolve("in.npy").toString());
        assertThat(raw.exitCode()).isEqualTo(Cli.FAILED);
        // an .npz member's bytes come from its archive: the archive is the input
        Path npz = dir.resolve("in.npz");
        assertThat(CliRun.of(args(STRIDED, "--to", npz.toString())).exitCode()).isZero();
        CliRun member = CliRun.of("export", "--file", npz.toString(), "--member", "arr_0", "--to", npz.toString());
        assertThat(member.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(member.err()).contains("it is the same file as " + npz + ", which the view is read from");
        assertThat(names(dir)).containsExactly("hard.npy", "in.npy", "in.npz", "link.npy", "sub");
        assertThat(CliRun.of("export", "--file", link.toString(), "--to", dir.resolve("copy.npy").toString()).exitCode())
                .as("another name is fine").isZero();
    }

    @Test
    void anExportTheDiskCannotHoldIsRefusedBeforeWritingAndSaysItsSize() throws IOException {
        String[] huge = {"--hex", "0000000000000000", "--dtype", "<f8", "--shape", "1000000000000", "--strides", "0"};
        String[][] expected = {{"npy", "it needs 7.3 TiB, but its disk has "}, {"npz", "it needs 7.3 TiB"},
            {"bin", "it needs 7.3 TiB"}, {"csv", "it needs at least 1.8 TiB"}};
        for (String[] e : expected) {
            Path out = dir.resolve("huge." + e[0]);
            CliRun run = CliRun.of(args(huge, "--to", out.toString()));
            assertThat(run.exitCode()).as(e[0]).isEqualTo(Cli.FAILED);
            assertThat(run.err()).as(e[0]).startsWith("InputError: cannot write " + out + ": " + e[1]).contains(" free\n");
        }
        assertThat(names(dir)).as("nothing written, no partial file").isEmpty();
    }

    @Test
    void progressStatesTheOutputSizeUpFront() {
        ExportCommand cmd = new ExportCommand();
        cmd.progressDelayMillis = 0;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        try {
            System.setErr(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
            String[] words = args(STRIDED, "--to", dir.resolve("view.npy").toString());
            new picocli.CommandLine(cmd).execute(java.util.Arrays.copyOfRange(words, 1, words.length));
        } finally {
            System.setErr(old);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("writing view.npy (152 bytes): 100%");
    }

    @Test
    void zeroSizeElementsExportWithoutDividingByZero() throws IOException {
        Path npy = dir.resolve("s0.npy");
        CliRun huge = CliRun.of("export", "--hex", "", "--dtype", "S0", "--shape", "4611686018427387904,4", "--to", npy.toString());
        assertThat(huge.exitCode()).as(huge.err()).isZero();
        assertThat(Files.size(npy)).as("np.save of a V0/S0 array writes just the header").isEqualTo(128);
        assertThat(Files.readString(npy, StandardCharsets.ISO_8859_1)).contains("'descr': '|S0'")
                .contains("'shape': (4611686018427387904, 4)");
        CliRun csv = CliRun.of("export", "--hex", "", "--dtype", "S0", "--shape", "2,3", "--to", dir.resolve("s0.csv").toString());
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(Files.readString(dir.resolve("s0.csv"))).isEqualTo("b'',b'',b''\nb'',b'',b''\n");
        for (String ext : new String[] {"bin", "npz"}) {
            CliRun run = CliRun.of("export", "--hex", "0102", "--dtype", "V0", "--shape", "5,0,2", "--strides", "0,0,0",
                    "--to", dir.resolve("v0." + ext).toString());
            assertThat(run.exitCode()).as(ext + run.err()).isZero();
        }
        CliRun hugeCsv = CliRun.of("export", "--hex", "", "--dtype", "S0", "--shape", "4611686018427387904,4",
                "--to", dir.resolve("huge.csv").toString());
        assertThat(hugeCsv.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(hugeCsv.err()).contains("it needs at least").doesNotContain("by zero");
    }

    @Test
    void aTargetEndingInASeparatorNamesAFolderAndWritesNothing() throws IOException {
        for (String to : new String[] {dir.resolve("x.npy") + "/", dir.resolve("x.npy") + "//", dir + "/"}) {
            CliRun run = CliRun.of(args(STRIDED, "--to", to));
            assertThat(run.exitCode()).as(to).isEqualTo(Cli.FAILED);
            assertThat(run.err()).as(to).startsWith("InputError: --to '" + to + "' names a folder, not a file\n");
        }
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void aLongLegalTargetNameIsWritten() throws IOException {
        for (int length : new int[] {250, 255}) {
            String name = "a".repeat(length - 4) + ".npy";
            CliRun run = CliRun.of(args(STRIDED, "--to", dir.resolve(name).toString()));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(dir.resolve(name)).exists();
        }
        assertThat(names(dir)).hasSize(2).allSatisfy(n -> assertThat(n).doesNotContain("stridescope-"));
    }

    @Test
    void aStalePartialFileOfADeadRunIsRemovedAndALiveRunsIsKept() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path stale = Files.writeString(dir.resolve(".stridescope-" + gone.pid() + "-abc.part"), "half an export");
        Path staleInflated = Files.writeString(dir.resolve("stridescope-" + gone.pid() + "-7f.npy"), "half a member");
        Path live = Files.writeString(dir.resolve(".stridescope-" + ProcessHandle.current().pid() + "-abc.part"), "mine");
        Path notOurs = Files.writeString(dir.resolve(".stridescope-notes.part"), "someone's");
        CliRun run = CliRun.of(args(STRIDED, "--to", dir.resolve("view.npy").toString()));
        assertThat(run.exitCode()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(staleInflated).doesNotExist();
        assertThat(live).exists();
        assertThat(notOurs).exists();
    }

    // issue 14: pictures

    @Test
    void aPngHasOnePixelPerElementThroughTheColourTable() throws IOException {
        Path out = dir.resolve("view.png");
        CliRun run = CliRun.of(args(STRIDED, "--to", out.toString(), "--colormap", "viridis", "--vmin", "0", "--vmax", "65536"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + out + ": 4 x 3 pixels");
        assertThat(run.out()).isEmpty();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(4);
        assertThat(image.getHeight()).isEqualTo(3);
        Inspection view = view(null);
        org.stridescope.core.picture.Colormap viridis = org.stridescope.core.picture.Colormap.named("viridis");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                long pos = view.layout().byteOf(new long[] {r, c});
                int v = (BYTES[(int) pos] & 0xff) | (BYTES[(int) pos + 1] & 0xff) << 8;
                int rgba = viridis.rgba((int) Math.floor(v / 65536.0 * 256));
                int argb = rgba >>> 8 | rgba << 24;
                assertThat(image.getRGB(c, r)).as("pixel %d, %d", r, c).isEqualTo(argb);
            }
        }
    }

    @Test
    void pictureRefusalsAreInputErrorsAndWriteNoFile() throws IOException {
        Path out = dir.resolve("never.png");
        String[][] refused = {
            args(STRIDED, "--to", out.toString(), "--colormap", "rainbow"),
            args(STRIDED, "--to", out.toString(), "--vmin", "low"),
            args(STRIDED, "--to", out.toString(), "--vmax", "nan"),
            args(STRIDED, "--expr", "a[:0]", "--to", out.toString()),
            args(STRIDED, "--expr", "a.reshape(3, 2, 2)", "--to", out.toString()),
            {"export", "--hex", "61626364", "--dtype", "S2", "--to", out.toString()},
            args(STRIDED, "--to", dir.resolve("never.npy").toString(), "--colormap", "gray"),
        };
        String[] why = {"unknown colormap 'rainbow'", "--vmin 'low' is not a number", "--vmax 'nan' is not a number",
            "cannot draw a picture of an empty view", "cannot draw a picture of shape (3, 2, 2)",
            "cannot draw a picture of |S2 elements", "--colormap is for pictures"};
        for (int k = 0; k < refused.length; k++) {
            CliRun run = CliRun.of(refused[k]);
            assertThat(run.exitCode()).as(String.join(" ", refused[k])).isEqualTo(2);
            assertThat(run.err()).startsWith("InputError: " + why[k]);
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).isEmpty();
            }
        }
    }
}
