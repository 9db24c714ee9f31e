package org.stridescope.core.inspect;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.json.Json;
import org.stridescope.core.layout.LayoutSpec;

/** One line of {@code inspect --batch}: {@code {"hex", "dtype", "shape", "strides", "offset", "count", "expr"}}. */
public record BatchLine(HeapByteSource source, LayoutSpec spec, String expr) {

    /** @throws StridescopeError InputError saying which key is wrong and how */
    public static BatchLine parse(String line) {
        if (line.isBlank()) {
            throw StridescopeError.inputError("a blank line is not a batch case",
                    "Each line is one object like {\"hex\": \"0102\", \"dtype\": \"<i2\"}; every line gets an answer"
                            + " line, so the answers stay in step with the lines.");
        }
        if (!(Json.parse(line) instanceof Map<?, ?> map)) {
            throw StridescopeError.inputError("a batch line must be a JSON object",
                    "Each line is one object like {\"hex\": \"0102\", \"dtype\": \"<i2\"}.");
        }
        return of(map);
    }

    /** From a parsed batch object; unknown keys are ignored. */
    public static BatchLine of(Map<?, ?> map) {
        Object hex = map.get("hex");
        byte[] bytes = hex == null ? new byte[0] : PasteParser.parse(text(hex, "hex"));
        String dtype = map.get("dtype") == null ? LayoutSpec.DEFAULT_DTYPE : text(map.get("dtype"), "dtype");
        long[] shape = numbers(map.get("shape"), "shape");
        long[] strides = numbers(map.get("strides"), "strides");
        long offset = map.get("offset") == null ? 0 : number(map.get("offset"), "offset");
        long count = map.get("count") == null ? -1 : number(map.get("count"), "count");
        Object expr = map.get("expr");
        return new BatchLine(new HeapByteSource(bytes), new LayoutSpec(dtype, shape, strides, offset, count),
                expr == null ? null : text(expr, "expr"));
    }

    public Inspection inspect() {
        return Inspector.inspect(source, spec, expr);
    }

    private static String text(Object value, String key) {
        if (value instanceof String s) {
            return s;
        }
        throw StridescopeError.inputError("\"" + key + "\" must be a string", "Write it in quotes.");
    }

    private static long[] numbers(Object value, String key) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw StridescopeError.inputError("\"" + key + "\" must be a list of integers or null", "For example [2, 2].");
        }
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(list.get(i), key);
        }
        return out;
    }

    private static long number(Object value, String key) {
        if (value instanceof Long n) {
            return n;
        }
        if (value instanceof BigInteger) {
            // NumPy converts sizes to C long (int64) and raises past it
            throw new StridescopeError("OverflowError", "Python int too large to convert to C long",
                    "\"" + key + "\" holds " + value + ", which does not fit in 64 bits.");
        }
        throw StridescopeError.inputError("\"" + key + "\" must be an integer, not " + value, "Write whole numbers.");
    }
}
