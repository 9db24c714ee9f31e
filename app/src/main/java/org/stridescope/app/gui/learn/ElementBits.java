package org.stridescope.app.gui.learn;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Field;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.FloatValue;
import org.stridescope.core.dtype.Scalar;
import org.stridescope.core.format.FloatText;
import org.stridescope.core.format.ScalarText;

/**
 * How one element's bytes become its value, as labelled lines: the bytes in memory order, which
 * byte is most significant in this byte order, the number they spell, and for floats the sign,
 * exponent and mantissa bits and what they decode to; for complex numbers both parts. Decoding
 * is core's ({@link Scalar#read}); this only says it in words.
 */
public final class ElementBits {
    private static final int BYTES_SHOWN = 32;
    private static final int CHARACTERS_SHOWN = 8;

    private ElementBits() {
    }

    /** What a piece of text is, so the panel can colour a float's fields. */
    public enum Role { PLAIN, SIGN, EXPONENT, MANTISSA, VALUE }

    public record Piece(String text, Role role) {
    }

    /** One labelled line, e.g. {@code exponent: 01111110 = 126, minus bias 127: 2^-1}. */
    public record Line(String label, List<Piece> pieces) {
        public Line {
            pieces = List.copyOf(pieces);
        }

        static Line plain(String label, String text) {
            return new Line(label, List.of(new Piece(text, Role.PLAIN)));
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            pieces.forEach(p -> sb.append(p.text()));
            return sb.toString();
        }

        @Override
        public String toString() {
            return label + ": " + text();
        }
    }

    /** The lines for the element of {@code dtype} whose bytes start at {@code pos}. */
    public static List<Line> of(ByteSource source, DType dtype, long pos) {
        List<Line> lines = new ArrayList<>();
        int size = dtype.itemsize();
        if (size == 0) {
            lines.add(Line.plain("bytes", "none: this type is 0 bytes long"));
            lines.add(value(dtype, source, pos));
            return lines;
        }
        lines.add(Line.plain("memory", hex(source, pos, size)));
        Scalar scalar = Scalar.read(dtype, source, pos);
        if (scalar instanceof Scalar.Int i) {
            order(lines, dtype.order(), pos, size);
            lines.add(Line.plain("number", integer(source, pos, size, dtype.order(), i)));
        } else if (scalar instanceof Scalar.Float f) {
            floatLines(lines, "", pos, size, dtype.order(), f.value());
            return lines; // "decodes to" ends with the value
        } else if (scalar instanceof Scalar.Complex c) {
            int half = size / 2;
            lines.add(Line.plain("parts", "real part bytes " + pos + ".." + (pos + half - 1)
                    + ", imaginary part bytes " + (pos + half) + ".." + (pos + size - 1)));
            floatLines(lines, "real ", pos, half, dtype.order(), c.real());
            floatLines(lines, "imaginary ", pos + half, half, dtype.order(), c.imag());
        } else if (scalar instanceof Scalar.Bool) {
            lines.add(Line.plain("rule", "any byte other than 00 is True"));
        } else if (scalar instanceof Scalar.Bytes) {
            lines.add(Line.plain("rule", "each byte is one character; NUL bytes (00) at the end are dropped"));
        } else if (scalar instanceof Scalar.Text) {
            text(lines, source, pos, size, dtype.order());
        } else if (scalar instanceof Scalar.Datetime d) {
            order(lines, dtype.order(), pos, size);
            lines.add(Line.plain("count", d.isNaT() ? "the smallest int64, which means NaT (not a time)"
                    : d.count() + " units of " + unitName(dtype) + " after 1970-01-01T00:00"));
        } else if (scalar instanceof Scalar.Timedelta d) {
            order(lines, dtype.order(), pos, size);
            lines.add(Line.plain("count", d.isNaT() ? "the smallest int64, which means NaT (not a time)"
                    : d.count() + " units of " + unitName(dtype)));
        } else if (scalar instanceof Scalar.Record) {
            fieldLines(lines, dtype, pos);
        } else {
            lines.add(Line.plain("rule", "raw bytes with no meaning given; NumPy prints each as \\xHH"));
        }
        lines.add(value(dtype, source, pos));
        return lines;
    }

