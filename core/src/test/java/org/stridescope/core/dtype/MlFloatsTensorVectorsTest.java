package org.stridescope.core.dtype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stridescope.core.Vectors;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.format.FloatText;
import org.stridescope.core.format.ScalarText;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Layout;

/**
 * The bfloat16 and float8 tensors of the shared tensor vectors ({@code vectors/tensors/expect.jsonl},
 * written by PyTorch 1.13 and by hand), read from their files' bytes at the layout the vectors give:
 * every value is the Python float the vectors hold, exactly, and prints as that value's shortest
 * decimal in its own type (cli.md, "Tensor files": the vectors write these values as Python floats).
 */
public class MlFloatsTensorVectorsTest {

    @Test
    void everyMlFloatTensorReadsThePythonFloatsOfTheVectors() throws IOException {
        int tensors = 0;
        int values = 0;
        List<String> wrong = new ArrayList<>();
        for (Map<?, ?> file : Vectors.lines("/tensors/vectors/expect.jsonl")) {
            for (Object o : (List<?>) file.get("tensors")) {
                Map<?, ?> t = (Map<?, ?>) o;
                DType dtype = DType.parse((String) t.get("dtype"));
                if (dtype.mlFloat() == null) {
                    continue;
                }
                HeapByteSource bytes = new HeapByteSource(read("/tensors/vectors/" + file.get("file")));
                Layout layout = new Layout(dtype, longs(t.get("shape")), longs(t.get("strides")),
                        ((Number) t.get("offset")).longValue());
                List<?> expected = (List<?>) t.get("values");
                assertThat((long) expected.size()).isEqualTo(layout.size());
                String where = file.get("file") + " " + t.get("name");
                CIndexWalk.walk(layout, 0, layout.size(), (flat, index, pos) -> {
                    String python = (String) expected.get((int) flat);
                    Scalar s = Scalar.read(dtype, bytes, pos);
                    if (s.toFloat64() != Double.parseDouble(python)) {
                        wrong.add(where + " [" + flat + "] is " + s.toFloat64() + ", Python says " + python);
                    }
                    String shortest = FloatText.str(inType(dtype.mlFloat(), Double.parseDouble(python)));
                    if (!ScalarText.str(s).equals(shortest)) {
                        wrong.add(where + " [" + flat + "] prints " + ScalarText.str(s) + ", not " + shortest);
                    }
                });
                tensors++;
                values += expected.size();
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(tensors).isEqualTo(12);
        System.out.printf("tensor vectors: %d bfloat16/float8 tensors, %d values%n", tensors, values);
    }

    /** The pattern of {@code format} holding exactly {@code value} (the vectors hold only such values). */
    public static FloatValue inType(FloatFormat format, double value) {
        for (int bits = 0; bits < 1 << (8 * format.bytes()); bits++) {
            if (Double.doubleToRawLongBits(format.toDouble(bits)) == Double.doubleToRawLongBits(value)) {
                return new FloatValue(format, bits);
            }
        }
        throw new AssertionError(value + " is no " + format.mlName());
    }

    private static long[] longs(Object list) {
        return ((List<?>) list).stream().mapToLong(n -> ((Number) n).longValue()).toArray();
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = MlFloatsTensorVectorsTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
