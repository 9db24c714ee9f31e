package org.stridescope.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;

class JsonTest {

    @Test
    void batchLineParsesToOrderedMapWithLongsAndNulls() {
        Object v = Json.parse("{\"hex\": \"0102\", \"shape\": [2, -1], \"strides\": null, \"x\": 1.5, \"t\": true}");
        assertThat(v).isInstanceOf(Map.class);
        Map<?, ?> m = (Map<?, ?>) v;
        assertThat(List.copyOf(m.keySet())).isEqualTo(List.of("hex", "shape", "strides", "x", "t"));
        assertThat(m.get("shape")).isEqualTo(List.of(2L, -1L));
        assertThat(m.get("strides")).isNull();
        assertThat(m.get("x")).isEqualTo(1.5);
        assertThat(m.get("t")).isEqualTo(true);
    }

    @Test
    void integersPast64BitsStayExactSoOverflowCanBeReported() {
        assertThat(Json.parse("[9223372036854775808]")).isEqualTo(List.of(new BigInteger("9223372036854775808")));
        assertThat(Json.parse("[-9223372036854775808]")).isEqualTo(List.of(Long.MIN_VALUE));
    }

    @Test
    void badJsonIsAnInputErrorWithTheColumn() {
        assertThatThrownBy(() -> Json.parse("{\"hex\": 01x}"))
                .isInstanceOf(StridescopeError.class)
                .hasMessageContaining("column 11")
                .extracting(e -> ((StridescopeError) e).type()).isEqualTo("InputError");
    }

    @Test
    void nestingTooDeepForTheStackIsAnInputErrorNotACrash() {
        String deep = "[".repeat(200_000);
        assertThatThrownBy(() -> Json.parse(deep))
                .isInstanceOf(StridescopeError.class)
                .hasMessageContaining("nesting deeper than")
                .extracting(e -> ((StridescopeError) e).type()).isEqualTo("InputError");
        String fine = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertThat(Json.parse(fine)).isInstanceOf(List.class);
    }

    @Test
    void writerEscapesEverythingOutsideAsciiIncludingLoneSurrogates() {
        String s = new JsonWriter().beginObject().field("v", "é\ud800\"\n").endObject().toString();
        assertThat(s).isEqualTo("{\"v\": \"\\u00e9\\ud800\\\"\\n\"}");
        assertThat(s.chars().allMatch(c -> c < 128)).isTrue();
    }

    @Property
    void anyStringWrittenReadsBackTheSame(@ForAll String text) {
        String json = new JsonWriter().beginArray().value(text).endArray().toString();
        assertThat(Json.parse(json)).isEqualTo(List.of(text));
    }

    @Property
    void anyIntegerReadsAsALongOrPast64BitsAsABigInteger(@ForAll long n, @ForAll @IntRange(max = 40) int extraDigits) {
        assertThat(Json.parse(Long.toString(n))).isEqualTo(n);
        BigInteger big = BigInteger.valueOf(n).multiply(BigInteger.TEN.pow(extraDigits));
        Object read = Json.parse(big.toString());
        assertThat(read).isEqualTo(big.bitLength() < 64 ? (Object) big.longValue() : big);
    }

    @Property
    void anyInputGivesAValueOrAnInputError(@ForAll String text) {
        try {
            Json.parse(text);
        } catch (StridescopeError e) {
            assertThat(e.type()).isEqualTo("InputError");
        }
    }
}