    /** A record: where each field's bytes are; bytes no field covers are padding nothing reads. */
    private static void fieldLines(List<Line> lines, DType dtype, long pos) {
        for (Field f : dtype.fields().list()) {
            long start = pos + f.offset();
            long end = start + f.dtype().itemsize() - 1;
            String type = f.dtype().subarray() == null ? f.dtype().str()
                    : f.base().str() + " x " + java.util.Arrays.toString(f.shape());
            lines.add(Line.plain("field " + f.name(), f.dtype().itemsize() == 0 ? "no bytes (" + type + ")"
                    : "bytes " + start + ".." + end + " (" + type + ")"));
        }
    }

    private static Line value(DType dtype, ByteSource source, long pos) {
        String v;
        try {
            v = ScalarText.str(dtype, source, pos);
        } catch (StridescopeError e) {
            v = e.type() + ": " + e.getMessage();
        }
        return new Line("value", List.of(new Piece(v, Role.VALUE)));
    }

    /** Which byte weighs most in this order. */
    private static void order(List<Line> lines, ByteOrder order, long pos, int size) {
        if (size < 2) {
            return;
        }
        lines.add(Line.plain("order", order == ByteOrder.BIG
                ? "big-endian ('>'): the first byte, " + pos + ", is the most significant"
                : "little-endian ('<'): the last byte, " + (pos + size - 1) + ", is the most significant"));
    }

    /** {@code 0x61616165 = 1633771877}, with two's complement said where the top bit is set. */
    private static String integer(ByteSource source, long pos, int size, ByteOrder order, Scalar.Int i) {
        StringBuilder sb = new StringBuilder("0x");
        for (int b = 0; b < size; b++) {
            long at = order == ByteOrder.BIG ? pos + b : pos + size - 1 - b;
            sb.append(String.format("%02x", source.get(at) & 0xff));
        }
        sb.append(" = ").append(ScalarText.str(i));
        if (!i.unsigned() && i.bits() < 0) {
            sb.append(" (top bit set: two's complement, minus 2^").append(8 * size).append(')');
        }
        return sb.toString();
    }

    /** Sign, exponent and mantissa of one float, and what they decode to. */
    private static void floatLines(List<Line> lines, String part, long pos, int size, ByteOrder order,
                                   FloatValue f) {
        FloatFields fields = FloatFields.of(f.format());
        order(lines, order, pos, fields.longDouble() ? 10 : size);
        if (fields.longDouble()) {
            lines.add(Line.plain(part + "padding", "bytes " + (pos + (order == ByteOrder.BIG ? 0 : 10)) + ".."
                    + (pos + (order == ByteOrder.BIG ? 5 : 15)) + " are padding: x87 long doubles use 10 of the 16 bytes"));
        }
        int exponent = f.biasedExponent();
        long fraction = f.fraction();
        String fractionBits = bits(fraction, fields.fractionBits());
        lines.add(new Line(part + "bits", List.of(
                new Piece(f.negative() ? "1" : "0", Role.SIGN), new Piece(" ", Role.PLAIN),
                new Piece(bits(exponent, fields.exponentBits()), Role.EXPONENT), new Piece(" ", Role.PLAIN),
                new Piece((fields.longDouble() ? (f.low() < 0 ? "1." : "0.") : "") + fractionBits, Role.MANTISSA))));
        lines.add(new Line(part + "sign", List.of(new Piece((f.negative() ? "1: negative" : "0: positive"), Role.SIGN))));
        int allOnes = (1 << fields.exponentBits()) - 1;
        String exponentText = bits(exponent, fields.exponentBits()) + " = " + exponent;
        String mantissaText;
        String meaning;
        if (exponent == allOnes && !f.format().hasInfinities() && f.isNaN()) {
            exponentText += ", all ones: with mantissa all ones, NaN (" + f.format().mlName() + " has no infinity)";
            mantissaText = "all ones: NaN (not a number)";
            meaning = "nan";
        } else if (exponent == allOnes && f.format().hasInfinities()) {
            exponentText += ", all ones: infinity or NaN";
            mantissaText = fraction == 0 ? "all zeros: infinity" : "not all zeros: NaN (not a number)";
            meaning = fraction == 0 ? (f.negative() ? "-inf" : "inf") : "nan";
        } else if (exponent == 0) {
            exponentText += ": zero or subnormal, scale 2^" + (1 - fields.bias());
            mantissaText = "0 + " + fractionText(fraction, fields.fractionBits());
            meaning = fraction == 0 ? (f.negative() ? "-0" : "0") : sign(f) + "0." + "… × 2^" + (1 - fields.bias());
        } else {
            if (exponent == allOnes) {
                exponentText += ", all ones but still a number (" + f.format().mlName() + " has no infinity)";
            }
            exponentText += ", minus the bias " + fields.bias() + ": 2^" + (exponent - fields.bias());
            mantissaText = (fields.longDouble() ? "" : "1 + ") + fractionText(fraction, fields.fractionBits())
                    + " = " + mantissa(f, fields);
            meaning = sign(f) + mantissa(f, fields) + " × 2^" + (exponent - fields.bias());
        }
        lines.add(new Line(part + "exponent", List.of(new Piece(exponentText, Role.EXPONENT))));
        lines.add(new Line(part + "mantissa", List.of(new Piece(mantissaText, Role.MANTISSA))));
        lines.add(new Line(part + "decodes to", List.of(new Piece(meaning + " = " + FloatText.str(f), Role.VALUE))));
    }

