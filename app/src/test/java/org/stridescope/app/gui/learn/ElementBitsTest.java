package org.stridescope.app.gui.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;

/**
 * The element's bytes, their order and their bits, in words. Values and bit fields are NumPy
 * 1.24's ({@code np.frombuffer(...)}, {@code np.float32(x).view('<u4')}).
 */
class ElementBitsTest {

    static List<String> lines(String hex, String dtype, long pos) {
        HeapByteSource source = new HeapByteSource(HexFormat.of().parseHex(hex), "test");
        return ElementBits.of(source, DType.parse(dtype), pos).stream().map(ElementBits.Line::toString).toList();
    }

    @Test
    void bigEndianIntsReadTheFirstByteAsMostSignificant() {
        // b'aaabaaacaaadaaae' as '>i4': element at byte 12 is 1633771877
        assertThat(lines("61616162616161636161616461616165", ">i4", 12)).containsExactly(
                "memory: 61 61 61 65",
                "order: big-endian ('>'): the first byte, 12, is the most significant",
                "number: 0x61616165 = 1633771877",
                "value: 1633771877");
    }

    @Test
    void littleEndianIntsReadTheLastByteAsMostSignificant() {
        // the same bytes as '<i4': 0x62616161 = 1650549089
        assertThat(lines("61616162616161636161616461616165", "<i4", 0)).containsExactly(
                "memory: 61 61 61 62",
                "order: little-endian ('<'): the last byte, 3, is the most significant",
                "number: 0x62616161 = 1650549089",
                "value: 1650549089");
    }

    @Test
    void negativeIntsSayTwosComplement() {
        // np.frombuffer(bytes.fromhex('ffffff85'), '>i4')[0] == -123
        assertThat(lines("ffffff85", ">i4", 0)).contains("number: 0xffffff85 = -123 (top bit set: two's complement, minus 2^32)");
    }

    @Test
    void floatsShowSignExponentAndMantissaBits() {
        // np.float32(0.7534336).view('<u4') == 0b0_01111110_10000001110000100000110: exponent 126, fraction 4251910
        assertThat(lines("06e1403f", "<f4", 0)).containsExactly(
                "memory: 06 e1 40 3f",
                "order: little-endian ('<'): the last byte, 3, is the most significant",
                "bits: 0 01111110 10000001110000100000110",
                "sign: 0: positive",
                "exponent: 01111110 = 126, minus the bias 127: 2^-1",
                "mantissa: 1 + 4251910/2^23 = " + (1 + 4251910 / Math.scalb(1.0, 23)),
                "decodes to: +" + (1 + 4251910 / Math.scalb(1.0, 23)) + " × 2^-1 = 0.7534336");
    }

    @Test
    void infinityNanAndZeroAreNamedByTheirExponent() {
        assertThat(lines("7f800000", ">f4", 0)).contains("decodes to: inf = inf");
        assertThat(lines("7fc00000", ">f4", 0)).contains("mantissa: not all zeros: NaN (not a number)");
        assertThat(lines("80000000", ">f4", 0)).contains("decodes to: -0 = -0.0");
    }

    @Test
    void mlFloatsShowTheirOwnFieldWidths() {
        // bfloat16 1.2265625 = 0x3f9d: sign 0, exponent 01111111 (127), mantissa 0011101 (29)
        assertThat(lines("9d3f", "bfloat16", 0)).containsExactly(
                "memory: 9d 3f",
                "order: little-endian ('<'): the last byte, 1, is the most significant",
                "bits: 0 01111111 0011101",
                "sign: 0: positive",
                "exponent: 01111111 = 127, minus the bias 127: 2^0",
                "mantissa: 1 + 29/2^7 = 1.2265625",
                "decodes to: +1.2265625 × 2^0 = 1.23");
        // float8_e5m2 -1.5 = 0xbe: 1 01111 10
        assertThat(lines("be", "float8_e5m2", 0)).contains("bits: 1 01111 10",
                "exponent: 01111 = 15, minus the bias 15: 2^0", "decodes to: -1.5 × 2^0 = -1.5");
        assertThat(lines("7c", "float8_e5m2", 0)).contains("decodes to: inf = inf");
    }

    @Test
    void e4m3fnHasNoInfinityItsTopExponentIsANumberButForOneNaN() {
        // 0x7e = 0 1111 110 = 1.75 × 2^8 = 448, the largest float8_e4m3fn
        assertThat(lines("7e", "float8_e4m3fn", 0)).contains("bits: 0 1111 110",
                "exponent: 1111 = 15, all ones but still a number (float8_e4m3fn has no infinity), minus the bias 7: 2^8",
                "decodes to: +1.75 × 2^8 = 450.0");
        assertThat(lines("7f", "float8_e4m3fn", 0)).contains("bits: 0 1111 111",
                "mantissa: all ones: NaN (not a number)", "decodes to: nan = nan");
    }

    @Test
    void complexNumbersExplainBothParts() {
        // np.array([3-4j], '<c8'): real 3.0 in bytes 0..3, imaginary -4.0 in bytes 4..7
        List<String> l = lines("00004040000080c0", "<c8", 0);
        assertThat(l).contains("parts: real part bytes 0..3, imaginary part bytes 4..7",
                "real decodes to: +1.5 × 2^1 = 3.0", "imaginary sign: 1: negative",
                "imaginary decodes to: -1.0 × 2^2 = -4.0", "value: (3-4j)");
    }

    @Test
    void bytesUnicodeAndBoolSayTheirRule() {
        assertThat(lines("61620000", "S4", 0)).contains("value: b'ab'");
        assertThat(lines("61000000e9000000", "<U2", 0)).contains("characters: U+0061 'a'  U+00E9 'é'", "value: aé");
        assertThat(lines("02", "?", 0)).containsExactly("memory: 02", "rule: any byte other than 00 is True", "value: True");
    }

    @Test
    void datetimesAreACountOfUnitsSince1970() {
        // np.frombuffer((86400).to_bytes(8, 'little'), '<M8[s]')[0] == 1970-01-02T00:00:00
        assertThat(lines("8051010000000000", "<M8[s]", 0))
                .contains("count: 86400 units of s after 1970-01-01T00:00", "value: 1970-01-02T00:00:00");
    }

    @Test
    void aRecordSaysWhereEachFieldsBytesAre() {
        // np.ndarray((1,), np.dtype([('x', '<f4'), ('y', '<i2')], align=True), b)[0] == (1.0393836e+21, 24929)
        assertThat(lines("61616162616161636161616461616165", "np.dtype([('x', '<f4'), ('y', '<i2')], align=True)", 0))
                .containsExactly(
                        "memory: 61 61 61 62 61 61 61 63",
                        "field x: bytes 0..3 (<f4)",
                        "field y: bytes 4..5 (<i2)",
                        "value: (1.0393836e+21, 24929)");
    }
}
