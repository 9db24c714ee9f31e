package org.stridescope.core.dtype;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stridescope.core.StridescopeError;

/** Properties over any input: parsing never fails badly. Float text: {@code format.FloatTextProperties}. */
class DTypeProperties {

    @Property(tries = 3000)
    void anyStringGivesADtypeOrATypedError(@ForAll("dtypeLike") String text) {
        try {
            DType d = DType.parse(text);
            assertThat(d.itemsize()).isNotNegative();
            if (!d.isStructured() && d.subarray() == null) { // a record's str (|V12) is plain bytes
                assertThat(DType.parse(d.str())).isEqualTo(d);
            }
        } catch (StridescopeError e) {
            assertThat(e.type()).isNotBlank();
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.detail()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> dtypeLike() {
        Arbitrary<String> pieces = Arbitraries.of("<", ">", "=", "|", "!", "f", "i", "u", "c", "S", "U", "V", "M",
                "m", "b", "?", "8", "4", "2", "16", "0", "[", "]", "/", "s", "ms", "D", "W", "generic", "datetime64",
                "float", "int", ",", " ", "(", ")", "-", "+", "\u00b5", "\u03bc", "\ud800", "\t", "'", "\"");
        Arbitrary<String> composed = pieces.list().ofMaxSize(8).map(l -> String.join("", l));
        return Arbitraries.oneOf(composed, Arbitraries.strings().ofMaxLength(12));
    }
}
