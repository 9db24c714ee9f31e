package org.stridescope.app.gui.model;

import org.stridescope.core.dtype.DType;

/**
 * The byte-order buttons: each rewrites the prefix of the dtype text, the way NumPy spells it
 * ({@code <} little, {@code >} big, {@code =} native, {@code |} not applicable).
 */
public enum ByteOrderChoice {
    LITTLE('<', "little"), BIG('>', "big"), NATIVE('=', "native"), NOT_APPLICABLE('|', "n/a");

    private final char prefix;
    private final String label;

    ByteOrderChoice(char prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The dtype text with this order's prefix in place of any prefix it had. */
    public String rewrite(String dtypeText) {
        String body = dtypeText.strip();
        if (!body.isEmpty() && "<>=|!".indexOf(body.charAt(0)) >= 0) {
            body = body.substring(1);
        }
        return prefix + body;
    }

    /** The button that matches what the user wrote, given what it parsed to. */
    public static ByteOrderChoice of(String dtypeText, DType parsed) {
        if (!parsed.hasByteOrder()) {
            return NOT_APPLICABLE;
        }
        String t = dtypeText.strip();
        char first = t.isEmpty() ? '=' : t.charAt(0);
        return switch (first) {
            case '<' -> LITTLE;
            case '>', '!' -> BIG;
            default -> NATIVE;
        };
    }
}
