package org.stridescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        assertThat(Cli.plainBatch(new String[] {"inspect", "--batch", "@args.txt"})).isNull();
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
}
