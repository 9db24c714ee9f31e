package org.stridescope.app.gui.find;

import org.stridescope.core.dtype.DType;
import org.stridescope.core.search.SearchPattern;
import org.stridescope.core.search.SearchPatterns;
import org.stridescope.core.search.SearchPatterns.TextEncoding;

/** What the typed text is read as: bytes, a text in one encoding, or a value under the dtype. */
enum FindMode {
    BYTES("Bytes (hex)", "61 61 61 64, b'aaad', 0x61, 0x62…"),
    ASCII("Text, ASCII", "text"),
    UTF_8("Text, UTF-8", "text"),
    UTF_16LE("Text, UTF-16LE", "text"),
    UTF_16BE("Text, UTF-16BE", "text"),
    VALUE("Value as the dtype", "1633771876, 1.5…");

    private final String label;
    private final String prompt;

    FindMode(String label, String prompt) {
        this.label = label;
        this.prompt = prompt;
    }

    String prompt() {
        return prompt;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * The pattern {@code text} means in this mode; {@code dtype} (the form's, for a value) and
     * {@code tolerance} (for a float) matter only for {@link #VALUE}.
     *
     * @throws org.stridescope.core.StridescopeError saying what to type instead
     */
    SearchPattern pattern(String text, DType dtype, double tolerance) {
        return switch (this) {
            case BYTES -> SearchPatterns.bytes(text);
            case ASCII -> SearchPatterns.text(text, TextEncoding.ASCII);
            case UTF_8 -> SearchPatterns.text(text, TextEncoding.UTF_8);
            case UTF_16LE -> SearchPatterns.text(text, TextEncoding.UTF_16LE);
            case UTF_16BE -> SearchPatterns.text(text, TextEncoding.UTF_16BE);
            case VALUE -> SearchPatterns.value(text, dtype, tolerance);
        };
    }
}
