package org.stridescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.Vectors;
import org.stridescope.core.io.NpyArray;

/** {@code inspect --list} and {@code --member} on the shared tensor samples, as cli.md "Tensor files" says. */
class TensorFilesCommandTest {
    @TempDir
    Path dir;

    private static String sample(String name) throws Exception {
        return Path.of(TensorFilesCommandTest.class.getResource("/tensors/vectors/" + name).toURI()).toString();
    }

    private static Map<?, ?> expected(String file) {
        return Vectors.lines("/tensors/vectors/expect.jsonl").stream().filter(l -> file.equals(l.get("file"))).findFirst()
                .orElseThrow();
    }

    @Test
    void listAsJsonGivesEveryTensorWithByteStridesOffsetAndStorage() throws Exception {
        CliRun run = CliRun.of("inspect", "--file", sample("t2.pt"), "--list", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{\"ok\": true, \"format\": \"pytorch\", \"arrays\": [");
        assertThat(run.out()).contains("{\"name\": \"model.layer.wT\", \"dtype\": \"|i1\", \"shape\": [3, 5], \"strides\": [1, 3],"
                + " \"offset\": 768, \"storage\": \"0\", \"nbytes\": 15}");
        for (Object t : (List<?>) expected("t2.pt").get("tensors")) {
            assertThat(run.out()).contains("\"name\": \"" + ((Map<?, ?>) t).get("name") + "\"");
        }
    }

    @Test
    void listWithoutJsonIsATableAPersonReads() throws Exception {
        CliRun run = CliRun.of("inspect", "--file", sample("h2.h5"), "--list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("HDF5 file, 3 arrays\nname      dtype  shape      strides      offset  size\n");
        assertThat(run.out()).contains("group/d1  >f8    (3,)       (8,)         2168    24 bytes\n");
    }

    @Test
    void memberShowsOneTensorReadInPlaceWithNumpysValues() throws Exception {
        CliRun run = CliRun.of("inspect", "--file", sample("s2.safetensors"), "--member", "ids", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"dtype\": \"<f4\", \"itemsize\": 4, \"shape\": [4, 2, 1], \"strides\": [8, 4, 4],"
                + " \"offset\": 488");
        assertThat(run.out()).contains("\"value\": \"-122.07337\"");
    }

    @Test
    void exportWritesTheChosenTensorAsNumpyWouldSaveIt() throws Exception {
        Path out = dir.resolve("wT.npy");
        CliRun run = CliRun.of("export", "--file", sample("t2.pt"), "--member", "model.layer.wT", "--to", out.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        try (NpyArray a = NpyArray.open(out)) {
            assertThat(a.header().shape()).containsExactly(3, 5);
            byte[] data = Files.readAllBytes(out);
            long at = a.header().dataOffset();
            // w is [[38, -49, -9], [4, 64, -57], ...]: w.T's first row is w's first column
            assertThat(new byte[] {data[(int) at], data[(int) at + 1], data[(int) at + 2]}).containsExactly(38, 4, 77);
        }
    }

    @Test
    void aCompressedStorageIsListedWithItsStridesButNoPlaceInTheFileAndStillOpens() throws Exception {
        String file = Path.of(TensorFilesCommandTest.class.getResource("/tensors/fixtures/views-deflated.pt").toURI()).toString();
        CliRun list = CliRun.of("inspect", "--file", file, "--list", "--json");
        assertThat(list.out()).contains("{\"name\": \"wT\", \"dtype\": \"<f4\", \"shape\": [4, 3], \"strides\": [4, 16],"
                + " \"offset\": null, \"storage\": \"0\", \"nbytes\": 48, \"note\": \"its storage is compressed in the archive:");
        CliRun member = CliRun.of("inspect", "--file", file, "--member", "wT", "--json");
        assertThat(member.exitCode()).isZero();
        assertThat(member.out()).contains("{\"index\": [0, 1], \"byte\": 16, \"value\": \"4.0\"}");
    }

    @Test
    void listOfARawFileSaysWhatListIsFor() throws IOException {
        Path raw = dir.resolve("raw.bin");
        Files.write(raw, new byte[] {1, 2, 3, 4});
        CliRun run = CliRun.of("inspect", "--file", raw.toString(), "--list");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("raw bytes, not a file of named arrays")
                .contains("--list and --member are for .npz archives, PyTorch checkpoints, safetensors and HDF5 files");
    }

    @Test
    void anUnknownMemberNamesTheOnesThereAre() throws Exception {
        CliRun run = CliRun.of("inspect", "--file", sample("t0.pt"), "--member", "model.w", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("no array 'model.w' in t0.pt").contains("model.layer.w");
    }
}
