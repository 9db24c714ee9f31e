package org.stridescope.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.io.FileKind;
import org.stridescope.core.io.tensors.TensorEntry;
import org.stridescope.core.io.tensors.TensorFile;
import org.stridescope.core.io.tensors.TensorFiles;

/**
 * The tensor lessons show a real checkpoint: their bytes are the committed torch.save output
 * (core's test resources, made by scripts/fixtures/make_tensor_fixtures.py), and their layout is
 * the one the checkpoint's pickle gives the tensor they are about.
 */
class TensorLessonsTest {
    @ParameterizedTest
    @CsvSource({"tensor-transpose, transpose, wT", "tensor-expand, expand, rows", "tensor-state-dict, state-dict, fc.bias"})
    void theLessonIsTheCheckpointAndItsTensor(String lesson, String checkpoint, String tensor) throws Exception {
        Lesson l = LessonLibrary.builtIn().load(lesson);
        byte[] bytes = PasteParser.parse(l.setup().bytes());
        Path file = Path.of(TensorLessonsTest.class.getResource("/tensors/lessons/" + checkpoint + ".pt").toURI());
        assertThat(bytes).isEqualTo(Files.readAllBytes(file));

        HeapByteSource src = new HeapByteSource(bytes, checkpoint + ".pt");
        TensorFile listed = TensorFiles.read(src, FileKind.of(src));
        TensorEntry t = listed.find(tensor, checkpoint + ".pt");
        Map<String, String> layout = Map.of("dtype", t.dtype(), "shape", commas(t.shape()), "offset", Long.toString(t.offset()));
        assertThat(l.setup().dtype()).isEqualTo(layout.get("dtype"));
        assertThat(l.setup().shape().replace(" ", "")).isEqualTo(layout.get("shape"));
        assertThat(l.setup().offset()).isEqualTo(layout.get("offset"));
        if (!l.setup().strides().isBlank()) {
            assertThat(l.setup().strides().replace(" ", "")).isEqualTo(commas(t.strides()));
        }
    }

    private static String commas(long[] v) {
        return String.join(",", java.util.Arrays.stream(v).mapToObj(Long::toString).toList());
    }
}
