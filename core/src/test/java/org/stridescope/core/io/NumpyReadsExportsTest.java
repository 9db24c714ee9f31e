package org.stridescope.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.Layout;

/**
 * Asks NumPy itself (when /usr/bin/python3 with numpy is there; skipped otherwise) to load what
 * the exporter wrote: the .npy must be exactly the bytes {@code np.save} writes for the same view
 * built with {@code np.ndarray(shape, dtype, buffer, offset, strides)} (copied to C order first, as
 * the export is always in C order), and {@code np.load} of the
 * .npz must give that view's dtype, shape and bytes.
 */
class NumpyReadsExportsTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    private static final String CHECK = String.join("\n",
            "import sys, numpy as np",
            "src, dtype, shape, strides, offset, npy, npz = sys.argv[1:]",
            "ints = lambda s: tuple(int(x) for x in s.split(',') if x)",
            "raw = open(src, 'rb').read()",
            "view = np.ndarray(ints(shape), dtype, buffer=raw, offset=int(offset), strides=ints(strides))",
            "import io",
            "b = io.BytesIO(); np.save(b, view.copy(order='C'))  # np.save would keep an F-contiguous view in F order",
            "assert open(npy, 'rb').read() == b.getvalue(), 'npy differs from np.save'",
            "z = np.load(npz)['arr_0']",
            "assert z.dtype.str == view.dtype.str and z.shape == view.shape and z.tobytes() == view.tobytes(), 'npz differs'",
            "print('ok')");

    @Test
    void numpySavesExactlyWhatWeExportForStridedViews() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        byte[] buffer = new byte[4096];
        new Random(7).nextBytes(buffer);
        Path src = dir.resolve("source.bin");
        Files.write(src, buffer);
        List<Object[]> views = List.of(
                new Object[] {">i4", new long[] {4, 3}, new long[] {48, -8}, 400L},
                new Object[] {"<f8", new long[] {3, 5, 2}, new long[] {8, 160, 24}, 16L},
                new Object[] {"|u1", new long[] {7}, new long[] {0}, 5L},
                new Object[] {"<c8", new long[] {}, new long[] {}, 8L},
                new Object[] {"|S3", new long[] {2, 0}, new long[] {3, 6}, 0L},
                new Object[] {"<u2", new long[] {100, 10}, new long[] {2, 200}, 1L});
        for (Object[] v : views) {
            DType dtype = DType.parse((String) v[0]);
            Layout view = new Layout(dtype, (long[]) v[1], (long[]) v[2], (Long) v[3]);
            Path npy = dir.resolve("v.npy");
            Path npz = dir.resolve("v.npz");
            HeapByteSource source = new HeapByteSource(buffer);
            ViewExport.export(source, view, npy, ProgressMonitor.NONE);
            ViewExport.export(source, view, npz, ProgressMonitor.NONE);
            Assumptions.assumeTrue(numpyPresent(), "numpy missing");
            assertThat(python(CHECK, src.toString(), (String) v[0], join((long[]) v[1]), join((long[]) v[2]),
                    String.valueOf(v[3]), npy.toString(), npz.toString())).as(view.toString()).isEqualTo("ok");
        }
    }

    private static String join(long[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Long::toString).toList());
    }

    private static boolean numpyPresent() throws IOException, InterruptedException {
        return python("import numpy; print('ok')").equals("ok");
    }

    static String python(String code, String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 3];
        cmd[0] = PYTHON.toString();
        cmd[1] = "-c";
        cmd[2] = code;
        System.arraycopy(args, 0, cmd, 3, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }
}
