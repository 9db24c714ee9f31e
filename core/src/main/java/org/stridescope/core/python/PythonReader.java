package org.stridescope.core.python;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Reads Python text into a {@link PyNode} tree, never running any of it: names, attributes, calls
 * with keywords, subscripts with slices and {@code ...}, tuples, lists, dicts, int, float, str and
 * bytes literals, {@code True}/{@code False}/{@code None}, unary {@code + -} and integer
 * {@code + - * //} with Python's precedence; and, for pasted code, lines of assignments.
 * Positions are 0-based character indexes; every error is a {@link PythonTextError} whose problem
 * says what was expected, which each reader places its own way.
 */
public final class PythonReader {
    /** Deeper nesting than this is refused rather than risk the stack. */
    public static final int MAX_DEPTH = 200;
    /**
     * The most operations one inside another, chains included: {@code a.T.T…}, {@code 1+1+…} and
     * {@code --…x} nest without brackets, and whatever walks the tree (evaluating, describing)
     * would run out of stack on a million of them. CPython gives up at a similar size.
     */
    public static final int MAX_HEIGHT = 1000;
    /**
     * The most items and operations one text may hold. A node costs some 30 times the bytes of its
     * text ({@code 1, } is 3 characters, its node about 100 bytes), so a 16 MiB .npy header or a 50 MB
     * paste of {@code (1, 1, …)} would take gigabytes; this keeps a text under about 20 MB of nodes.
     */
    public static final int MAX_NODES = 200_000;
    /** Python refuses to read integers of more digits (sys.get_int_max_str_digits()). */
    private static final int MAX_DIGITS = 4300;
    private static final String PYTHON_PUNCTUATION = "'\"()[]{},:.;=+-*/%<>&|^~@#\\!";

    private final String text;
    private int i;
    private int depth;
    /** Items and operations read so far, against {@link #MAX_NODES}. */
    private int nodes;
    /** Brackets open at {@code i}: inside them line breaks are blanks, as in Python. */
    private int brackets;
    /** Reading lines of code: outside brackets a line break ends a statement. */
    private boolean lines;

    public PythonReader(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /**
     * The whole text as one expression (blanks, line breaks and comments around it allowed).
     *
     * @throws PythonTextError where the text stops being that
     */
    public PyNode readExpression() {
        lines = false;
        i = 0;
        PyNode node = expression();
        skipBlanks();
        if (i < text.length()) {
            throw unmatchedOr("the end of the text");
        }
        return checkHeight(node);
    }

    /**
     * Lines of pasted code: assignments ({@link PyNode.Assign}) and expressions, one per line or
     * split by {@code ;}; console prompts ({@code >>>}, {@code ...}), {@code import} lines and
     * comments are skipped.
     *
     * @throws PythonTextError where the text stops being that
     */
    public List<PyNode> readStatements() {
        lines = true;
        i = 0;
        List<PyNode> out = new ArrayList<>();
        while (true) {
            skipLines();
            while (text.startsWith(">>>", i) || text.startsWith("...", i) || text.startsWith(";", i)) {
                i += text.startsWith(";", i) ? 1 : 3;
                skipLines();
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
            PyNode value = expression();
            checkHeight(value);
            out.add(target == null ? value : new PyNode.Assign(target, value, start));
            skipBlanks();
            if (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != ';') {
                throw unmatchedOr("the end of the line after the statement");
            }
        }
    }

    /** Refuses a tree more than {@link #MAX_HEIGHT} operations high, walking it without recursion. */
    private static PyNode checkHeight(PyNode root) {
        Deque<PyNode> nodes = new ArrayDeque<>();
        Deque<Integer> heights = new ArrayDeque<>();
        nodes.push(root);
        heights.push(1);
        while (!nodes.isEmpty()) {
            PyNode node = nodes.pop();
            int height = heights.pop();
            if (height > MAX_HEIGHT) {
                throw tooHigh(node.pos());
            }
            for (PyNode child : children(node)) {
                if (child != null) {
                    nodes.push(child);
                    heights.push(height + 1);
                }
            }
        }
        return root;
    }

    /** A chain is refused at its step {@link #MAX_HEIGHT}, before a million of them are read. */
    private void refuseStep(int steps) {
        if (steps >= MAX_HEIGHT) {
            throw tooHigh(i);
        }
        countNode();
    }

    private void countNode() {
        if (++nodes > MAX_NODES) {
            throw new PythonTextError(i, "more than " + MAX_NODES + " items and operations: the text is too large to"
                    + " read");
        }
    }

    private static PythonTextError tooHigh(int pos) {
        return new PythonTextError(pos, "operations nested more than " + MAX_HEIGHT + " deep (a chain such as a.T.T…"
                + " or 1+1+… counts each step)");
    }

    private static List<PyNode> children(PyNode node) {
        if (node instanceof PyNode.Sequence n) {
            return n.items();
        } else if (node instanceof PyNode.Dict n) {
            return concat(n.keys(), n.values());
        } else if (node instanceof PyNode.Attribute n) {
            return List.of(n.target());
        } else if (node instanceof PyNode.Call n) {
            return concat(concat(List.of(n.function()), n.args()),
                    n.keywords().stream().map(PyNode.Keyword::value).toList());
        } else if (node instanceof PyNode.Subscript n) {
            return concat(List.of(n.target()), n.items());
        } else if (node instanceof PyNode.Slice n) {
            return Arrays.asList(n.start(), n.stop(), n.step());
        } else if (node instanceof PyNode.Unary n) {
            return List.of(n.operand());
        } else if (node instanceof PyNode.Binary n) {
            return List.of(n.left(), n.right());
        } else if (node instanceof PyNode.Assign n) {
            return List.of(n.value());
        }
        return List.of();
    }

    private static List<PyNode> concat(List<PyNode> a, List<PyNode> b) {
        List<PyNode> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private boolean startsWithWord(String word) {
        return text.startsWith(word, i) && i + word.length() < text.length()
                && Character.isWhitespace(text.charAt(i + word.length()));
    }

    // expression := term (('+' | '-') term)*
    private PyNode expression() {
        if (++depth > MAX_DEPTH) {
            throw new PythonTextError(i, "nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
            PyNode left = term();
            for (int steps = 0; ; steps++) {
                skipBlanks();
                if (at('+') || at('-')) {
                    refuseStep(steps);
                    String op = String.valueOf(text.charAt(i++));
                    left = new PyNode.Binary(op, left, term(), left.pos());
                } else {
                    return left;
                }
            }
        } finally {
            depth--;
        }
    }

    // term := unary (('*' | '//') unary)*
    private PyNode term() {
        PyNode left = unary();
        for (int steps = 0; ; steps++) {
            skipBlanks();
            if (at('*') && !text.startsWith("**", i) || text.startsWith("//", i)) {
                refuseStep(steps);
                String op = at('*') ? "*" : "//";
                i += op.length();
                left = new PyNode.Binary(op, left, unary(), left.pos());
            } else {
                return left;
            }
        }
    }

    // unary := ('+' | '-')* postfix
    private PyNode unary() {
        List<Integer> signs = new ArrayList<>();
        skipBlanks();
        while (at('+') || at('-')) {
            refuseStep(signs.size());
            signs.add(i++);
            skipBlanks();
        }
        PyNode node = postfix();
        for (int k = signs.size() - 1; k >= 0; k--) {
            node = new PyNode.Unary(text.charAt(signs.get(k)), node, signs.get(k));
        }
        return node;
    }

    // postfix := atom ('.' name | '(' arguments ')' | '[' subscript ']')*
    private PyNode postfix() {
        skipBlanks();
        int start = i;
        PyNode node = atom();
        for (int steps = 0; ; steps++) {
            skipBlanks();
            if (at('.') || at('(') || at('[')) {
                refuseStep(steps);
            }
            if (at('.') && !text.startsWith("...", i)) {
                i++;
                skipBlanks();
                if (i >= text.length() || !isNameStart(text.charAt(i))) {
                    throw expected("a name after '.'");
                }
                node = new PyNode.Attribute(node, name(), start);
            } else if (at('(')) {
                node = call(node, start);
            } else if (at('[')) {
                node = subscript(node, start);
            } else {
                return node;
            }
        }
    }

    private PyNode atom() {
        if (i >= text.length()) {
            throw expected("a value");
        }
        int start = i;
        char c = text.charAt(i);
        if (c == '(' || c == '[') {
            List<PyNode> items = new ArrayList<>();
            boolean comma = items(c == '(' ? ')' : ']', c == '(' ? "tuple" : "list", () -> items.add(expression()));
            if (c == '(' && items.size() == 1 && !comma) {
                return items.get(0); // (x) is just x in parentheses
            }
            return new PyNode.Sequence(List.copyOf(items), c == '[', start);
        }
        if (c == '{') {
            List<PyNode> keys = new ArrayList<>();
            List<PyNode> values = new ArrayList<>();
            items('}', "dict", () -> {
                keys.add(expression());
                skipBlanks();
                if (!at(':')) {
                    throw expected("':' after the key");
                }
                i++;
                values.add(expression());
            });
            return new PyNode.Dict(List.copyOf(keys), List.copyOf(values), start);
        }
        if (text.startsWith("...", i)) {
            i += 3;
            return new PyNode.Ellipsis(start);
        }
        if (isDigit(c) || c == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
            return number();
        }
        if (PythonLiterals.quoteAfterPrefix(text, i) >= 0) {
            return strings();
        }
        if (isNameStart(c)) {
            String name = name();
            return switch (name) {
                case "True", "False", "None" -> new PyNode.Constant(name, start);
                default -> new PyNode.Name(name, start);
            };
        }
        throw expected("a value (a number, a string, a tuple, a name)");
    }

    /**
     * Reads items separated by commas from the opening bracket at {@code i} to {@code close}.
     *
     * @return whether a comma was seen (so {@code (x,)} is a tuple)
     */
    private boolean items(char close, String what, Runnable item) {
        int open = i;
        i++;
        brackets++;
        boolean comma = false;
        while (true) {
            skipBlanks();
            if (at(close)) {
                i++;
                brackets--;
                return comma;
            }
            countNode();
            item.run(); // at the end of the text: "expected a value", the caret just past the text
            skipBlanks();
            if (at(',')) {
                i++;
                comma = true;
            } else if (i >= text.length()) {
                throw neverClosed(open);
            } else if (!at(close)) {
                throw expected("',' or '" + close + "' (the " + what + " opened at " + PythonTextError.OPENED + ")", open);
            }
        }
    }

    private PyNode call(PyNode function, int start) {
        List<PyNode> args = new ArrayList<>();
        List<PyNode.Keyword> keywords = new ArrayList<>();
        items(')', "call", () -> {
            int argStart = i;
            String keyword = keywordAhead();
            if (keyword != null) {
                for (PyNode.Keyword k : keywords) {
                    if (k.name().equals(keyword)) {
                        throw new PythonTextError(argStart, "keyword argument repeated: " + keyword);
                    }
                }
                keywords.add(new PyNode.Keyword(keyword, expression(), argStart));
            } else if (!keywords.isEmpty()) {
                throw new PythonTextError(argStart, "positional argument follows keyword argument");
            } else {
                args.add(expression());
            }
        });
        return new PyNode.Call(function, List.copyOf(args), List.copyOf(keywords), start);
    }

    private PyNode subscript(PyNode target, int start) {
        int open = i;
        i++;
        skipBlanksIn();
        if (at(']')) {
            throw new PythonTextError(i, "empty brackets: put an index inside, such as a[0] or a[:, 1]");
        }
        i = open;
        List<PyNode> items = new ArrayList<>();
        boolean comma = items(']', "subscript", () -> items.add(subscriptItem()));
        return new PyNode.Subscript(target, List.copyOf(items), comma, start, i);
    }

    /** Skips blanks as inside a bracket just opened (line breaks included). */
    private void skipBlanksIn() {
        brackets++;
        skipBlanks();
        brackets--;
    }

    private PyNode subscriptItem() {
        int start = i;
        PyNode from = at(':') ? null : expression();
        skipBlanks();
        if (!at(':')) {
            return from;
        }
        i++;
        PyNode stop = startsExpression() ? expression() : null;
        PyNode step = null;
        if (at(':')) {
            i++;
            step = startsExpression() ? expression() : null;
        }
        return new PyNode.Slice(from, stop, step, start);
    }

    private boolean startsExpression() {
        skipBlanks();
        return i < text.length() && ":,])".indexOf(text.charAt(i)) < 0;
    }

    /** If {@code name =} (not {@code ==}) comes next, consumes it and returns the name. */
    private String keywordAhead() {
        if (i >= text.length() || !isNameStart(text.charAt(i))) {
            return null;
        }
        int k = i;
        while (k < text.length() && isNamePart(text.charAt(k))) {
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

    private String name() {
        int k = i;
        while (i < text.length() && isNamePart(text.charAt(i))) {
            i++;
        }
        return text.substring(k, i);
    }

    private PyNode number() {
        int start = i;
        int radix = 10;
        if (text.charAt(i) == '0' && i + 1 < text.length() && "xXoObB".indexOf(text.charAt(i + 1)) >= 0) {
            char p = Character.toLowerCase(text.charAt(i + 1));
            radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            i += 2;
        }
        String digits = digits(radix, radix != 10);
        boolean isFloat = false;
        if (radix == 10) {
            if (at('.') && !text.startsWith("...", i)) {
                isFloat = true;
                i++;
                digits += "." + digits(10, false);
            }
            if ((at('e') || at('E')) && !digits.isEmpty()) {
                int k = i + 1;
                if (k < text.length() && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
                    k++;
                }
                if (k < text.length() && isDigit(text.charAt(k))) {
                    isFloat = true;
                    String sign = text.substring(i + 1, k);
                    i = k;
                    digits += "e" + sign + digits(10, false);
                }
            }
        }
        if (digits.isEmpty()) {
            throw expected(radix == 10 ? "a number" : "a digit in base " + radix);
        }
        if (!isFloat && (at('L') || at('l'))) {
            i++; // Python 2 long, as in old .npy headers: (3L, 4L)
        }
        if (i < text.length() && isNamePart(text.charAt(i))) {
            throw expected("a digit in base " + radix);
        }
        if (isFloat) {
            return new PyNode.Float(text.substring(start, i), Double.parseDouble(digits), start);
        }
        if (digits.length() > MAX_DIGITS) {
            throw new PythonTextError(start, "the number has too many digits (Python reads at most " + MAX_DIGITS + ")");
        }
        if (radix == 10 && digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
            throw new PythonTextError(start, "leading zeros in decimal integer literals are not permitted;"
                    + " use an 0o prefix for octal integers");
        }
        return new PyNode.Int(new BigInteger(digits, radix), start);
    }

    /** Digits of the radix with single underscores between them (or, after 0x, before the first). */
    private String digits(int radix, boolean underscoreFirst) {
        StringBuilder d = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '_' && (d.length() > 0 || underscoreFirst) && i + 1 < text.length()
                    && digit(text.charAt(i + 1), radix) >= 0) {
                i++;
            } else if (digit(c, radix) >= 0) {
                d.append(c);
                i++;
            } else {
                return d.toString();
            }
        }
        return d.toString();
    }

    private static int digit(char c, int radix) {
        return c < 128 ? Character.digit(c, radix) : -1;
    }

    /** One literal, or several in a row (Python joins them): {@code b'a' b'b'}. */
    private PyNode strings() {
        int start = i;
        StringBuilder value = new StringBuilder();
        Boolean bytes = null;
        while (true) {
            int at = i;
            PythonLiterals.Literal lit = PythonLiterals.read(text, i);
            if (bytes != null && bytes != lit.bytes()) {
                throw new PythonTextError(at, "cannot mix bytes and nonbytes literals");
            }
            bytes = lit.bytes();
            value.append(lit.value());
            i = lit.end();
            int end = i;
            skipBlanks();
            if (PythonLiterals.quoteAfterPrefix(text, i) < 0) {
                i = end;
                return bytes ? new PyNode.Bytes(value.toString(), start) : new PyNode.Str(value.toString(), start);
            }
        }
    }

    private boolean at(char c) {
        return i < text.length() && text.charAt(i) == c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Skips spaces, tabs, backslash continuations, # comments and, where they do not end a statement, line breaks. */
    private void skipBlanks() {
        boolean lineBreaks = !lines || brackets > 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' && lineBreaks) {
                i++;
            } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                i += text.startsWith("\r\n", i + 1) ? 3 : 2;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                return;
            }
        }
    }

    /** Skips blanks and line breaks between statements. */
    private void skipLines() {
        brackets++;
        skipBlanks();
        brackets--;
    }

    private PythonTextError neverClosed(int open) {
        return new PythonTextError(open, "'" + text.charAt(open) + "' was never closed");
    }

    /** At a closing bracket nothing opened, Python's "unmatched ')'"; else "expected X, found Y". */
    private PythonTextError unmatchedOr(String what) {
        if (i < text.length() && ")]}".indexOf(text.charAt(i)) >= 0) {
            return new PythonTextError(i, "unmatched '" + text.charAt(i) + "'");
        }
        return expected(what);
    }

    private PythonTextError expected(String what) {
        return expected(what, -1);
    }

    /** "expected X, found Y" here; a character Python has no use for: "the character '$' cannot be used here". */
    private PythonTextError expected(String what, int opened) {
        if (i < text.length()) {
            char c = text.charAt(i);
            if (!(isNamePart(c) || Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.isSurrogate(c) || PYTHON_PUNCTUATION.indexOf(c) >= 0)) {
                return new PythonTextError(i, "the character " + PythonTextError.describeAt(text, i) + " cannot be used here");
            }
        }
        return new PythonTextError(i, "expected " + what + ", found " + PythonTextError.describeAt(text, i), opened, null);
    }
}
