package org.stridescope.core.search;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.format.CountText;

/**
 * Turns what the user typed into a {@link SearchPattern}: bytes in any format a paste takes, a
 * text in an encoding, or a value under a dtype. Each refusal says what to type instead.
 */
public final class SearchPatterns {
    private SearchPatterns() {
    }

    /** The encodings text is searched in, as Find offers them. */
    public enum TextEncoding {
        ASCII("ASCII", StandardCharsets.US_ASCII),
        UTF_8("UTF-8", StandardCharsets.UTF_8),
        UTF_16LE("UTF-16LE", StandardCharsets.UTF_16LE),
        UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE);

        private final String label;
        private final Charset charset;

        TextEncoding(String label, Charset charset) {
            this.label = label;
            this.charset = charset;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Bytes as pasted: {@code 61 61 61 64}, {@code b'aaad'}, {@code 0x61, 0x61}, an xxd line… */
    public static SearchPattern bytes(String text) {
        byte[] b = PasteParser.parse(text);
        if (b.length == 0) {
            throw StridescopeError.inputError("Type the bytes to find", "for example 61 61 61 64, b'aaad' or 0x61, 0x62.");
        }
        return new SearchPattern.Exact(b, describe(b));
    }

    /** {@code text} encoded as {@code encoding} (no byte-order mark). */
    public static SearchPattern text(String text, TextEncoding encoding) {
        if (text == null || text.isEmpty()) {
            throw StridescopeError.inputError("Type the text to find", null);
        }
        if (encoding == TextEncoding.ASCII && !text.chars().allMatch(c -> c < 128)) {
            throw StridescopeError.inputError("'" + text + "' has characters that ASCII cannot hold",
                    "ASCII holds only the characters 0..127; choose UTF-8 or UTF-16 for the others.");
        }
        byte[] b = text.getBytes(encoding.charset);
        return new SearchPattern.Exact(b, "\"" + text + "\" in " + encoding + " (" + describe(b) + ")");
    }

    /**
     * A value as the elements of {@code dtype} store it: an integer or bool exactly (its bytes in
     * the dtype's byte order), a float16/32/64 within {@code tolerance} (0: equal values).
     */
    public static SearchPattern value(String text, DType dtype, double tolerance) {
        String t = text == null ? "" : text.strip().replace("_", "");
        if (t.isEmpty()) {
            throw StridescopeError.inputError("Type the value to find", "for example 1633771876, or 1.5 for a float dtype.");
        }
        if (dtype.fields() != null || dtype.subarray() != null) {
            throw StridescopeError.inputError("Find by value reads one number; " + dtype.str() + " is a record",
                    "Search a field's value by setting the dtype to the field's type, or search its bytes.");
        }
        return switch (dtype.kind()) {
            case BOOL -> boolValue(t, dtype);
            case INT, UINT -> intValue(t, dtype);
            case FLOAT -> floatValue(t, dtype, tolerance);
            default -> throw StridescopeError.inputError("Find by value reads integers, floats and bools, not "
                    + dtype.name(), "Search the bytes or the text instead.");
        };
    }

    private static SearchPattern boolValue(String t, DType dtype) {
        boolean v = switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw StridescopeError.inputError("'" + t + "' is not a bool", "Type True or False.");
        };
        return new SearchPattern.Exact(new byte[] {(byte) (v ? 1 : 0)}, (v ? "True" : "False") + " as " + dtype.str());
    }

    private static SearchPattern intValue(String t, DType dtype) {
        BigInteger v;
        try {
            boolean negative = t.startsWith("-");
            String digits = negative || t.startsWith("+") ? t.substring(1) : t;
            boolean hex = digits.toLowerCase(Locale.ROOT).startsWith("0x");
            v = new BigInteger(hex ? digits.substring(2) : digits, hex ? 16 : 10);
            v = negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            throw StridescopeError.inputError("'" + t + "' is not an integer", "Type a whole number such as 1633771876 or 0x61616164.");
        }
        int bits = dtype.itemsize() * 8;
        boolean unsigned = dtype.kind() == Kind.UINT;
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = (unsigned ? BigInteger.ONE.shiftLeft(bits) : BigInteger.ONE.shiftLeft(bits - 1)).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw StridescopeError.inputError(t + " does not fit " + dtype.name(),
                    dtype.name() + " holds " + min + " to " + max + ".");
        }
        long raw = v.longValue();
        int n = dtype.itemsize();
        byte[] b = new byte[n];
        boolean big = dtype.order() == ByteOrder.BIG;
        for (int i = 0; i < n; i++) {
            b[big ? n - 1 - i : i] = (byte) (raw >>> (8 * i));
        }
        return new SearchPattern.Exact(b, v + " as " + dtype.str() + " (" + describe(b) + ")");
    }

    private static SearchPattern floatValue(String t, DType dtype, double tolerance) {
        if (dtype.itemsize() > 8) {
            throw StridescopeError.inputError("Find by value reads float16, float32 and float64, not " + dtype.name(),
                    "Search the bytes instead.");
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw StridescopeError.inputError("'" + t + "' is not a number", "Type a number such as 1.5 or -2e-3.");
        }
        if (Double.isNaN(v)) {
            throw StridescopeError.inputError("nan equals nothing, not even nan", "Search the bytes of the NaN you mean instead.");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw StridescopeError.inputError("The tolerance must be a number of 0 or more", null);
        }
        String within = tolerance == 0 ? "" : " ± " + tolerance;
        return new SearchPattern.FloatNear(dtype, v, tolerance, t + within + " as " + dtype.str());
    }

    /** "4 bytes 61 61 61 64" (the first 16 shown). */
    static String describe(byte[] b) {
        String hex = HexFormat.ofDelimiter(" ").formatHex(b, 0, Math.min(b.length, 16));
        return CountText.of(b.length, "byte") + " " + hex + (b.length > 16 ? " …" : "");
    }
}
