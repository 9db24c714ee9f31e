package org.stridescope.app.gui.model;

import org.stridescope.core.StridescopeError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stridescope.core.layout.NumberLists;
import org.stridescope.core.Vectors;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.layout.Layout;

/**
 * Every case of NumPy 1.24's views vectors typed into the window's model: the shown array is
 * NumPy's view (shape, strides, offset, the byte each element reads), or NumPy's error on the
 * expression field with the last array kept.
 */
class ExpressionVectorsTest {
    @Test
    @SuppressWarnings("unchecked")
    void everyViewVectorIsNumpysViewInTheWindow() {
        List<Map<?, ?>> lines = Vectors.lines("/vectors/numpy-1.24-views.jsonl");
        assertThat(lines).hasSizeGreaterThan(500);
        for (Map<?, ?> line : lines) {
            Map<String, Object> c = (Map<String, Object>) line;
            Map<String, Object> in = (Map<String, Object>) c.get("input");
            Map<String, Object> expect = (Map<String, Object>) c.get("expect");
            String id = (String) c.get("id") + " " + in.get("expr");
            MainViewModel vm = new MainViewModel();
            vm.load(new HeapByteSource(HexFormat.of().parseHex((String) in.get("hex")), "case"));
            vm.dtypeTextProperty().set((String) in.get("dtype"));
            vm.shapeTextProperty().set(list(in.get("shape")));
            vm.stridesTextProperty().set(list(in.get("strides")));
            vm.offsetTextProperty().set(String.valueOf(in.get("offset")));
            ShownArray a = vm.array();
            assertThat(vm.errorProperty().get()).as(id + ": a itself").isNull();
            vm.applyExpression((String) in.get("expr"));
            if (Boolean.TRUE.equals(expect.get("ok"))) {
                assertThat(vm.errorProperty().get()).as(id).isNull();
                Layout v = vm.array().layout();
                long[] shape = NumberLists.parse(list(expect.get("shape")), "shape");
                long[] strides = NumberLists.parse(list(expect.get("strides")), "strides");
                assertThat(v.shape()).as(id + " shape").containsExactly(shape);
                for (int k = 0; k < shape.length; k++) {
                    if (shape[k] > 1) { // a stride on an axis of length 0 or 1 is never used
                        assertThat(v.stride(k)).as(id + " stride " + k).isEqualTo(strides[k]);
                    }
                }
                for (Map<String, Object> el : (List<Map<String, Object>>) expect.get("elements")) {
                    long[] index = NumberLists.parse(list(el.get("index")), "index");
                    long at = ((Number) el.get("byte")).longValue();
                    assertThat(vm.array().bytesOf(index).start()).as(id + " byte of " + el.get("index")).isEqualTo(at);
                    assertThat(vm.array().value(index)).as(id + " value").isEqualTo(el.get("value"));
                }
            } else {
                assertThat(vm.errorProperty().get()).as(id).isNotNull();
                if (vm.errorProperty().get() != null) {
                    assertThat(vm.errorProperty().get().type()).as(id).isEqualTo(expect.get("type"));
                    if (expect.containsKey("error")) { // NumPy's own errors; ours (CopyRequired, BoundsError) give no message
                        assertThat(vm.errorProperty().get().getMessage()).as(id).isEqualTo(expect.get("error"));
                    }
                    assertThat(vm.errorProperty().get().detail()).as(id).isNotBlank();
                    assertThat(vm.errorFieldProperty().get()).as(id).isEqualTo(StridescopeError.Argument.EXPR);
                    assertThat(vm.array()).as(id + " keeps a").isSameAs(a);
                    assertThat(vm.staleProperty().get()).as(id).isTrue();
                }
            }
        }
    }

    private static String list(Object json) {
        return ((List<?>) json).stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElse("()");
    }
}
