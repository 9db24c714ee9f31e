package org.stridescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bfloat16 and float8 on the command line: {@code --dtype bfloat16}, what inspect prints, what export writes. */
class MlFloatsCommandTest {
    /** bfloat16 1.0, 1.2265625, -10.6875, inf, nan, as a little-endian file would hold them. */
    private static final String BF16 = "803f9d3f2bc1807fc07f";

    @Test
    void inspectJsonNamesTheTypeAndPrintsShortestValuesInIt() {
        CliRun run = CliRun.of("inspect", "--hex", BF16, "--dtype", "bfloat16", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\"ok\": true, \"dtype\": \"bfloat16\", \"itemsize\": 2, \"shape\": [5], "
                + "\"strides\": [2], \"offset\": 0, \"size\": 5, \"nbytes\": 10");
        assertThat(run.out()).contains("{\"index\": [1], \"byte\": 2, \"value\": \"1.23\"}")
                .contains("{\"index\": [2], \"byte\": 4, \"value\": \"-10.7\"}")
                .contains("\"repr\": \"array([1.0, 1.23, -10.7, inf, nan], dtype=bfloat16)\"");
    }

    @Test
    void bigEndianBfloat16ReadsTheSameValuesFromSwappedBytes() {
        CliRun run = CliRun.of("inspect", "--hex", "3f80c12b", "--dtype", ">bfloat16", "--json");
        assertThat(run.out()).contains("\"dtype\": \">bfloat16\"").contains("\"value\": \"1.0\"")
                .contains("\"value\": \"-10.7\"");
    }

    @Test
    void float8TypesHaveTheirOwnRangesAndNaNs() {
        CliRun e4 = CliRun.of("inspect", "--hex", "7e7f78ff01", "--dtype", "float8_e4m3fn", "--json");
        assertThat(e4.out()).contains("\"dtype\": \"float8_e4m3fn\", \"itemsize\": 1")
                .contains("\"repr\": \"array([450.0, nan, 260.0, nan, 0.002], dtype='float8_e4m3fn')\"");
        CliRun e5 = CliRun.of("inspect", "--hex", "7b7c7dfc3c", "--dtype", "float8_e5m2", "--json");
        assertThat(e5.out()).contains("\"repr\": \"array([60000.0, inf, nan, -inf, 1.0], dtype='float8_e5m2')\"");
    }

    @Test
    void batchLinesTakeTheNamesToo() {
        String in = "{\"hex\": \"3c7c\", \"dtype\": \"float8_e5m2\", \"shape\": null, \"strides\": null, \"offset\": 0}\n"
                + "{\"hex\": \"3f80\", \"dtype\": \">bfloat16\", \"shape\": [], \"strides\": null, \"offset\": 0}\n";
        String[] lines = CliRun.withInput(in, "inspect", "--batch", "-").out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"repr\": \"array([1.0, inf], dtype='float8_e5m2')\"");
        assertThat(lines[1]).contains("\"dtype\": \">bfloat16\"").contains("\"repr\": \"array(1.0, dtype=bfloat16)\"");
    }

    @Test
    void aRecordWithABfloat16FieldIsNoNpyEither(@TempDir Path dir) {
        Path npy = dir.resolve("r.npy");
        CliRun run = CliRun.of("export", "--hex", "803f01", "--dtype", "[('w', 'bfloat16'), ('id', 'u1')]",
                "--to", npy.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("NumPy has no bfloat16 type");
        assertThat(npy).doesNotExist();
    }

    @Test
    void aSafetensorsNameIsNoDtypeAndTheErrorSaysHowTypesAreWritten() {
        CliRun run = CliRun.of("inspect", "--hex", BF16, "--dtype", "BF16", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("\"type\": \"TypeError\"").contains("data type 'BF16' not understood");
    }

    @Test
    void npyExportIsRefusedWithAReasonWhileCsvAndRawAreWritten(@TempDir Path dir) throws IOException {
        Path npy = dir.resolve("w.npy");
        CliRun refused = CliRun.of("export", "--hex", BF16, "--dtype", "bfloat16", "--to", npy.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("cannot be saved as .npy or .npz: NumPy has no bfloat16 type")
                .contains(".csv").contains(".bin");
        assertThat(npy).doesNotExist();
        assertThat(CliRun.of("export", "--hex", BF16, "--dtype", "bfloat16", "--to", dir.resolve("w.npz").toString())
                .exitCode()).isEqualTo(2);

        Path csv = dir.resolve("w.csv");
        assertThat(CliRun.of("export", "--hex", BF16, "--dtype", "bfloat16", "--expr", "a[::-1]", "--to", csv.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(csv).strip()).isEqualTo("nan,inf,-10.7,1.23,1.0");
        Path bin = dir.resolve("w.bin");
        assertThat(CliRun.of("export", "--hex", BF16, "--dtype", "bfloat16", "--expr", "a[1:3]", "--to", bin.toString())
                .exitCode()).isZero();
        assertThat(Files.readAllBytes(bin)).containsExactly(0x9d, 0x3f, 0x2b, 0xc1);
    }

    @Test
    void aNpyOrNpzMemberWhoseHeaderSaysBfloat16IsRefusedAsNpLoadRefusesIt(@TempDir Path dir) throws IOException {
        // a header np.save never writes (NumPy has no bfloat16): np.load raises
        // ValueError: descr is not a valid dtype descriptor: 'bfloat16' (from TypeError: data type 'bfloat16' not understood)
        String dict = "{'descr': 'bfloat16', 'fortran_order': False, 'shape': (5,), }";
        String padded = dict + " ".repeat(Math.floorMod(-(10 + dict.length() + 1), 64)) + "\n"; // data at a multiple of 64
        java.io.ByteArrayOutputStream npy = new java.io.ByteArrayOutputStream();
        npy.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) padded.length(), 0});
        npy.write(padded.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        npy.write(java.util.HexFormat.of().parseHex(BF16));
        Path file = dir.resolve("w.npy");
        Files.write(file, npy.toByteArray());
        CliRun run = CliRun.of("inspect", "--file", file.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("{\"ok\": false, \"type\": \"ValueError\", "
                + "\"error\": \"descr is not a valid dtype descriptor: 'bfloat16'\"")
                .contains("TypeError: data type 'bfloat16' not understood");

        Path npz = dir.resolve("w.npz");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(npz))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("w.npy"));
            zip.write(npy.toByteArray());
            zip.closeEntry();
        }
        assertThat(CliRun.of("inspect", "--file", npz.toString(), "--member", "w").out())
                .contains("ValueError: descr is not a valid dtype descriptor: 'bfloat16'");
        assertThat(CliRun.of("inspect", "--file", npz.toString(), "--list").out())
                .contains("descr is not a valid dtype descriptor");
        assertThat(run.out()).contains("--dtype bfloat16 --offset 128");
        // as the explanation says: the same bytes with the type typed are ours to read
        CliRun typed = CliRun.of("inspect", "--file", file.toString(), "--dtype", "bfloat16", "--offset", "128", "--json");
        assertThat(typed.exitCode()).isZero();
        assertThat(typed.out()).contains("{\"index\": [1], \"byte\": 130, \"value\": \"1.23\"}");
    }
}
