package org.stridescope.core.buffer;

import org.stridescope.core.python.PythonLiterals;
import org.stridescope.core.python.PythonTextError;

/**
 * Python bytes literals as Python reads them: {@code b'aaab\x00'}, {@code b"..."}, raw
 * {@code rb'...'}, triple quotes, several literals in a row (Python joins them), optionally in
 * parentheses. Also a quoted C or Python string without the {@code b}, read the same way.
 *
 * <p>Each literal, escapes and all, is read by {@link PythonLiterals} (the one place that decodes
 * Python's escapes); this class only frames them. Characters outside ASCII are refused, as Python
 * refuses them in bytes literals.
 */
final class BytesLiteralParser {
    private BytesLiteralParser() {
    }

    /** True if the text starts like a bytes or string literal. */
    static boolean looksLikeLiteral(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == '(') {
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return PythonLiterals.quoteAfterPrefix(s, i) >= 0;
    }

    static byte[] parse(PasteText in) {
        ByteBuilder out = new ByteBuilder(in.length);
        int i = in.skipWhitespace(0);
        boolean parenthesised = i < in.length && in.at(i) == '(';
        if (parenthesised) {
            i = in.skipWhitespace(i + 1);
        }
        boolean first = true;
        while (true) {
            int quote = PythonLiterals.quoteAfterPrefix(in.text, i);
            if (quote < 0) {
                if (!first && parenthesised && i < in.length && in.at(i) == ')') {
                    int end = in.skipWhitespace(i + 1);
                    if (end < in.length) {
                        throw in.expected(end, "the end of the text after ')'");
                    }
                    return out.toArray();
                }
                if (!first && !parenthesised && i >= in.length) {
                    return out.toArray();
                }
                throw in.expected(i, first ? "a bytes literal such as b'\\x00ab'"
                        : parenthesised ? "another bytes literal or ')'" : "another bytes literal or the end of the text");
            }
            PythonLiterals.Literal literal;
            try {
                literal = PythonLiterals.read(in.text, i, true);
            } catch (PythonTextError e) {
                throw in.error(e.position(), e.problem(in::position), e.hint());
            }
            for (int k = 0; k < literal.value().length(); k++) {
                out.add(literal.value().charAt(k));
            }
            i = in.skipWhitespace(literal.end());
            first = false;
        }
    }
}
