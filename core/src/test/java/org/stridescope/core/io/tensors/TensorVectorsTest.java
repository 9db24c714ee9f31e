package org.stridescope.core.io.tensors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stridescope.core.Vectors;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.MlFloatsTensorVectorsTest;
import org.stridescope.core.format.FloatText;
import org.stridescope.core.format.ScalarText;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.layout.CIndexWalk;

/**
 * Every tensor of the shared sample files (made by PyTorch 1.13, h5py 3.7 and by hand for
 * safetensors; {@code tensors/vectors/expect.jsonl}) and of our own fixtures
 * ({@code scripts/fixtures/make_tensor_fixtures.py}: views, nested state dicts, parameters,
 * dtypes, a deflated checkpoint, chunked HDF5, .npz): where it lies in the file, which storage
 * it views, and its values as NumPy prints them, read in place from the file.
 */
class TensorVectorsTest {
    @TestFactory
    Stream<DynamicTest> everyTensorOfEverySharedSample() {
        return Vectors.lines("/tensors/vectors/expect.jsonl").stream()
                .map(line -> DynamicTest.dynamicTest((String) line.get("file"), () -> check("vectors", line)));
    }

    @TestFactory
    Stream<DynamicTest> everyTensorOfEveryFixture() {
        return Vectors.lines("/tensors/fixtures/expect.jsonl").stream()
                .map(line -> DynamicTest.dynamicTest((String) line.get("file"), () -> check("fixtures", line)));
    }

    /** Files of scripts/fixtures/fuzz_models.py on which Stridescope once disagreed with the libraries. */
    @TestFactory
    Stream<DynamicTest> everyTensorOfEveryFuzzFinding() {
        return Vectors.lines("/tensors/fuzz/expect.jsonl").stream()
                .map(line -> DynamicTest.dynamicTest((String) line.get("file"), () -> check("fuzz", line)));
    }

    static Path resource(String name) throws URISyntaxException {
        return resource("vectors", name);
    }

    static Path resource(String folder, String name) throws URISyntaxException {
        return Path.of(TensorVectorsTest.class.getResource("/tensors/" + folder + "/" + name).toURI());
    }

    private static void check(String folder, Map<?, ?> line) throws Exception {
        Path file = resource(folder, (String) line.get("file"));
        TensorFile listed = TensorFiles.list(file);
        assertThat(listed.format().id()).isEqualTo(line.get("format"));
        assertThat(listed.problem()).isEmpty();
        List<?> expected = (List<?>) line.get("tensors");
        assertThat(listed.arrays()).extracting(TensorEntry::name).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(t -> (String) ((Map<?, ?>) t).get("name")).toList());
        for (Object o : expected) {
            Map<?, ?> want = (Map<?, ?>) o;
            String name = (String) want.get("name");
            TensorEntry got = listed.arrays().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
            String what = file.getFileName() + " " + name;
            assertThat(got.dtypeStr()).as(what).isEqualTo(want.get("dtype"));
            assertThat(got.shape()).as(what).isEqualTo(longs(want.get("shape")));
            assertThat(got.nbytes()).as(what).isEqualTo(got.size() * TensorDTypes.itemsize(got.dtype()));
            if (want.get("strides") == null) { // not one block of the file (chunked HDF5, nothing written): listed, with why
                if (got.size() > 0) { // an empty one has nothing to read: listed in place or not
                    assertThat(got.readable()).as(what).isFalse();
                    assertThat(got.note()).as(what).isNotBlank();
                }
                continue;
            }
            assertThat(got.strides()).as(what).isEqualTo(longs(want.get("strides")));
            if (want.get("offset") == null) { // in a compressed member: read from its inflated copy
                assertThat(got.offset()).as(what).isEqualTo(-1);
                assertThat(got.packed()).as(what).isNotNull();
            } else {
                assertThat(got.offset()).as(what).isEqualTo(((Long) want.get("offset")).longValue());
            }
            if (listed.format() == TensorFormat.PYTORCH) {
                assertThat(got.storage()).as(what).isEqualTo(want.containsKey("storage") ? want.get("storage") : got.storage())
                        .isNotNull();
            }
            assertThat(values(file, name)).as(what).isEqualTo(expectedText(got.dtype(), (List<?>) want.get("values")));
        }
        if (listed.format() == TensorFormat.PYTORCH) {
            checkSharing(listed);
        }
    }

    /**
     * The values as Stridescope prints them: NumPy's text as it is, but the vectors write bfloat16
     * and float8 values as Python floats, which print as the shortest decimal of their bits in
     * that type (cli.md, "Tensor files").
     */
    private static List<?> expectedText(String dtype, List<?> values) {
        FloatFormat ml = DType.parse(dtype).mlFloat();
        if (ml == null) {
            return values;
        }
        return values.stream().map(v -> FloatText.str(MlFloatsTensorVectorsTest.inType(ml, Double.parseDouble((String) v)))).toList();
    }

    /** Tensors whose bytes overlap name the same storage; tensors of one storage lie in one zip member. */
    private static void checkSharing(TensorFile listed) {
        for (TensorEntry a : listed.arrays()) {
            for (TensorEntry b : listed.arrays()) {
                if (a.offset() >= 0 && b.offset() >= 0 && a.size() > 0 && b.size() > 0 && a.offset() <= last(b) && b.offset() <= last(a)) {
                    assertThat(a.storage()).as(a.name() + " and " + b.name() + " read the same bytes")
                            .isEqualTo(b.storage());
                }
            }
        }
    }

    private static long last(TensorEntry t) {
        long end = t.offset();
        for (int k = 0; k < t.shape().length; k++) {
            end += (t.shape()[k] - 1) * t.strides()[k];
        }
        return end + TensorDTypes.itemsize(t.dtype()) - 1;
    }

    /** The tensor's values, opened as the command line's --member opens it: in place, nothing copied. */
    static List<String> values(Path file, String member) {
        try (DataFile data = DataFile.open(file, member)) {
            if (data.tensor() != null && data.tensor().packed() == null) { // in place: the whole file is the buffer
                assertThat(data.source().size()).isEqualTo(file.toFile().length());
            }
            Inspection inspection = Inspector.inspect(data.source(), data.layoutSpec(), null);
            if (!inspection.isOk()) {
                throw inspection.error();
            }
            List<String> out = new ArrayList<>();
            CIndexWalk.walk(inspection.layout(), 0, Long.MAX_VALUE, (flat, index, pos) ->
                    out.add(ScalarText.str(inspection.layout().dtype(), inspection.source(), pos)));
            return out;
        }
    }

    private static long[] longs(Object list) {
        return ((List<?>) list).stream().mapToLong(v -> (Long) v).toArray();
    }
}
