package org.stridescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code inspect} command as a person at a terminal uses it (spec/cli.md). */
class InspectCommandTest {
    private static final String SEED = "61616162616161636161616461616165"; // b'aaabaaacaaadaaae'

    @Test
    void seedBytesAsBigEndianInt32GiveNumpysValuesInJson() {
        CliRun run = CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--shape", "2,2", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\"ok\": true, \"dtype\": \">i4\", \"itemsize\": 4, \"shape\": [2, 2], "
                + "\"strides\": [8, 4], \"offset\": 0, \"size\": 4, \"nbytes\": 16");
        assertThat(run.out()).contains("{\"index\": [1, 0], \"byte\": 8, \"value\": \"1633771876\"}");
    }

    @Test
    void aStrideThatDoesNotFitIsNumpysValueErrorWithExitStatus2() {
        CliRun run = CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--shape", "2,2", "--strides", "8,8", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("\"type\": \"ValueError\"")
                .contains("strides is incompatible with shape of requested array and size of buffer")
                .contains("\"detail\": ");
    }

    @Test
    void anOffsetThatIsNotANumberIsATypedErrorInJsonAsInTheWindow() {
        CliRun run = CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--shape", "2,2", "--offset", "four", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("{\"ok\": false, \"type\": \"InputError\"")
                .contains("offset: 'four' is not a whole number");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void stridesWithoutAShapeAreRefusedNotIgnored() {
        CliRun run = CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--strides", "4", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("strides need a shape");
    }

    @Test
    void negativeStridesAreAcceptedOnTheCommandLine() {
        CliRun run = CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--shape", "4", "--strides", "-4",
                "--offset", "12", "--json");
        assertThat(run.out()).contains("\"strides\": [-4]").contains("\"value\": \"1633771877\"");
    }

    @Test
    void readsAnswersWhichElementsReadAByte() {
        CliRun run = CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--shape", "2,2", "--reads", "13");
        assertThat(run.out().strip()).isEqualTo("{\"ok\": true, \"byte\": 13, \"count\": 1, \"readers\": [[1, 1]]}");
    }

    @Test
    void batchAnswersEachLineInOrderAndABadLineDoesNotStopTheRun() {
        String in = "{\"hex\": \"" + SEED + "\", \"dtype\": \">i4\", \"shape\": [2, 2], \"strides\": null, \"offset\": 0}\n"
                + "this is not json\n"
                + "{\"hex\": \"0100\", \"dtype\": \"<i2\", \"shape\": null, \"strides\": null, \"offset\": 0, \"count\": -1}\n";
        CliRun run = CliRun.withInput(in, "inspect", "--batch", "-");
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("\"value\": \"1633771877\"");
        assertThat(lines[1]).startsWith("{\"ok\": false, \"type\": \"InputError\"");
        assertThat(lines[2]).contains("\"value\": \"1\"");
    }

    @Test
    void aBatchFileGivesTheSameOutputWhetherOrNotPicocliReadsTheArguments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cases.jsonl");
        Files.writeString(file, "{\"hex\": \"" + SEED + "\", \"dtype\": \">f4\", \"shape\": [2, 2]}\n"
                + "{\"hex\": \"zz\"}\n{\"hex\": \"0100\", \"dtype\": \"<i2\", \"strides\": [4]}\n");
        CliRun direct = CliRun.of("inspect", "--batch", file.toString());
        CliRun viaPicocli = CliRun.of("inspect", "--batch=" + file);
        assertThat(direct.out().split("\n")).hasSize(3);
        assertThat(direct).isEqualTo(viaPicocli);
        Path missing = dir.resolve("missing.jsonl");
        assertThat(CliRun.of("inspect", "--batch", missing.toString()))
                .isEqualTo(CliRun.of("inspect", "--batch=" + missing))
                .satisfies(run -> assertThat(run.exitCode()).isEqualTo(Cli.FAILED));
    }

    @Test
    void onlyAPlainBatchFileSkipsPicocli() {
        assertThat(Cli.plainBatch(new String[] {"inspect", "--batch", "cases.jsonl"})).isEqualTo("cases.jsonl");
        assertThat(Cli.plainBatch(new String[] {"inspect", "--batch", "-"})).isEqualTo("-");
        // picocli reads these its own way: an option name, an @argument-file, more options
        assertThat(Cli.plainBatch(new String[] {"inspect", "--batch", "--json"})).isNull();
        assertThat(Cli.plainBatch(new String[] {"inspect", "--batch", "a.jsonl", "--json"})).isNull();
        // @argfiles are off: @args.txt is a file's name for picocli too
        assertThat(Cli.plainBatch(new String[] {"inspect", "--batch", "@args.txt"})).isEqualTo("@args.txt");
        assertThat(Cli.plainBatch(new String[] {"inspect", "--batch", "a.jsonl", "--json"})).isNull();
    }

    @Test
    void aBadPasteSaysWhatToFixWithoutAStackTrace() {
        CliRun run = CliRun.of("inspect", "--hex", "61zz", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("\"type\": \"InputError\"").contains("column");
        assertThat(run.out() + run.err()).doesNotContain("Exception");
    }

    @Test
    void aMissingSourceIsAnInputError() {
        CliRun run = CliRun.of("inspect", "--dtype", "<f8");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("InputError: no source");
    }

    @Test
    void plainOutputShowsValuesAndTheLayoutSummary() {
        CliRun run = CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--shape", "2,2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1633771874").contains("strides (8, 4)");
    }

    @Test
    void versionNamesTheProgram() {
        assertThat(CliRun.of("--version").out()).startsWith("stridescope ");
    }

    // issue 12, hostile input: the command line

    @Test
    void anArgumentStartingWithAtIsTextNotAFileOfArguments(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "--hex 61616162 --dtype >i4\n");
        for (String at : new String[] {"@/", "@" + notes, "@/proc/self/mem", "@/dev/zero"}) {
            CliRun hex = CliRun.of("inspect", "--hex", at, "--json");
            assertThat(hex.exitCode()).as(at).isEqualTo(Cli.FAILED);
            assertThat(hex.out()).as("--hex " + at + " is a paste, and a bad one").startsWith("{\"ok\": false, \"type\": \"InputError\"");
            CliRun expr = CliRun.of("inspect", "--hex", SEED, "--expr", at, "--json");
            assertThat(expr.exitCode()).as(at).isEqualTo(Cli.FAILED);
            assertThat(expr.out()).as("--expr " + at).startsWith("{\"ok\": false, \"type\": ");
            CliRun word = CliRun.of("inspect", at);
            assertThat(word.exitCode()).as(at).isEqualTo(Cli.FAILED);
            assertThat(word.err()).as(at).contains("'" + at + "'");
            assertThat(hex.out() + hex.err() + expr.out() + expr.err() + word.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aFlagPicocliCannotReadIsTheJsonErrorObjectWithJson() {
        String[][] cases = {
            {"inspect", "--hex", SEED, "--reads", "x", "--json"},
            {"inspect", "--hex", SEED, "--json", "--reads"},
            {"inspect", "--hex", SEED, "--json", "--elements"},
            {"inspect", "--hex", SEED, "--json", "--no-such-flag"},
            {"inspect", "--json", "--hex"},
        };
        for (String[] args : cases) {
            CliRun run = CliRun.of(args);
            String what = String.join(" ", args);
            assertThat(run.exitCode()).as(what).isEqualTo(Cli.FAILED);
            assertThat(run.out()).as(what).matches("\\{\"ok\": false, \"type\": \"InputError\", \"error\": \"[^\"]+\", "
                    + "\"detail\": \"Run 'stridescope inspect --help' for the options and what each takes.\"}\n");
            assertThat(run.err()).as(what).isEmpty();
        }
        CliRun plain = CliRun.of("inspect", "--hex", SEED, "--reads", "x");
        assertThat(plain.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(plain.err()).as("without --json, picocli's message and the usage").contains("'x'").contains("Usage:");
    }

    @Test
    void readsPastEitherEndOfTheBufferIsAnInputErrorLikeGoTo() {
        CliRun past = CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--reads", "16");
        assertThat(past.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(past.out()).startsWith("{\"ok\": false, \"type\": \"InputError\", "
                + "\"error\": \"--reads: byte 16 is outside the buffer, which has 16 bytes (0..15)\"");
        for (String pos : new String[] {"-1", "9223372036854775807", "-9223372036854775808"}) {
            CliRun run = CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--reads", pos, "--json");
            assertThat(run.exitCode()).as(pos).isEqualTo(Cli.FAILED);
            assertThat(run.out()).as(pos).contains("\"InputError\"").contains("byte " + pos + " is outside the buffer");
        }
        CliRun empty = CliRun.of("inspect", "--hex", "", "--dtype", "u1", "--reads", "0");
        assertThat(empty.out()).contains("byte 0 is outside the buffer, which has 0 bytes\"");
        assertThat(CliRun.of("inspect", "--hex", SEED, "--dtype", ">i4", "--reads", "15").out()).contains("\"count\": 1");
    }

    @Test
    void aBatchFileAnswersEveryLineWhateverItsBytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cases.jsonl");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(("{\"hex\": \"" + SEED + "\", \"dtype\": \">i4\"}\n\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', (byte) 0xff, '}', '\n'});
        bytes.writeBytes("{\"hex\": \"0100\", \"dtype\": \"<i2\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        for (CliRun run : new CliRun[] {CliRun.of("inspect", "--batch", file.toString()),
            CliRun.of("inspect", "--batch=" + file)}) {
            assertThat(run.exitCode()).isZero();
            String[] lines = run.out().split("\n");
            assertThat(lines).hasSize(4);
            assertThat(lines[1]).contains("a blank line is not a batch case");
            assertThat(lines[2]).contains("the line is not UTF-8: byte 2 of the line is 0xff");
            assertThat(lines[3]).contains("\"value\": \"1\"");
        }
    }

    @Test
    void aBatchFileThatIsMissingOrAFolderIsATypedErrorWithASentence(@TempDir Path dir) {
        Path missing = dir.resolve("nope.jsonl");
        CliRun run = CliRun.of("inspect", "--batch", missing.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).startsWith("InputError: cannot open " + missing + ": no such file\n")
                .contains("Check the name");
        assertThat(CliRun.of("inspect", "--batch=" + missing)).isEqualTo(run);
        CliRun folder = CliRun.of("inspect", "--batch", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(folder.err()).isEqualTo("InputError: cannot read the batch file " + dir + ": it is a folder\n"
                + "Give a file of JSON lines, or - to read them from standard input.\n");
        assertThat(run.out() + folder.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotARegularFileIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = org.stridescope.app.Fifos.make(dir);
        for (Path p : new Path[] {fifo, dir, Path.of("/dev/zero")}) {
            CliRun inspect = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> CliRun.of("inspect", "--file", p.toString(), "--dtype", "u1", "--json"));
            assertThat(inspect.exitCode()).as(p.toString()).isEqualTo(Cli.FAILED);
            assertThat(inspect.out()).as(p.toString()).startsWith("{\"ok\": false, \"type\": \"InputError\", "
                    + "\"error\": \"cannot open " + p + ": it is ");
            CliRun export = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> CliRun.of("export", "--file", p.toString(), "--dtype", "u1", "--to", dir.resolve("o.npy").toString()));
            assertThat(export.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(export.err()).startsWith("InputError: cannot open " + p + ": it is ");
        }
    }

    @Test
    void aMemberOfANpyIsAnErrorNotIgnored(@TempDir Path dir) throws IOException {
        Path npy = dir.resolve("a.npy");
        assertThat(CliRun.of("export", "--hex", "0100", "--dtype", "<i2", "--to", npy.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("inspect", "--file", npy.toString(), "--member", "b", "--json");
        assertThat(run.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).contains("is a .npy file, not an archive of arrays, so it has no member 'b'");
    }

    /** A 40 x 30 uint16 picture (a smooth ramp plus a wave) with 8 padding bytes a row and a 16-byte header. */
    private static Path rawPicture(Path dir) throws IOException {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(16 + 30 * 88).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buf.position(16);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                buf.putShort((short) (1000 + 40 * x + 25 * y + (int) (300 * Math.sin((x + 2 * y) / 6.0))));
            }
            buf.position(buf.position() + 8);
        }
        Path file = dir.resolve("picture.raw");
        Files.write(file, buf.array());
        return file;
    }

    @Test
    void rowWidthsFindsThePaddedPitchOfARawPictureInJson(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("inspect", "--file", rawPicture(dir).toString(), "--dtype", "<u2", "--offset", "16",
                "--row-widths", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\"ok\": true, \"row_widths\": [{\"bytes\": 88, \"score\": 0.");
        assertThat(run.out().strip()).matches("\\{\"ok\": true, \"row_widths\": \\[(\\{\"bytes\": \\d+, \"score\": [01]\\.\\d\\d\\}(, )?){1,5}\\]\\}");
    }

    @Test
    void rowWidthsAsTextAreOneLineEach(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("inspect", "--file", rawPicture(dir).toString(), "--dtype", "<u2", "--offset", "16",
                "--row-widths");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("88 bytes  score 0.");
        assertThat(run.out().lines()).allMatch(l -> l.matches("\\d+ bytes  score [01]\\.\\d\\d"));
    }

    @Test
    void rowWidthsOfAFileThatIsNoWholeNumberOfItemsStillFindTheRows(@TempDir Path dir) throws IOException {
        Path picture = rawPicture(dir);
        Path cut = dir.resolve("cut.raw");
        byte[] bytes = Files.readAllBytes(picture);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length + 1)); // a stray trailing byte
        CliRun plain = CliRun.of("inspect", "--file", cut.toString(), "--dtype", "<u2", "--offset", "16", "--json");
        assertThat(plain.out()).contains("buffer size must be a multiple of element size"); // as an array: NumPy's refusal
        CliRun run = CliRun.of("inspect", "--file", cut.toString(), "--dtype", "<u2", "--offset", "16", "--row-widths", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\"ok\": true, \"row_widths\": [{\"bytes\": 88, \"score\": 0.");
    }

    @Test
    void rowWidthsOfASourceTooSmallForTwoRowsIsAnInputError() {
        CliRun run = CliRun.of("inspect", "--hex", "616263", "--dtype", "u1", "--row-widths", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("{\"ok\": false, \"type\": \"InputError\"").contains("too small to find a row width");
        CliRun text = CliRun.of("inspect", "--hex", "616263", "--dtype", "u1", "--row-widths");
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.out() + text.err()).contains("too small to find a row width");
    }

    @Test
    void anNpzMemberWhoseBytesDoNotMatchItsCrcIsNumpysBadZipFileWithExitStatus2(@TempDir Path dir) throws IOException {
        // np.savez(f, first=..., ...) with one byte of first.npy's data changed afterwards
        byte[] zip = Files.readAllBytes(Path.of("../core/src/test/resources/npy/archive_stored.npz"));
        int npy = new String(zip, StandardCharsets.ISO_8859_1).indexOf("\u0093NUMPY");
        zip[npy + 10 + ((zip[npy + 8] & 0xff) | (zip[npy + 9] & 0xff) << 8)] ^= 0x01;
        Path changed = dir.resolve("changed.npz");
        Files.write(changed, zip);
        CliRun run = CliRun.of("inspect", "--file", changed.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("{\"ok\": false, \"type\": \"BadZipFile\", "
                + "\"error\": \"Bad CRC-32 for file 'first.npy'\", \"detail\": \"");
        CliRun text = CliRun.of("inspect", "--file", changed.toString());
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.out() + text.err()).contains("BadZipFile: Bad CRC-32 for file 'first.npy'");
        assertThat(CliRun.of("inspect", "--file", changed.toString(), "--member", "second").exitCode())
                .as("the other members are intact").isZero();
    }
}
