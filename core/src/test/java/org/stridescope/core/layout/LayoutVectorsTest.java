package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.Vectors;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.TupleText;

/**
 * The layout half of the differential test: for every case NumPy 1.24 answered,
 * {@link ArrayConstructors} must agree on ok or error, the exception type and exact message, the
 * shape, the strides (free on axes of length 0 or 1), size, flags, the offset, and the byte where
 * each element starts, as far as the case gives them. Values are the dtype work's part. Cases
 * whose dtype Stridescope refuses for now (80-bit long double) are counted as skipped, never
 * silently passed.
 *
 * <p>Two sets: the shared vectors, and edge cases of the constructors (negative and -1 lengths,
 * 33 axes, huge counts and strides, empty buffers, zero-byte types) made by
 * {@code scripts/vectors/constructor_edges.py} under NumPy 1.24.
 */
class LayoutVectorsTest {

    private static final String[] COLUMNS = {"agreed", "disagreed", "skipped"};

    @ParameterizedTest
    @ValueSource(strings = {"/vectors/numpy-1.24-layouts.jsonl", "/layout/numpy-1.24-constructor-edges.jsonl"})
    void everyCaseAgreesWithNumpyOnTheLayout(String resource) throws IOException {
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int total = 0;
        for (Map<?, ?> c : Vectors.lines(resource)) {
            total++;
            Map<?, ?> input = (Map<?, ?>) c.get("input");
            Map<?, ?> expect = (Map<?, ?>) c.get("expect");
            int[] counts = perCategory.computeIfAbsent((String) c.get("category"), k -> new int[COLUMNS.length]);
            List<String> diffs = new ArrayList<>();
            DType dtype;
            try {
                dtype = DType.parse((String) input.get("dtype"));
            } catch (StridescopeError e) {
                if (e.type().equals(StridescopeError.INPUT_ERROR)) { // a dtype Stridescope refuses for now (long double)
                    counts[2]++;
                    continue;
                }
                compareError(expect, e, diffs);
                record(c, diffs, counts, failures);
                continue;
            }
            try {
                compareLayout(expect, build(input, dtype), diffs);
            } catch (StridescopeError e) {
                compareError(expect, e, diffs);
            }
            record(c, diffs, counts, failures);
        }
        StringBuilder report = new StringBuilder(resource + " per category (agreed / disagreed / skipped):\n");
        perCategory.forEach((k, v) -> report.append(String.format("  %-14s %4d / %d / %d%n", k, v[0], v[1], v[2])));
        System.out.print(report);
        assertThat(total).isGreaterThanOrEqualTo(1000);
        assertThat(failures).as(report + String.join("\n", failures.subList(0, Math.min(20, failures.size()))))
                .isEmpty();
    }

    private static void record(Map<?, ?> c, List<String> diffs, int[] counts, List<String> failures) {
        counts[diffs.isEmpty() ? 0 : 1]++;
        if (!diffs.isEmpty()) {
            failures.add(c.get("id") + " " + c.get("input").toString().replaceAll("hex=[0-9a-f]*", "hex=..")
                    + "\n    " + String.join("\n    ", diffs));
        }
    }

    static Layout build(Map<?, ?> input, DType dtype) {
        long bufferLength = ((String) input.get("hex")).length() / 2;
        long offset = ((Number) input.get("offset")).longValue();
        long[] shape = longs(input.get("shape"));
        if (shape == null) {
            return ArrayConstructors.frombuffer(bufferLength, dtype, ((Number) input.get("count")).longValue(), offset);
        }
        return ArrayConstructors.ndarray(bufferLength, dtype, shape, longs(input.get("strides")), offset);
    }

    private static void compareError(Map<?, ?> expect, StridescopeError e, List<String> diffs) {
        if (Boolean.TRUE.equals(expect.get("ok"))) {
            diffs.add("NumPy built it, we raised " + e + " (" + e.detail() + ")");
            return;
        }
        same(diffs, "type", expect.get("type"), e.type());
        if (expect.containsKey("error")) {
            same(diffs, "message", expect.get("error"), e.getMessage());
        }
        if (e.detail().isBlank()) {
            diffs.add("no plain detail for " + e);
        }
    }

    private static void compareLayout(Map<?, ?> expect, Layout layout, List<String> diffs) {
        if (!Boolean.TRUE.equals(expect.get("ok"))) {
            diffs.add("NumPy raised " + expect.get("type") + ": " + expect.get("error") + ", we built " + layout);
            return;
        }
        long[] shape = longs(expect.get("shape"));
        long[] strides = longs(expect.get("strides"));
        same(diffs, "shape", List.of(boxed(shape)), List.of(boxed(layout.shape())));
        if (expect.containsKey("size")) {
            same(diffs, "size", ((Number) expect.get("size")).longValue(), layout.size());
            same(diffs, "nbytes", ((Number) expect.get("nbytes")).longValue(), layout.nbytes());
        }
        if (expect.containsKey("offset")) {
            same(diffs, "offset", ((Number) expect.get("offset")).longValue(), layout.offset());
        }
        if (strides.length != layout.ndim()) {
            diffs.add("strides: expected " + List.of(boxed(strides)) + ", was " + List.of(boxed(layout.strides())));
        } else {
            for (int k = 0; k < strides.length; k++) {
                if (shape[k] > 1 && strides[k] != layout.stride(k)) {
                    diffs.add("strides: expected " + List.of(boxed(strides)) + ", was " + List.of(boxed(layout.strides())));
                    break;
                }
            }
        }
        Map<?, ?> flags = (Map<?, ?>) expect.get("flags");
        Flags ours = FlagRules.of(layout);
        same(diffs, "c_contiguous", flags.get("c_contiguous"), ours.cContiguous());
        same(diffs, "f_contiguous", flags.get("f_contiguous"), ours.fContiguous());
        same(diffs, "aligned", flags.get("aligned"), ours.aligned());
        same(diffs, "writeable", flags.get("writeable"), ours.writeable());
        Object elements = expect.containsKey("elements") ? expect.get("elements") : List.of();
        for (Object o : (List<?>) elements) {
            Map<?, ?> element = (Map<?, ?>) o;
            long[] index = longs(element.get("index"));
            same(diffs, "byte of " + TupleText.index(index), ((Number) element.get("byte")).longValue(), layout.byteOf(index));
        }
    }

    private static void same(List<String> diffs, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            diffs.add(what + ": expected " + expected + ", was " + actual);
        }
    }

    static long[] longs(Object list) {
        if (list == null) {
            return null;
        }
        List<?> l = (List<?>) list;
        long[] a = new long[l.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = ((Number) l.get(k)).longValue();
        }
        return a;
    }

    private static Long[] boxed(long[] a) {
        Long[] b = new Long[a.length];
        for (int k = 0; k < a.length; k++) {
            b[k] = a[k];
        }
        return b;
    }
}
