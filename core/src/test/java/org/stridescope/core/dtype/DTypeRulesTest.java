package org.stridescope.core.dtype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.format.FloatText;
import org.stridescope.core.format.ScalarText;

/**
 * One test per rule of NumPy's dtype language and scalar text, each with examples whose
 * expected answers are what NumPy 1.24 ({@code /usr/bin/python3}) printed.
 */
class DTypeRulesTest {

    private static String str(String dtype) {
        return DType.parse(dtype).str();
    }

    private static String error(String dtype) {
        try {
            return "ok " + DType.parse(dtype);
        } catch (StridescopeError e) {
            return e.toString();
        }
    }

    private static String scalar(String dtype, String hex) {
        return ScalarText.str(DType.parse(dtype), new HeapByteSource(HexFormat.of().parseHex(hex)), 0);
    }

    @ParameterizedTest
    @CsvSource({"=f8,<f8", "|f8,<f8", "<f8,<f8", ">f8,>f8", "|i4,<i4", "=M8[D],<M8[D]", ">U3,>U3", "|M8,<M8"})
    void equalsPipeAndNativeOrderNormaliseToLittleEndian(String in, String out) {
        assertThat(str(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({">b,|i1", ">?,|b1", ">S3,|S3", "<V3,|V3", ">u1,|u1", "<a8,|S8"})
    void oneByteTypesAndByteStringsIgnoreTheByteOrder(String in, String out) {
        assertThat(str(in)).isEqualTo(out);
    }

    @Test
    void bangAndDoubledPrefixesAreNotUnderstood() {
        assertThat(error("<<f8")).isEqualTo("TypeError: data type '<<f8' not understood");
        assertThat(error("!f8")).isEqualTo("TypeError: data type '!f8' not understood");
        assertThat(error("<>i4")).isEqualTo("TypeError: data type '<>i4' not understood");
    }

    @Test
    void sizesAreReadLikeCStrtolSoLeadingSpacesAndSignsPass() {
        assertThat(str("S 8")).isEqualTo("|S8");
        assertThat(str("S+8")).isEqualTo("|S8");
        assertThat(str("i04")).isEqualTo("<i4");
        assertThat(str("i+4")).isEqualTo("<i4");
        assertThat(error("i4 ")).isEqualTo("TypeError: data type 'i4 ' not understood");
        assertThat(error(" f8")).isEqualTo("TypeError: data type ' f8' not understood");
        assertThat(error("i-4")).isEqualTo("TypeError: data type 'i-4' not understood");
    }

    @Test
    void kindAndSizeOnlyInTheSizesNumpyHas() {
        assertThat(error("i3")).isEqualTo("TypeError: data type 'i3' not understood");
        assertThat(error("f5")).isEqualTo("TypeError: data type 'f5' not understood");
        assertThat(error("u16")).isEqualTo("TypeError: data type 'u16' not understood");
        assertThat(error("I8")).isEqualTo("TypeError: data type 'I8' not understood");
        assertThat(error("b3")).isEqualTo("TypeError: data type 'b3' not understood");
        assertThat(str("b1")).isEqualTo("|b1");
        assertThat(str("c8")).isEqualTo("<c8");
    }

    @Test
    void emptyAndOddStringsQuoteTheirTextLikePython() {
        assertThat(error("")).isEqualTo("TypeError: data type '' not understood");
        assertThat(error("a'b")).isEqualTo("TypeError: data type \"a'b\" not understood");
        assertThat(error("f8\n")).isEqualTo("TypeError: data type 'f8\\n' not understood");
    }

    @Test
    void typeNamesAreLookedUpWithTheWholeString() {
        assertThat(str("float64")).isEqualTo("<f8");
        assertThat(error("<float64")).isEqualTo("TypeError: data type '<float64' not understood");
        assertThat(error("Float64")).isEqualTo("TypeError: data type 'Float64' not understood");
        assertThat(error("uint_")).isEqualTo("TypeError: data type 'uint_' not understood");
    }

    @ParameterizedTest
    @CsvSource({"half,<f2", "single,<f4", "double,<f8", "float,<f8", "intc,<i4", "longlong,<i8", "ubyte,|u1",
        "csingle,<c8", "cfloat,<c16", "int,<i8", "uint,<u8", "bool_,|b1", "bool8,|b1", "string_,|S0",
        "unicode,<U0", "void,|V0", "p,<i8", "P,<u8", "short,<i2", "ushort,<u2"})
    void aliasesNameTheirNumpyTypes(String name, String out) {
        assertThat(str(name)).isEqualTo(out);
    }

    @Test
    void stringKindsWithoutSizeAreSizeZeroAndCIsOneByte() {
        assertThat(str("S")).isEqualTo("|S0");
        assertThat(str("a")).isEqualTo("|S0");
        assertThat(str("U")).isEqualTo("<U0");
        assertThat(str("V")).isEqualTo("|V0");
        assertThat(str("c")).isEqualTo("|S1");
        assertThat(DType.parse("U3").itemsize()).isEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource({"M8[15m],<M8[15m]", "datetime64[ns],<M8[ns]", "m8[2Y],<m8[2Y]", "M8[1W],<M8[W]", "M8[01s],<M8[s]",
        "M8[ 15m],<M8[15m]", "M8[generic],<M8", "M8[2generic],<M8", "M8[μs],<M8[us]", "M8[D/2],<M8[12h]",
        "M8[15m/2],<M8[450s]", "M8[W/4],<M8[42h]", "M8[Y/5],<M8[73D]", "M8[fs/1000],<M8[as]", "M,<M8",
        "timedelta64,<m8", ">M8[s],>M8[s]"})
    void datetimeUnitsMultipliersAndDivisors(String in, String out) {
        assertThat(str(in)).isEqualTo(out);
    }

    @Test
    void badDatetimeUnitsGiveNumpysMessages() {
        assertThat(error("M8[xs]")).isEqualTo("TypeError: Invalid datetime unit in metadata string \"[xs]\"");
        assertThat(error("M8[-1s]")).isEqualTo("TypeError: Invalid datetime metadata string \"[-1s]\" at position 1");
        assertThat(error("M8[s]x")).isEqualTo("TypeError: Invalid datetime metadata string \"[s]x\" at position 3");
        assertThat(error("M8[]")).isEqualTo("TypeError: Invalid datetime metadata string \"[]\"");
        assertThat(error("M8[s/3]")).isEqualTo(
                "ValueError: divisor (3) is not a multiple of a lower-unit in datetime metadata \"[s/3]\"");
        assertThat(error("M8[generic/2]")).isEqualTo("ValueError: Can't use 'den' divisor with generic units");
        assertThat(error("M16")).isEqualTo("TypeError: data type 'M16' not understood");
    }

    @Test
    void commaStringsMakeRecordsAndSubarrays() {
        DType rec = DType.parse("i4,f8");
        assertThat(rec.str()).isEqualTo("|V12");
        assertThat(rec.fields().list()).extracting(Field::name).containsExactly("f0", "f1");
        assertThat(rec.fields().get("f1").offset()).isEqualTo(4);
        assertThat(DType.parse("2i4").subarray().shape()).containsExactly(2);
        assertThat(DType.parse("i4,")).isEqualTo(DType.parse("<i4"));
        assertThat(DType.parse("i4, f8")).isEqualTo(rec);
    }

    @ParameterizedTest
    @CsvSource({"g,<f16", "G,<c32", "f16,<f16", "c32,<c32", "longdouble,<f16", "complex256,<c32", ">g,>f16",
        "float128,<f16", "clongdouble,<c32"})
    void longDoubleIsTheX87ExtendedTypeIn16Bytes(String in, String out) {
        assertThat(str(in)).isEqualTo(out);
    }

    @Test
    void longDoublePrintsShortestDigitsOfItsOwn64BitPrecision() {
        // np.longdouble('0.1'), np.longdouble(1)/3 and np.longdouble(2)**-16400 (subnormal)
        assertThat(scalar("<f16", "cdccccccccccccccfb3f000000000000")).isEqualTo("0.1");
        assertThat(scalar("<f16", "abaaaaaaaaaaaaaafd3f000000000000")).isEqualTo("0.33333333333333333334");
        assertThat(scalar(">f16", "0000000000003ffd aaaaaaaaaaaaaaab".replace(" ", "")))
                .isEqualTo("0.33333333333333333334");
    }

    @ParameterizedTest
    @CsvSource({"0100,6e-08", "ff03,6.1e-05", "0004,6.104e-05", "ff7b,65500.0", "0080,-0.0", "007c,inf",
        "00fc,-inf", "007e,nan", "5535,0.3333", "663c,1.1"})
    void float16PrintsShortestDigitsOfItsOwnPrecisionSubnormalsIncluded(String littleEndianHex, String text) {
        assertThat(scalar("<f2", littleEndianHex)).isEqualTo(text);
    }

    @Test
    void floatsArePositionalFrom1eMinus4To1e16AndScientificOutside() {
        assertThat(FloatText.str(1e-4f)).isEqualTo("1e-04"); // float32(1e-4) is just below 1e-4
        assertThat(FloatText.str(1e-4)).isEqualTo("0.0001");
        assertThat(FloatText.str(1e16)).isEqualTo("1e+16");
        assertThat(FloatText.str(9999999999999998.0)).isEqualTo("9999999999999998.0");
        assertThat(FloatText.str(5e-324)).isEqualTo("5e-324");
        assertThat(FloatText.str(0.1f)).isEqualTo("0.1");
    }

    @Test
    void floatsAreShorterThanJava17WhereJavaIsNotShortest() {
        assertThat(FloatText.str(-2.31845256772633248E17)).isEqualTo("-2.3184525677263325e+17");
        assertThat(FloatText.str(6.8479835487449702E18)).isEqualTo("6.84798354874497e+18");
        assertThat(FloatText.str(-9.2869978E8f)).isEqualTo("-928699800.0");
        assertThat(FloatText.str(4.7824072E18f)).isEqualTo("4.782407e+18");
    }

    @Test
    void bothByteOrdersDecodeTheSameValue() {
        assertThat(scalar("<f8", "000000000000f83f")).isEqualTo("1.5");
        assertThat(scalar(">f8", "3ff8000000000000")).isEqualTo("1.5");
        assertThat(scalar(">i2", "fffe")).isEqualTo("-2");
        assertThat(scalar("<u8", "ffffffffffffffff")).isEqualTo("18446744073709551615");
    }

    @Test
    void complexPrintsLikePython() {
        assertThat(FloatText.complexStr(FloatFormat.DOUBLE, bits(1.5), bits(-2))).isEqualTo("(1.5-2j)");
        assertThat(FloatText.complexStr(FloatFormat.DOUBLE, bits(0), bits(1))).isEqualTo("1j");
        assertThat(FloatText.complexStr(FloatFormat.DOUBLE, bits(Double.NaN), bits(Double.POSITIVE_INFINITY)))
                .isEqualTo("(nan+infj)");
        assertThat(FloatText.complexStr(FloatFormat.DOUBLE, bits(-0.0), bits(0))).isEqualTo("(-0+0j)");
        assertThat(FloatText.complexStr(FloatFormat.DOUBLE, bits(0), bits(-0.0))).isEqualTo("-0j");
        assertThat(FloatText.complexStr(FloatFormat.DOUBLE, bits(0), bits(0))).isEqualTo("0j");
    }

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    @Test
    void bytesPrintAsPythonBytesReprWithTrailingNulsStripped() {
        assertThat(scalar("S3", "612762")).isEqualTo("b\"a'b\"");
        assertThat(scalar("S3", "612262")).isEqualTo("b'a\"b'");
        assertThat(scalar("S4", "61272262")).isEqualTo("b'a\\'\"b'");
        assertThat(scalar("S5", "7800790000")).isEqualTo("b'x\\x00y'");
    }

    @Test
    void voidPrintsEveryByteInUpperCaseHex() {
        assertThat(scalar("V4", "61620063")).isEqualTo("b'\\x61\\x62\\x00\\x63'");
    }

    @Test
    void unicodeKeepsLoneSurrogatesAndRefusesOneCharacterPastUnicode() {
        assertThat(scalar("<U2", "41000000" + "00dc0000")).isEqualTo("A\udc00");
        assertThatThrownBy(() -> scalar("<U1", "00001100"))
                .hasMessage("invalid maximum character passed to PyUnicode_New");
    }

    @Test
    void datetimesPrintIsoDownToTheirUnitAndTimedeltasCountUnits() {
        assertThat(scalar("<M8[D]", "0100000000000000")).isEqualTo("1970-01-02");
        assertThat(scalar("<M8[15m]", "0100000000000000")).isEqualTo("1970-01-01T00:15");
        assertThat(scalar("<M8[D]", "c0bdf0ffffffffff")).isEqualTo("-768-02-04");
        assertThat(scalar("<m8[15m]", "0100000000000000")).isEqualTo("15 minutes");
        assertThat(scalar("<m8[D]", "0100000000000000")).isEqualTo("1 days");
        assertThat(scalar("<M8[s]", "0000000000000080")).isEqualTo("NaT");
        assertThatThrownBy(() -> scalar("<M8", "0500000000000000"))
                .hasMessage("Cannot convert a NumPy datetime value other than NaT with generic units");
        assertThat(scalar("<m8", "0500000000000000")).isEqualTo("5 generic time units");
    }
}
