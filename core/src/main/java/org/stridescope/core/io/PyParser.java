package org.stridescope.core.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.TextPosition;

/**
 * Reads the Python of {@link Py} safely: nothing is evaluated, only literals, names and calls are
 * recognised. Errors are InputErrors placed by {@code where} ("line 2, column 5" in pasted code,
 * "byte 23" in a .npy header) that say what was expected.
 */
final class PyParser {
    private final String text;
    private final IntFunction<String> where;
    private final String readAs;
    private int i;
    private int depth;
    /** Deeper nesting than this is refused rather than risk the stack. */
    private static final int MAX_DEPTH = 200;

    /**
     * @param where  turns a character index into a place for messages
     * @param readAs what the text is, for the error detail: "a .npy header"
     */
    PyParser(String text, IntFunction<String> where, String readAs) {
        this.text = text;
        this.where = where;
        this.readAs = readAs;
    }

    /** "line L, column C" of a character index, for pasted text. */
    static IntFunction<String> lineAndColumn(String text) {
        return index -> TextPosition.of(text, index);
    }

    /** Parses the whole text as one expression (blanks around it allowed). */
    Py parseExpression() {
        Py node = expression();
        skipBlanks();
        if (i < text.length()) {
            throw expected("the end of the text");
        }
        return node;
    }

    String text() {
        return text;
    }

    /** One line of code: {@code target = value}, or a bare expression ({@code target} null). */
    record Statement(String target, Py value, int pos) {
    }

