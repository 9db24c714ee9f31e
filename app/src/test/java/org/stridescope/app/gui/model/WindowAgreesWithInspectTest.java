package org.stridescope.app.gui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.inspect.BatchLine;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.json.Json;

/**
 * The window's form and {@code stridescope inspect} are one path from typed text to an array:
 * for every NumPy vector a form can express, the window shows what {@code inspect} reports:
 * the same view and flags (WRITEABLE included), or the same error under the field it is about.
 */
class WindowAgreesWithInspectTest {
    private static final Path VECTORS = Path.of("..", "core", "src", "test", "resources", "vectors");

    @Test
    void everyLayoutAndViewVectorGivesTheWindowWhatInspectReports() throws IOException {
        int compared = 0;
        for (String file : List.of("numpy-1.24-layouts.jsonl", "numpy-1.24-views.jsonl")) {
            for (String line : Files.readAllLines(VECTORS.resolve(file))) {
                compared += compare(line) ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(1800);
    }

    @Test
    void anEmptyFlattenIsNumpysOwnWriteableArrayInTheStatusBarAndExplainFlags() {
        MainViewModel vm = new MainViewModel();
        vm.load(new HeapByteSource(new byte[0], "empty"));
        vm.dtypeTextProperty().set("<i4");
        vm.shapeTextProperty().set("0");
        assertThat(vm.array().flags().writeable()).isFalse();
        assertThat(vm.arraySummaryProperty().get()).contains("read-only");
        vm.applyExpression("a.flatten()");
        assertThat(vm.errorProperty().get()).isNull();
        // np.empty... a.flatten().flags.writeable is True: NumPy's copy is its own
        assertThat(vm.array().flags().writeable()).isTrue();
        assertThat(vm.arraySummaryProperty().get()).contains("WRITEABLE").doesNotContain("read-only");
        assertThat(org.stridescope.app.gui.learn.FlagList.of(vm.array().layout(), vm.array().ownsData()))
                .filteredOn(r -> r.name().equals("writeable")).singleElement()
                .satisfies(r -> assertThat(r.set()).isTrue());
    }

    @Test
    void theFieldThatCarriesAnErrorIsTheOneNumpysCheckIsAbout() {
        MainViewModel vm = MainViewModelTest.seed(); // 16 bytes, >i4, shape 2,2
        vm.offsetTextProperty().set("-4");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.OFFSET);
        vm.offsetTextProperty().set("4"); // the shape alone fits: the offset pushes it past the end
        assertThat(vm.errorProperty().get().getMessage()).isEqualTo("buffer is too small for requested array");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.OFFSET);
        vm.offsetTextProperty().set("0");
        vm.shapeTextProperty().set("3,3");
        assertThat(vm.errorProperty().get().getMessage()).isEqualTo("buffer is too small for requested array");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.SHAPE);
        vm.shapeTextProperty().set("2,2");
        vm.stridesTextProperty().set("8");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.STRIDES);
        vm.stridesTextProperty().set("");
        vm.offsetTextProperty().set("four");
        assertThat(vm.errorProperty().get().type()).isEqualTo("InputError");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.OFFSET);
    }

    /** True if the vector was typed into the window (the form has no frombuffer count). */
    @SuppressWarnings("unchecked")
    private static boolean compare(String line) {
        Map<String, Object> c = (Map<String, Object>) Json.parse(line);
        Map<String, Object> in = (Map<String, Object>) c.get("input");
        if (in.get("count") != null && ((Number) in.get("count")).longValue() != -1) {
            return false;
        }
        String id = c.get("id") + " " + in;
        Inspection inspect;
        try {
            inspect = BatchLine.of(in).inspect();
        } catch (StridescopeError e) {
            return false; // a hex or key the batch format refuses: nothing for a form to type
        }
        MainViewModel vm = new MainViewModel();
        byte[] bytes = new byte[(int) inspect.source().size()];
        inspect.source().read(0, bytes, 0, bytes.length);
        vm.load(new HeapByteSource(bytes, "case"));
        String expr = (String) in.get("expr");
        vm.setLayout((String) in.getOrDefault("dtype", "<f8"), list(in.get("shape"), "()"), list(in.get("strides"), "()"),
                String.valueOf(in.getOrDefault("offset", 0)), expr == null ? "" : expr);
        StridescopeError error = vm.errorProperty().get();
        if (!inspect.isOk()) {
            assertThat(error).as(id).isNotNull();
            assertThat(error.toString()).as(id).isEqualTo(inspect.error().toString());
            return true;
        }
        assertThat(error).as(id).isNull();
        ShownArray shown = vm.array();
        assertThat(shown.layout().shape()).as(id).containsExactly(inspect.layout().shape());
        assertThat(shown.layout().strides()).as(id).containsExactly(inspect.layout().strides());
        assertThat(shown.layout().offset()).as(id).isEqualTo(inspect.layout().offset());
        assertThat(shown.flags()).as(id).isEqualTo(inspect.flags());
        return true;
    }

    /** A JSON list as the form takes it: {@code 2,3}; null is {@code absent}. */
    private static String list(Object value, String emptyList) {
        if (value == null) {
            return "";
        }
        List<?> items = (List<?>) value;
        if (items.isEmpty()) {
            return emptyList;
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : items) {
            sb.append(sb.length() == 0 ? "" : ",").append(o);
        }
        return sb.toString();
    }
}