    private static String sign(FloatValue f) {
        return f.negative() ? "-" : "+";
    }

    private static String fractionText(long fraction, int bits) {
        return Long.toUnsignedString(fraction) + "/2^" + bits;
    }

    /** 1.fraction (or, for a long double, its explicit integer bit and fraction) as a decimal. */
    private static String mantissa(FloatValue f, FloatFields fields) {
        if (fields.longDouble()) {
            double m = (f.low() >>> 1) / Math.scalb(1.0, 62);
            return "≈ " + m;
        }
        return Double.toString(1 + f.fraction() / Math.scalb(1.0, fields.fractionBits()));
    }

    private static String bits(long value, int width) {
        StringBuilder sb = new StringBuilder(width);
        for (int b = width - 1; b >= 0; b--) {
            sb.append((value >>> b & 1) == 1 ? '1' : '0');
        }
        return sb.toString();
    }

    /** The widths of a float format's fields (the x87 long double keeps its integer bit explicitly). */
    private record FloatFields(int exponentBits, int fractionBits, boolean longDouble) {
        static FloatFields of(FloatFormat format) {
            return switch (format) {
                case HALF -> new FloatFields(5, 10, false);
                case SINGLE -> new FloatFields(8, 23, false);
                case DOUBLE -> new FloatFields(11, 52, false);
                case LONG_DOUBLE -> new FloatFields(15, 63, true);
                case BFLOAT16 -> new FloatFields(8, 7, false);
                case FLOAT8_E4M3FN -> new FloatFields(4, 3, false);
                case FLOAT8_E5M2 -> new FloatFields(5, 2, false);
            };
        }

        int bias() {
            return (1 << (exponentBits - 1)) - 1;
        }
    }

    /** UCS4: each character is 4 bytes in the dtype's order. */
    private static void text(List<Line> lines, ByteSource source, long pos, int size, ByteOrder order) {
        order(lines, order, pos, 4);
        StringBuilder sb = new StringBuilder();
        int n = Math.min(size / 4, CHARACTERS_SHOWN);
        for (int c = 0; c < n; c++) {
            long v = 0;
            for (int b = 0; b < 4; b++) {
                long at = order == ByteOrder.BIG ? pos + 4L * c + b : pos + 4L * c + 3 - b;
                v = v << 8 | (source.get(at) & 0xff);
            }
            sb.append(c > 0 ? "  " : "").append(String.format("U+%04X", v));
            if (v >= 32 && v <= Character.MAX_CODE_POINT && !Character.isSurrogate((char) v)) {
                sb.append(" '").appendCodePoint((int) v).append('\'');
            }
        }
        if (size / 4 > n) {
            sb.append("  …");
        }
        lines.add(Line.plain("characters", sb.toString()));
        lines.add(Line.plain("rule", "4 bytes per character (UCS4); NUL characters at the end are dropped"));
    }

    private static String unitName(DType dtype) {
        return dtype.unit() == null || dtype.unit().isEmpty() ? "no unit (generic)" : dtype.unit();
    }

    /** The bytes in memory order, as hex pairs: {@code 61 61 61 62}. */
    static String hex(ByteSource source, long pos, int size) {
        StringBuilder sb = new StringBuilder();
        int n = Math.min(size, BYTES_SHOWN);
        for (int b = 0; b < n; b++) {
            sb.append(b > 0 ? " " : "").append(String.format("%02x", source.get(pos + b) & 0xff));
        }
        if (size > n) {
            sb.append(" … (").append(size).append(" bytes)");
        }
        return sb.toString();
    }
}
