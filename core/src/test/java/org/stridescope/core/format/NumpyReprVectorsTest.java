package org.stridescope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.Vectors;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Scalar;

/**
 * Every {@code expect.repr} of NumPy's vectors: the array is rebuilt from the expected dtype,
 * shape and each element's byte offset (C order), and its repr must be NumPy's to the character.
 */
class NumpyReprVectorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"numpy-1.24-layouts.jsonl", "numpy-1.24-views.jsonl"})
    void everyReprAgreesWithNumpy(String file) throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Map<?, ?> line : Vectors.lines("/vectors/" + file)) {
            Map<?, ?> input = (Map<?, ?>) line.get("input");
            Map<?, ?> expect = (Map<?, ?>) line.get("expect");
            if (!Boolean.TRUE.equals(expect.get("ok")) || expect.get("repr") == null) {
                continue;
            }
            String want = (String) expect.get("repr");
            String dtypeText = (String) expect.get("dtype");
            DType dtype = DType.parse(dtypeText);
            DType asWritten = parseOrNull((String) input.get("dtype"));
            if (asWritten != null && asWritten.equals(dtype)) {
                dtype = asWritten; // keeps what the string says beyond dtype.str, such as 'q' vs 'l'
            }
            List<?> shapeList = (List<?>) expect.get("shape");
            long[] shape = new long[shapeList.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = ((Number) shapeList.get(i)).longValue();
            }
            List<?> elements = (List<?>) expect.get("elements");
            HeapByteSource bytes = new HeapByteSource(HexFormat.of().parseHex((String) input.get("hex")));
            DType type = dtype;
            ElementReader reader = k -> Scalar.read(type,
                    bytes, ((Number) ((Map<?, ?>) elements.get((int) k)).get("byte")).longValue());
            String got;
            try {
                got = ArrayRepr.repr(dtype, shape, reader);
            } catch (StridescopeError e) {
                got = e.toString();
            }
            if (!want.equals(got)) {
                mismatches.add(line.get("id") + " " + dtypeText + "\n" + want + "\n" + got);
            }
            checked++;
        }
        System.out.println(file + ": " + checked + " reprs checked");
        assertThat(mismatches).isEmpty();
    }

    private static DType parseOrNull(String text) {
        try {
            return DType.parse(text);
        } catch (StridescopeError e) {
            return null;
        }
    }
}
