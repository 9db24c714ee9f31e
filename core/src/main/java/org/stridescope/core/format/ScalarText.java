package org.stridescope.core.format;

import org.stridescope.core.PythonText;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Scalar;

/** NumPy's {@code str()} of one element, to the character. The decoded value itself: {@link Scalar#read}. */
public final class ScalarText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ScalarText() {
    }

    /**
     * The text NumPy's {@code str(a[i])} prints for the element whose bytes start at {@code pos}.
     *
     * @throws StridescopeError where NumPy's {@code str()} itself raises: a datetime with generic
     *         units (ValueError), a UCS4 unit past U+10FFFF (SystemError)
     */
    public static String str(DType dtype, ByteSource source, long pos) {
        return str(Scalar.read(dtype, source, pos));
    }

    /**
     * NumPy's {@code str()} of a decoded scalar, to the character. A {@code U} value gives the
     * Python string as Java chars: lone surrogates stay single chars; code units past U+10FFFF,
     * which Python keeps in strings of two or more characters, become the two 16-bit units
     * Python's JSON writer prints for them. A single such character is NumPy's SystemError.
     */
    public static String str(Scalar s) {
        if (s instanceof Scalar.Bool b) {
            return b.value() ? "True" : "False";
        } else if (s instanceof Scalar.Int i) {
            return i.unsigned() ? Long.toUnsignedString(i.bits()) : Long.toString(i.bits());
        } else if (s instanceof Scalar.Float f) {
            return FloatText.str(f.value());
        } else if (s instanceof Scalar.Complex c) {
            return FloatText.complexStr(c.real(), c.imag());
        } else if (s instanceof Scalar.Bytes b) {
            return PythonText.bytesRepr(b.value(), 0, b.value().length);
        } else if (s instanceof Scalar.Text t) {
            return text(t.codePoints());
        } else if (s instanceof Scalar.Void v) {
            return voidText(v.value());
        } else if (s instanceof Scalar.Record r) {
            return RecordText.str(r);
        } else if (s instanceof Scalar.Block b) {
            return RecordText.str(b);
        } else if (s instanceof Scalar.Datetime d) {
            return DatetimeText.datetime(d.count(), d.unit());
        } else {
            Scalar.Timedelta t = (Scalar.Timedelta) s;
            return DatetimeText.timedelta(t.count(), t.unit());
        }
    }

    private static String text(int[] codePoints) {
        if (codePoints.length == 1 && Integer.compareUnsigned(codePoints[0], Character.MAX_CODE_POINT) > 0) {
            throw new StridescopeError("SystemError", "invalid maximum character passed to PyUnicode_New",
                    "The UCS4 code unit " + Integer.toUnsignedString(codePoints[0], 16)
                            + " is past the largest Unicode code point U+10FFFF.");
        }
        StringBuilder sb = new StringBuilder(codePoints.length);
        for (int cp : codePoints) {
            if (Integer.compareUnsigned(cp, Character.MAX_CODE_POINT) <= 0) {
                sb.appendCodePoint(cp);
            } else {
                sb.append((char) (0xD7C0 + (cp >>> 10))).append((char) (0xDC00 + (cp & 0x3FF)));
            }
        }
        return sb.toString();
    }

    /** {@code V}: NumPy prints every byte as {@code \xHH}, nothing stripped. */
    private static String voidText(byte[] value) {
        StringBuilder sb = new StringBuilder(3 + 4 * value.length).append("b'");
        for (byte b : value) {
            sb.append("\\x").append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return sb.append('\'').toString();
    }
}
