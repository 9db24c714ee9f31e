package org.stridescope.app.gui.form;

import java.util.List;
import java.util.Locale;

/** Common dtype strings offered in the dtype combo, each with words to search it by. */
public final class DTypeChoices {
    /** A dtype string and what it is called. */
    public record Choice(String code, String words) {
        boolean matches(String typed) {
            String t = typed.strip().toLowerCase(Locale.ROOT);
            return code.toLowerCase(Locale.ROOT).contains(t) || words.toLowerCase(Locale.ROOT).contains(t);
        }

        @Override
        public String toString() {
            return code;
        }
    }

    public static final List<Choice> COMMON = List.of(
            new Choice("<f8", "float64 double little-endian"),
            new Choice("<f4", "float32 single little-endian"),
            new Choice("<f2", "float16 half little-endian"),
            new Choice("bfloat16", "bf16 brain float ml_dtypes machine learning little-endian"),
            new Choice("float8_e4m3fn", "fp8 f8 e4m3 ml_dtypes machine learning"),
            new Choice("float8_e5m2", "fp8 f8 e5m2 ml_dtypes machine learning"),
            new Choice("<i8", "int64 long little-endian"),
            new Choice("<i4", "int32 int little-endian"),
            new Choice("<i2", "int16 short little-endian"),
            new Choice("i1", "int8 signed byte"),
            new Choice("<u8", "uint64 unsigned little-endian"),
            new Choice("<u4", "uint32 unsigned little-endian"),
            new Choice("<u2", "uint16 unsigned little-endian"),
            new Choice("u1", "uint8 unsigned byte"),
            new Choice("?", "bool boolean"),
            new Choice("<c8", "complex64 little-endian"),
            new Choice("<c16", "complex128 little-endian"),
            new Choice(">f8", "float64 double big-endian"),
            new Choice(">f4", "float32 single big-endian"),
            new Choice(">i4", "int32 big-endian network"),
            new Choice(">i2", "int16 big-endian network"),
            new Choice(">u4", "uint32 big-endian network"),
            new Choice("S8", "bytes string 8"),
            new Choice("<U4", "str unicode text 4 characters"),
            new Choice("V4", "void raw 4 bytes"),
            new Choice("<M8[s]", "datetime64 seconds"),
            new Choice("<M8[D]", "datetime64 days date"),
            new Choice("<m8[ms]", "timedelta64 milliseconds"));

    private DTypeChoices() {
    }

    /** The choices whose code or words contain what was typed. */
    public static List<Choice> matching(String typed) {
        return COMMON.stream().filter(c -> c.matches(typed)).toList();
    }
}