    /**
     * Parses lines of code: assignments and expressions, one per line or split by {@code ;}, with
     * console prompts ({@code >>>}, {@code ...}) and {@code import} lines skipped.
     */
    java.util.List<Statement> parseStatements() {
        java.util.List<Statement> out = new ArrayList<>();
        while (true) {
            skipBlanks();
            while (text.startsWith(">>>", i) || text.startsWith("...", i) || text.startsWith(";", i)) {
                i += text.startsWith(";", i) ? 1 : 3;
                skipBlanks();
            }
            if (i >= text.length()) {
                return out;
            }
            int start = i;
            if (startsWithWord("import") || startsWithWord("from")) {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != ';') {
                    i++;
                }
                continue;
            }
            String target = keywordAhead();
            out.add(new Statement(target, expression(), start));
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '#') {
                skipBlanks();
            } else if (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != ';') {
                throw expected("the end of the line after the statement");
            }
        }
    }

    private boolean startsWithWord(String word) {
        return text.startsWith(word, i) && i + word.length() < text.length()
                && Character.isWhitespace(text.charAt(i + word.length()));
    }

    Py expression() {
        if (++depth > MAX_DEPTH) {
            throw error(i, "nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
            return unnestedExpression();
        } finally {
            depth--;
        }
    }

    private Py unnestedExpression() {
        skipBlanks();
        if (i >= text.length()) {
            throw expected("a value");
        }
        int start = i;
        char c = text.charAt(i);
        Py node;
        if (c == '(' || c == '[') {
            node = sequence(c);
        } else if (c == '{') {
            node = dict();
        } else if (c == '-' || c == '+' || Character.isDigit(c) || c == '.' && i + 1 < text.length()
                && Character.isDigit(text.charAt(i + 1))) {
            node = number();
        } else if (quoteAfterPrefix() >= 0) {
            node = string();
        } else if (Character.isLetter(c) || c == '_') {
            node = nameOrConst();
        } else {
            throw expected("a value (a number, a string, a tuple, a name)");
        }
        while (true) {
            int end = i;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '(' && !(node instanceof Py.Const)) {
                node = call(node, start);
            } else {
                i = end; // the blanks after a value belong to whoever reads on
                return node;
            }
        }
    }

    private Py sequence(char open) {
        int start = i;
        char close = open == '(' ? ')' : ']';
        i++;
        List<Py> items = new ArrayList<>();
        boolean sawComma = false;
        while (true) {
            skipBlanks();
            if (i < text.length() && text.charAt(i) == close) {
                i++;
                if (open == '(' && items.size() == 1 && !sawComma) {
                    return items.get(0); // (x) is just x in parentheses
                }
                return new Py.Seq(List.copyOf(items), open == '(', start);
            }
            items.add(expression());
            skipBlanks();
            if (i < text.length() && text.charAt(i) == ',') {
                sawComma = true;
                i++;
            } else if (i >= text.length() || text.charAt(i) != close) {
                throw expected("',' or '" + close + "' (the " + (open == '(' ? "tuple" : "list") + " opened at "
                        + where.apply(start) + ")");
            }
        }
    }

    private Py dict() {
        int start = i;
        i++;
        List<Py> keys = new ArrayList<>();
        List<Py> values = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (i < text.length() && text.charAt(i) == '}') {
                i++;
                return new Py.Dict(List.copyOf(keys), List.copyOf(values), start);
            }
            keys.add(expression());
            skipBlanks();
            if (i >= text.length() || text.charAt(i) != ':') {
                throw expected("':' after the key");
            }
            i++;
            values.add(expression());
            skipBlanks();
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
            } else if (i >= text.length() || text.charAt(i) != '}') {
                throw expected("',' or '}' (the dict opened at " + where.apply(start) + ")");
            }
        }
    }

    private Py call(Py function, int start) {
        int open = i;
        i++;
        List<Py> args = new ArrayList<>();
        List<Py.Keyword> keywords = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (i < text.length() && text.charAt(i) == ')') {
                i++;
                return new Py.Call(function, List.copyOf(args), List.copyOf(keywords), start);
            }
            int argStart = i;
            String keyword = keywordAhead();
            if (keyword != null) {
                for (Py.Keyword k : keywords) {
                    if (k.name().equals(keyword)) {
                        throw error(argStart, "keyword argument repeated: " + keyword);
                    }
                }
                keywords.add(new Py.Keyword(keyword, expression(), argStart));
            } else if (!keywords.isEmpty()) {
                throw error(argStart, "positional argument follows keyword argument");
            } else {
                args.add(expression());
            }
            skipBlanks();
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
            } else if (i >= text.length() || text.charAt(i) != ')') {
                throw expected("',' or ')' (the call opened at " + where.apply(open) + ")");
            }
        }
    }

    /** If {@code name =} (not {@code ==}) comes next, consumes it and returns the name. */
    private String keywordAhead() {
        int k = i;
        if (k >= text.length() || !(Character.isLetter(text.charAt(k)) || text.charAt(k) == '_')) {
            return null;
        }
        while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
            k++;
        }
        String name = text.substring(i, k);
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k < text.length() && text.charAt(k) == '=' && (k + 1 >= text.length() || text.charAt(k + 1) != '=')) {
            i = k + 1;
            return name;
        }
        return null;
    }

    private Py number() {
        int start = i;
        boolean negative = false;
        while (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative ^= text.charAt(i) == '-';
            i++;
            skipBlanks();
        }
        int digitsStart = i;
        int radix = 10;
        if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
            radix = 16;
        } else if (text.startsWith("0o", i) || text.startsWith("0O", i)) {
            radix = 8;
        } else if (text.startsWith("0b", i) || text.startsWith("0B", i)) {
            radix = 2;
        }
        if (radix != 10) {
            i += 2;
            digitsStart = i;
        }
        StringBuilder digits = new StringBuilder();
        boolean isFloat = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '_' && i > digitsStart) {
                i++;
            } else if (c < 128 && Character.digit(c, radix) >= 0) {
                digits.append(c);
                i++;
            } else if (radix == 10 && (c == '.' || c == 'e' || c == 'E')) {
                isFloat = true;
                digits.append(c);
                i++;
                if ((c == 'e' || c == 'E') && i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                    digits.append(text.charAt(i++));
                }
            } else {
                break;
            }
        }
        if (digits.length() == 0) {
            throw expected(radix == 10 ? "a number" : "a digit in base " + radix);
        }
        if (isFloat) {
            return new Py.Float((negative ? "-" : "") + digits, start);
        }
        if (i < text.length() && (text.charAt(i) == 'L' || text.charAt(i) == 'l')) {
            i++; // Python 2 long, as in old .npy headers: (3L, 4L)
        }
        if (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            throw expected("a digit in base " + radix);
        }
        if (digits.length() > 40) {
            throw error(start, "the number has too many digits");
        }
        BigInteger v = new BigInteger(digits.toString(), radix);
        return new Py.Int(negative ? v.negate() : v, start);
    }

    private int quoteAfterPrefix() {
        int k = i;
        while (k < text.length() && k - i < 2 && "bBrRuU".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == '\'' || text.charAt(k) == '"') ? k : -1;
    }

    private Py string() {
        int start = i;
        int q = quoteAfterPrefix();
        String prefix = text.substring(i, q).toLowerCase(java.util.Locale.ROOT);
        boolean bytes = prefix.contains("b");
        boolean raw = prefix.contains("r");
        char quote = text.charAt(q);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), q);
        i = q + (triple ? 3 : 1);
        StringBuilder out = new StringBuilder();
        while (true) {
            if (i >= text.length()) {
                throw expected("the closing quote of the string opened at " + where.apply(start));
            }
            char c = text.charAt(i);
            if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), i))) {
                i += triple ? 3 : 1;
                return new Py.Str(out.toString(), bytes, start);
            }
            if (c == '\n' && !triple) {
                throw expected("the closing quote " + quote + " before the end of the line");
            }
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(i + 1);
                if (raw) {
                    out.append(c).append(e);
                    i += 2;
                    continue;
                }
                int simple = "\\'\"abfnrtv0".indexOf(e);
                if (simple >= 0) {
                    out.append("\\'\"\u0007\b\f\n\r\t\u000b\0".charAt(simple));
                    i += 2;
                } else if (e == 'x' && i + 3 < text.length() && Character.digit(text.charAt(i + 2), 16) >= 0
                        && Character.digit(text.charAt(i + 3), 16) >= 0) {
                    out.append((char) Integer.parseInt(text.substring(i + 2, i + 4), 16));
                    i += 4;
                } else if (e == '\n') {
                    i += 2;
                } else {
                    out.append(c);
                    i++;
                }
                continue;
            }
            out.append(c);
            i++;
        }
    }

    private Py nameOrConst() {
        int start = i;
        StringBuilder name = new StringBuilder();
        while (true) {
            int k = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            name.append(text, k, i);
            if (i + 1 < text.length() && text.charAt(i) == '.' && (Character.isLetter(text.charAt(i + 1))
                    || text.charAt(i + 1) == '_')) {
                name.append('.');
                i++;
            } else {
                break;
            }
        }
        String n = name.toString();
        if (n.equals("True") || n.equals("False") || n.equals("None")) {
            return new Py.Const(n, start);
        }
        return new Py.Name(n, start);
    }

    /** Skips spaces, tabs, line breaks, backslash continuations and # comments. */
    void skipBlanks() {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                i += 2;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                return;
            }
        }
    }

    /** "place: expected X, found Y" at the current position. */
    StridescopeError expected(String what) {
        return error(i, "expected " + what + ", found " + found(i));
    }

    StridescopeError error(int index, String problem) {
        return StridescopeError.inputError(where.apply(index) + ": " + problem,
                "The text was read as " + readAs + ". Only Python literals, names and calls are understood here;"
                        + " nothing is run.");
    }

    private String found(int index) {
        if (index >= text.length()) {
            return "the end of the text";
        }
        char c = text.charAt(index);
        if (c == '\n') {
            return "the end of the line";
        }
        if (Character.isISOControl(c) || Character.isSurrogate(c)) {
            return String.format("the control character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }
}
