package org.stridescope.core.dtype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stridescope.core.PythonText;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.Vectors;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.format.ScalarText;

/**
 * The dtype half of NumPy's vectors: for every case NumPy answered, the dtype string gives
 * NumPy's {@code dtype.str} and itemsize, and every element's bytes give NumPy's {@code str()}
 * of it; every refused dtype gives NumPy's exception type and message.
 */
class NumpyVectorsDTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"numpy-1.24-layouts.jsonl", "numpy-1.24-views.jsonl"})
    void dtypesAndElementValuesAgreeWithNumpy(String file) {
        List<String> mismatches = new ArrayList<>();
        Map<String, int[]> perCategory = new TreeMap<>();
        for (Map<?, ?> line : Vectors.lines("/vectors/" + file)) {
            String id = (String) line.get("id");
            Map<?, ?> input = (Map<?, ?>) line.get("input");
            Map<?, ?> expect = (Map<?, ?>) line.get("expect");
            int[] counts = perCategory.computeIfAbsent((String) line.get("category"), c -> new int[3]);
            String dtypeText = (String) input.get("dtype");
            if (Boolean.TRUE.equals(expect.get("ok"))) {
                String elementDtype = (String) expect.get("dtype");
                if (input.get("expr") == null) {
                    String got = strOrError(dtypeText);
                    String want = elementDtype + " " + expect.get("itemsize");
                    if (!want.equals(got)) {
                        mismatches.add(id + " dtype " + dtypeText + ": numpy " + want + " / ours " + got);
                        continue;
                    }
                }
                DType type = DType.parse(elementDtype);
                HeapByteSource bytes = new HeapByteSource(HexFormat.of().parseHex((String) input.get("hex")));
                for (Object o : (List<?>) expect.get("elements")) {
                    Map<?, ?> element = (Map<?, ?>) o;
                    long at = ((Number) element.get("byte")).longValue();
                    String want = (String) element.get("value");
                    String got;
                    try {
                        got = ScalarText.str(type, bytes, at);
                    } catch (StridescopeError e) {
                        got = e.toString();
                    }
                    if (!want.equals(got)) {
                        mismatches.add(id + " " + elementDtype + " @" + at + ": numpy " + PythonText.repr(want) + " / ours " + PythonText.repr(got));
                    }
                }
                counts[0]++;
            } else if (isDtypeError(expect)) {
                String want = expect.get("type") + ": " + expect.get("error");
                String got = strOrError(dtypeText);
                if (!want.equals(got)) {
                    mismatches.add(id + " dtype " + PythonText.repr(dtypeText) + ": numpy " + want + " / ours " + got);
                }
                counts[1]++;
            }
        }
        StringBuilder report = new StringBuilder(file + " (ok cases checked, dtype errors checked, declined):");
        perCategory.forEach((c, n) -> report.append(' ').append(c).append('=').append(n[0]).append('/')
                .append(n[1]).append('/').append(n[2]));
        System.out.println(report);
        assertThat(mismatches).isEmpty();
    }

    private static boolean isDtypeError(Map<?, ?> expect) {
        String error = String.valueOf(expect.get("error"));
        return error.startsWith("data type ") || error.contains("datetime");
    }

    private static String strOrError(String dtypeText) {
        try {
            DType d = DType.parse(dtypeText);
            return d.str() + " " + d.itemsize();
        } catch (StridescopeError e) {
            return e.toString();
        }
    }
}
