package org.stridescope.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.layout.TypedLayout;

/** Viewing bytes as the ml_dtypes floats from the expression bar: by name, or as {@code ml_dtypes.X} types. */
class MlDtypesViewsTest {
    private static final HeapByteSource WEIGHTS = new HeapByteSource(HexFormat.of().parseHex("803f9d3f2bc1807f"));

    private static Inspection view(String expr) {
        return Inspector.inspect(WEIGHTS, TypedLayout.ofFields("<u2", "", "", "0"), expr);
    }

    @Test
    void aViewAsMlDtypesTypesOrTheirNamesReadsTheSameBytes() {
        for (String expr : new String[] {"a.view(ml_dtypes.bfloat16)", "a.view('bfloat16')",
            "a.view(np.dtype(ml_dtypes.bfloat16))"}) {
            Inspection i = view(expr);
            assertThat(i.error()).as(expr).isNull();
            assertThat(i.layout().dtype().str()).isEqualTo("bfloat16");
            assertThat(i.layout().shape()).containsExactly(4);
        }
        Inspection f8 = view("a.view(ml_dtypes.float8_e5m2)[1::2]");
        assertThat(f8.layout().dtype().str()).isEqualTo("float8_e5m2");
        assertThat(f8.layout().strides()).containsExactly(2);
        assertThat(f8.layout().offset()).isEqualTo(1);
    }

    @Test
    void aTypeMlDtypesDoesNotHaveHereSaysWhichItHas() {
        Inspection i = view("a.view(ml_dtypes.float4_e2m1fn)");
        assertThat(i.error().type()).isEqualTo("AttributeError");
        assertThat(i.error().getMessage()).isEqualTo("module 'ml_dtypes' has no attribute 'float4_e2m1fn'");
        assertThat(i.error().detail()).contains("ml_dtypes.bfloat16, ml_dtypes.float8_e4m3fn, ml_dtypes.float8_e5m2");
    }
}
