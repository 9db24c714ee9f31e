package org.stridescope.core.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stridescope.core.StridescopeError;

class PasteParserTest {

    /** One row of formats.tsv, made by scripts/make_paste_fixtures.py from Python, xxd and hexdump. */
    record Fixture(String name, byte[] expected, String format, String text) {
        @Override
        public String toString() {
            return name + " as " + format;
        }
    }

    static List<Fixture> fixtures() throws IOException {
        List<Fixture> out = new ArrayList<>();
        try (InputStream in = PasteParserTest.class.getResourceAsStream("/paste/formats.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                String[] f = line.split("\t", -1);
                out.add(new Fixture(f[0], HexFormat.of().parseHex(f[1]), f[2],
                        new String(Base64.getDecoder().decode(f[3]), StandardCharsets.US_ASCII)));
            }
        }
        return out;
    }

    private static final Map<String, String> FORMAT_NAMES = Map.ofEntries(
            Map.entry("repr", "Python bytes literal"), Map.entry("literal", "Python bytes literal"),
            Map.entry("xxd", "xxd dump"), Map.entry("xxd_g1", "xxd dump"), Map.entry("xxd_a", "xxd dump"),
            Map.entry("hexdump_c", "hexdump -C dump"), Map.entry("xxd_i", "hex"), Map.entry("xxd_p", "hex"),
            Map.entry("hex_spaced", "hex"), Map.entry("hex_colon", "hex"),
            Map.entry("xxd_i_file", "array initialiser"), Map.entry("python_list", "array initialiser"),
            Map.entry("java_array", "array initialiser"), Map.entry("base64", "base64"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void whatTheToolsPrintReadsBackAsTheSameBytes(Fixture f) {
        PasteParser.Result r = PasteParser.parseDetailed(f.text());
        assertThat(HexFormat.of().formatHex(r.bytes())).isEqualTo(HexFormat.of().formatHex(f.expected()));
        if (f.expected().length > 0) {
            assertThat(r.format()).isEqualTo(FORMAT_NAMES.get(f.format()));
        }
    }

    @Test
    void theSeedLiteralIsSixteenAsciiBytes() {
        assertThat(PasteParser.parse("b'aaabaaacaaadaaae'"))
                .isEqualTo("aaabaaacaaadaaae".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void hexIsReadWithOrWithoutSeparatorsAndPrefixes() {
        byte[] deadbeef = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef};
        for (String text : List.of("deadbeef", "DEADBEEF", "de ad be ef", "de:ad:be:ef", "de-ad-be-ef", "de,ad,be,ef",
                "dead beef", "de\nad\nbe\nef\n", "0xde 0xad 0xbe 0xef", "0xde, 0xad, 0xbe, 0xef", "0xdeadbeef",
                "\\xde\\xad\\xbe\\xef", "  deadbeef  ", "de;ad;be;ef", "dea\ndbeef")) {
            assertThat(PasteParser.parseDetailed(text)).as(text)
                    .satisfies(r -> assertThat(r.bytes()).isEqualTo(deadbeef))
                    .satisfies(r -> assertThat(r.format()).isEqualTo("hex"));
        }
    }

    @Property(tries = 2000)
    void hexDigitPairsAloneReadAsTheirBytesInEitherCase(@ForAll byte[] bytes, @ForAll long caseBits) {
        char[] hex = HexFormat.of().formatHex(bytes).toCharArray();
        for (int i = 0; i < hex.length; i++) {
            if ((caseBits >>> (i % 64) & 1) != 0) {
                hex[i] = Character.toUpperCase(hex[i]);
            }
        }
        PasteParser.Result r = PasteParser.parseDetailed(new String(hex));
        assertThat(r.bytes()).isEqualTo(bytes);
        assertThat(r.format()).isEqualTo(bytes.length == 0 ? "empty" : "hex");
    }

    @Test
    void anOddRunOfHexDigitsIsAnErrorAtItsLastDigit() {
        assertThatThrownBy(() -> PasteParser.parse("deadbee"))
                .hasMessage("line 1, column 7: odd number of hex digits: this last digit has no partner");
    }

    @Test
    void aSingleDigitBetweenSeparatorsIsOneByte() {
        assertThat(PasteParser.parse("0:1a:2b:f")).containsExactly(0x00, 0x1a, 0x2b, 0x0f);
    }

    @Test
    void aGroupWithAnOddNumberOfDigitsIsAnErrorAtThatGroup() {
        assertThatThrownBy(() -> PasteParser.parse("dead bee"))
                .isInstanceOfSatisfying(StridescopeError.class, e -> {
                    assertThat(e.type()).isEqualTo("InputError");
                    assertThat(e.getMessage()).isEqualTo("line 1, column 6: odd number of hex digits (3) in one group");
                });
        assertThatThrownBy(() -> PasteParser.parse("deadbeef\nabc"))
                .hasMessage("line 2, column 3: odd number of hex digits: this last digit has no partner");
    }

    @Test
    void aCharacterThatIsNoHexDigitIsNamedWithItsLineAndColumn() {
        assertThatThrownBy(() -> PasteParser.parse("00 11\n22 3g"))
                .isInstanceOfSatisfying(StridescopeError.class, e -> {
                    assertThat(e.type()).isEqualTo("InputError");
                    assertThat(e.getMessage()).isEqualTo("line 2, column 5: expected a hex digit (0-9, a-f) or a"
                            + " separator (space, ':', '-', ','), found 'g'");
                    assertThat(e.detail()).contains("plain hex");
                });
    }

    @Test
    void anUnclosedBytesLiteralSaysWhereItWasOpened() {
        assertThatThrownBy(() -> PasteParser.parse("b'abc"))
                .hasMessage("line 1, column 6: expected the closing quote ' of the literal opened at line 1, column 2,"
                        + " found the end of the text");
        assertThatThrownBy(() -> PasteParser.parse("b'ab\ncd'"))
                .hasMessageStartingWith("line 1, column 5: expected the closing quote ' before the end of the line");
    }

    @Test
    void aBadHexEscapeInALiteralIsAnError() {
        assertThatThrownBy(() -> PasteParser.parse("b'\\x4g'"))
                .hasMessage("line 1, column 6: expected a second hex digit after \\x4, found 'g'");
    }

    @Test
    void nonAsciiCharactersInABytesLiteralAreRefusedLikePythonDoes() {
        assertThatThrownBy(() -> PasteParser.parse("b'caf\u00e9'"))
                .hasMessage("line 1, column 6: bytes literals can only contain ASCII characters, found '\u00e9'");
    }

    @Test
    void arrayInitialisersOfCJavaAndPythonAreRead() {
        assertThat(PasteParser.parse("{0x01, 2, -1}")).containsExactly(1, 2, 0xff);
        assertThat(PasteParser.parse("new byte[]{(byte) 0x80, -128, 127, 0b101, 'a', '\\n', '\\x41', 010,}"))
                .containsExactly(0x80, 0x80, 127, 5, 'a', '\n', 'A', 8);
        assertThat(PasteParser.parse("unsigned char x[] = { 0x61u, /* b */ 98, // c\n 99 };\nunsigned int x_len = 3;"))
                .containsExactly('a', 'b', 'c');
        assertThat(PasteParser.parse("bytes([97, 98])")).containsExactly('a', 'b');
        assertThat(PasteParser.parse("{{1, 2}, {3, 4}}")).containsExactly(1, 2, 3, 4);
        assertThat(PasteParser.parse("int8_t a[0] = {};")).isEmpty();
    }

    @Test
    void anArrayValueThatDoesNotFitAByteIsAnError() {
        assertThatThrownBy(() -> PasteParser.parse("{1, 2,\n 300}"))
                .hasMessage("line 2, column 2: expected a value from -128 to 255 (one byte), found 300");
        assertThatThrownBy(() -> PasteParser.parse("{1 2}"))
                .hasMessage("line 1, column 4: expected ',' or '}', found '2'");
    }

    @Test
    void base64IsRecognisedWhenHexCannotReadIt() {
        assertThat(PasteParser.parseDetailed("YWFhYmFhYWNhYWFkYWFhZQ==").bytes())
                .isEqualTo("aaabaaacaaadaaae".getBytes(StandardCharsets.US_ASCII));
        assertThat(PasteParser.parseDetailed("base64:YWFh").format()).isEqualTo("base64");
        assertThat(PasteParser.parseDetailed("abcd").format()).isEqualTo("hex");
    }

    @Test
    void aHexTypoIsAnErrorAtTheTypoNotBase64() {
        assertThatThrownBy(() -> PasteParser.parse("61zz"))
                .hasMessageStartingWith("line 1, column 3: expected a hex digit");
        assertThatThrownBy(() -> PasteParser.parse("deadbeefcafebabe00zz"))
                .hasMessageStartingWith("line 1, column 19: expected a hex digit");
    }

    @Test
    void xxdOffsetsMustFollowOnFromTheBytesAbove() {
        String dump = "00000000: 6161 6162  aaab\n00000008: 6161  aa\n";
        assertThatThrownBy(() -> PasteParser.parse(dump))
                .hasMessageStartingWith("line 2, column 1: expected offset 4, found 00000008");
    }

    @Test
    void pythonCallsAroundTheBytesAreReadAsTheirArgument() {
        assertThat(PasteParser.parseDetailed("bytes.fromhex('de ad be ef')"))
                .satisfies(r -> assertThat(r.bytes()).containsExactly(0xde, 0xad, 0xbe, 0xef))
                .satisfies(r -> assertThat(r.format()).isEqualTo("hex"));
        assertThat(PasteParser.parse("bytearray(b'ab\\x00')")).containsExactly('a', 'b', 0);
        assertThat(PasteParser.parse("bytes([1, 2, 255])")).containsExactly(1, 2, 255);
        assertThatThrownBy(() -> PasteParser.parse("\nbytes.fromhex('de ag')"))
                .hasMessageStartingWith("line 2, column 20: expected a hex digit");
    }

    @Test
    void blankTextIsNoBytes() {
        assertThat(PasteParser.parseDetailed(" \n ")).satisfies(r -> assertThat(r.bytes()).isEmpty());
    }

    // --- fuzzing: any input gives bytes or an InputError with a position, never another exception

    private static void bytesOrInputErrorWithPosition(String text) {
        try {
            PasteParser.parse(text);
        } catch (StridescopeError e) {
            assertThat(e.type()).isEqualTo(StridescopeError.INPUT_ERROR);
            assertThat(e.getMessage()).matches("(?s)line \\d+, column \\d+: .+");
        }
    }

    @Property(tries = 3000)
    void anyTextGivesBytesOrAnInputErrorWithAPosition(@ForAll String text) {
        bytesOrInputErrorWithPosition(text);
    }

    @Property(tries = 5000)
    void textMadeOfPasteCharactersGivesBytesOrAnInputError(
            @ForAll @Chars({'0', '1', 'a', 'f', 'x', 'X', 'b', 'r', 'g', 'z', '\\', '\'', '"', ' ', '\n', ':', '-', ',',
                    '{', '}', '[', ']', '(', ')', '|', '*', '=', '+', '/', '#', ';', '\r', '\u00e9'})
            @StringLength(max = 60) String text) {
        bytesOrInputErrorWithPosition(text);
    }

    @Provide
    Arbitrary<String> mutatedFixtures() throws IOException {
        List<String> texts = fixtures().stream().map(Fixture::text).filter(t -> !t.isEmpty()).toList();
        return Arbitraries.of(texts).flatMap(t -> Arbitraries.integers().between(0, t.length() - 1).flatMap(
                at -> Arbitraries.chars().with('0', 'g', ' ', '\n', '\'', '\\', '*', ':', '|', '{', '}', ',', 'x', '=')
                        .flatMap(c -> Arbitraries.of(0, 1, 2).map(op -> switch (op) {
                            case 0 -> t.substring(0, at) + t.substring(at + 1);
                            case 1 -> t.substring(0, at) + c + t.substring(at + 1);
                            default -> t.substring(0, at) + c + t.substring(at);
                        }))));
    }

    @Property(tries = 5000)
    void aRealPasteWithOneCharacterChangedGivesBytesOrAnInputError(@ForAll("mutatedFixtures") String text) {
        bytesOrInputErrorWithPosition(text);
    }

}
