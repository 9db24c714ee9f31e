package org.stridescope.core.buffer;

import org.stridescope.core.StridescopeError;

/**
 * Turns pasted text into bytes. (Skeleton: plain hex only; the data issue adds every paste
 * format and recognises which one it is by itself.)
 */
public final class PasteParser {
    private PasteParser() {
    }

    /** @throws StridescopeError InputError saying where the text stops being readable */
    public static byte[] parse(String text) {
        String compact = text.strip();
        if (compact.length() % 2 != 0) {
            throw StridescopeError.inputError("hex text has an odd number of digits (" + compact.length() + ")",
                    "Every byte is two hex digits; one digit is missing or extra.");
        }
        byte[] out = new byte[compact.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(compact.charAt(2 * i), 16);
            int lo = Character.digit(compact.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                int col = (hi < 0 ? 2 * i : 2 * i + 1) + 1;
                throw StridescopeError.inputError("line 1, column " + col + ": expected a hex digit (0-9, a-f)",
                        "The text is read as plain hex: two digits per byte.");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
