package org.stridescope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The small texts every message and view shares: tuples, indices, counts, byte runs. */
class TupleTextTest {

    @Test
    void tuplesAsPythonPrintsThem() {
        assertThat(TupleText.tuple(new long[] {})).isEqualTo("()");
        assertThat(TupleText.tuple(new long[] {3})).isEqualTo("(3,)");
        assertThat(TupleText.tuple(new long[] {2, -3})).isEqualTo("(2, -3)");
    }

    @Test
    void compactShapesAsNumpysMessagesPrintThem() {
        assertThat(TupleText.compact(new long[] {})).isEqualTo("()");
        assertThat(TupleText.compact(new long[] {3})).isEqualTo("(3,)");
        assertThat(TupleText.compact(new long[] {2, 3})).isEqualTo("(2,3)");
    }

    @Test
    void indicesInBrackets() {
        assertThat(TupleText.index(new long[] {})).isEqualTo("[]");
        assertThat(TupleText.index(new long[] {1})).isEqualTo("[1]");
        assertThat(TupleText.index(new long[] {1, 0})).isEqualTo("[1, 0]");
    }

    @Test
    void countsAreSingularForOneOnly() {
        assertThat(CountText.bytes(1)).isEqualTo("1 byte");
        assertThat(CountText.bytes(0)).isEqualTo("0 bytes");
        assertThat(CountText.bytes(BigInteger.TWO.pow(64))).isEqualTo("18446744073709551616 bytes");
        assertThat(CountText.bytes(BigInteger.ONE)).isEqualTo("1 byte");
        assertThat(CountText.axes(1)).isEqualTo("1 axis");
        assertThat(CountText.axes(2)).isEqualTo("2 axes");
        assertThat(CountText.of(1, "element")).isEqualTo("1 element");
        assertThat(CountText.of(-1, "element")).isEqualTo("-1 elements");
    }

    @Test
    void byteRunsNameOneByteOrAnInclusiveRange() {
        assertThat(CountText.byteRun(3, 3)).isEqualTo("byte 3");
        assertThat(CountText.byteRun(12, 15)).isEqualTo("bytes 12..15");
        assertThat(CountText.byteRun(BigInteger.valueOf(-4), BigInteger.valueOf(-1))).isEqualTo("bytes -4..-1");
    }
}
