package org.stridescope.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.Vectors;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.DTypeText;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.InspectionJson;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.json.Json;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.LayoutSpec;

/**
 * Structured .npy/.npz files: the ones {@code scripts/fixtures/records.py} made with NumPy 1.24
 * (packed, {@code align=True} with padding, gaps, titles, Fortran order, an .npz) open with NumPy's
 * dtype, shape, values and repr; and exported record views load back in NumPy equal to the view,
 * byte for byte (padding included), under the header {@code np.save} writes.
 */
class RecordsFilesTest {
    @TempDir
    Path dir;

    @Test
    void numpysStructuredFilesOpenWithNumpysValuesAndRepr() throws Exception {
        Path folder = Path.of(RecordsFilesTest.class.getResource("/records/expect.jsonl").toURI()).getParent();
        List<String> diffs = new ArrayList<>();
        for (Map<?, ?> c : Vectors.lines("/records/expect.jsonl")) {
            String member = (String) c.get("member");
            try (DataFile f = DataFile.open(folder.resolve((String) c.get("file")), member)) {
                LayoutSpec spec = f.layoutSpec();
                Inspection inspection = Inspector.inspect(f.source(), spec, null);
                Map<?, ?> ours = (Map<?, ?>) Json.parse(InspectionJson.of(inspection));
                String what = c.get("file") + (member == null ? "" : ":" + member);
                same(diffs, what + " dtype", c.get("dtype"), ours.get("dtype"));
                same(diffs, what + " shape", c.get("shape"), ours.get("shape"));
                same(diffs, what + " repr", c.get("repr"), ours.get("repr"));
                List<Object> values = new ArrayList<>();
                for (Object e : (List<?>) ours.get("elements")) {
                    values.add(((Map<?, ?>) e).get("value"));
                }
                same(diffs, what + " values", c.get("values"), values);
                same(diffs, what + " descr", c.get("descr"), DTypeText.descr(inspection.layout().dtype()));
            }
        }
        assertThat(diffs).isEmpty();
    }

    private static void same(List<String> diffs, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            diffs.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static final String CHECK = String.join("\n",
            "import sys, io, numpy as np",
            "src, dtype, shape, strides, offset, npy = sys.argv[1:]",
            "ints = lambda s: tuple(int(x) for x in s.split(',') if x)",
            "raw = open(src, 'rb').read()",
            "view = np.ndarray(ints(shape), np.dtype(eval(dtype)), buffer=raw, offset=int(offset), strides=ints(strides))",
            "got = np.load(npy)",
            "assert got.dtype == view.dtype, (got.dtype, view.dtype)",
            "assert got.shape == view.shape and got.tobytes() == view.tobytes(), 'values differ'",
            "b = io.BytesIO(); np.save(b, view.copy(order='C'))  # its padding bytes are whatever copy() left there",
            "header = len(b.getvalue()) - view.nbytes",
            "assert open(npy, 'rb').read()[:header] == b.getvalue()[:header], 'header differs from np.save'",
            "print('ok')");

    @Test
    void exportedRecordViewsLoadBackInNumpyEqual() throws Exception {
        byte[] buffer = new byte[2048];
        new Random(13).nextBytes(buffer);
        Path src = dir.resolve("source.bin");
        Files.write(src, buffer);
        String[][] views = {
                {"[('x', '<f4'), ('pos', '<i2', (3,)), ('sub', [('a', 'u1'), ('b', '>f8')])]", "3,2", "40,20", "8"},
                {"np.dtype([('a', 'u1'), ('b', '<i4'), ('c', '<f8')], align=True)", "4", "-16", "100"},
                {"{'names': ['id', 'val'], 'formats': ['<u2', '<f4'], 'offsets': [2, 8], 'itemsize': 16}", "5", "32", "0"},
        };
        Assumptions.assumeTrue(NumpyReadsExportsTest.python("import numpy; print('ok')").equals("ok"), "numpy missing");
        for (String[] v : views) {
            DType dtype = DType.parse(v[0]);
            Layout view = new Layout(dtype, longs(v[1]), longs(v[2]), Long.parseLong(v[3]));
            Path npy = dir.resolve("v.npy");
            ViewExport.export(new HeapByteSource(buffer), view, npy, ProgressMonitor.NONE);
            String dtypeText = v[0].startsWith("np.dtype") ? v[0].substring(9, v[0].lastIndexOf(", align")) : v[0];
            String check = v[0].startsWith("np.dtype") ? CHECK.replace("np.dtype(eval(dtype))",
                    "np.dtype(eval(dtype), align=True)") : CHECK;
            assertThat(NumpyReadsExportsTest.python(check, src.toString(), dtypeText, v[1], v[2], v[3], npy.toString()))
                    .as(v[0]).isEqualTo("ok");
        }
    }

    @Test
    void fieldsOutOfOrderCannotBeSavedAsNpy() {
        DType dtype = DType.parse("{'names': ['b', 'a'], 'formats': ['<i4', '<i4'], 'offsets': [4, 0]}");
        Layout view = new Layout(dtype, new long[] {2}, new long[] {8}, 0);
        assertThatThrownBy(() -> ViewExport.export(new HeapByteSource(new byte[16]), view, dir.resolve("o.npy"),
                ProgressMonitor.NONE)).hasMessageContaining("cannot be saved as .npy");
    }

    @Test
    void recordsExportToCsvAColumnPerScalarField() throws Exception {
        // np.ndarray((2,), [('x','<i2'),('pos','u1',(2,)),('sub',[('a','u1')])], bytes(range(10)))
        // == [(256, [2, 3], (4,)), (1541, [7, 8], (9,))]
        DType dtype = DType.parse("[('x','<i2'),('pos','u1',(2,)),('sub',[('a','u1')])]");
        byte[] bytes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Path csv = dir.resolve("r.csv");
        ViewExport.export(new HeapByteSource(bytes), new Layout(dtype, new long[] {2}, new long[] {5}, 0), csv,
                ProgressMonitor.NONE);
        assertThat(Files.readString(csv)).isEqualTo("x,pos[0],pos[1],sub.a\n256,2,3,4\n1541,7,8,9\n");
    }

    private static long[] longs(String s) {
        return java.util.Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray();
    }
}
