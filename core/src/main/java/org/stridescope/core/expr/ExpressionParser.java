package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;

/**
 * Recursive-descent parser for the small part of Python that NumPy view expressions use:
 * names, attributes, calls with keywords, subscripts with slices, tuples, lists, numbers,
 * strings, {@code ...}, unary minus and integer {@code + - * //}.
 */
final class ExpressionParser {
    private enum Kind { NAME, INT, FLOAT, STRING, OP, END }

    private record Token(Kind kind, String text, int column) {
    }

    private final String source;
    private final List<Token> tokens;
    private int pos;

    ExpressionParser(String source) {
        this.source = source;
        this.tokens = tokenize(source);
    }

    Node parseWhole() {
        if (peek().kind == Kind.END) {
            throw error(peek(), "the expression is empty; type something like a.T or a[::2]");
        }
        Node node = expression();
        if (peek().kind != Kind.END) {
            throw error(peek(), "unexpected '" + peek().text + "'");
        }
        return node;
    }

    // expression := term (('+' | '-') term)*
    private Node expression() {
        Node left = term();
        while (isOp("+") || isOp("-")) {
            Token op = next();
            left = new Node.Binary(op.text, left, term(), op.column);
        }
        return left;
    }

    // term := unary (('*' | '//') unary)*
    private Node term() {
        Node left = unary();
        while (isOp("*") || isOp("//")) {
            Token op = next();
            left = new Node.Binary(op.text, left, unary(), op.column);
        }
        return left;
    }

    private Node unary() {
        if (isOp("-") || isOp("+")) {
            Token op = next();
            return new Node.Unary(op.text.charAt(0), unary(), op.column);
        }
        return postfix(atom());
    }

    private Node postfix(Node node) {
        while (true) {
            Token t = peek();
            if (isOp(".")) {
                next();
                Token name = expect(Kind.NAME, "a name after '.'");
                node = new Node.Attribute(node, name.text, t.column);
            } else if (isOp("(")) {
                next();
                node = callArguments(node, t.column);
            } else if (isOp("[")) {
                next();
                node = subscript(node, t.column);
            } else {
                return node;
            }
        }
    }

    private Node callArguments(Node callee, int column) {
        List<Node> args = new ArrayList<>();
        List<Node.Keyword> keywords = new ArrayList<>();
        while (!isOp(")")) {
            if (peek().kind == Kind.NAME && peekAt(1).kind == Kind.OP && peekAt(1).text.equals("=")) {
                String name = next().text;
                next();
                keywords.add(new Node.Keyword(name, expression()));
            } else {
                if (!keywords.isEmpty()) {
                    throw error(peek(), "positional argument follows keyword argument");
                }
                args.add(expression());
            }
            if (!isOp(",")) {
                break;
            }
            next();
        }
        expectClose(")", column);
        return new Node.Call(callee, args, keywords, column);
    }

    private Node subscript(Node target, int column) {
        List<Node> items = new ArrayList<>();
        boolean comma = false;
        if (isOp("]")) {
            throw error(peek(), "empty brackets: put an index inside, such as a[0] or a[:, 1]");
        }
        while (!isOp("]")) {
            items.add(subscriptItem());
            if (!isOp(",")) {
                break;
            }
            next();
            comma = true;
        }
        expectClose("]", column);
        return new Node.Subscript(target, items, comma, column);
    }

    private Node subscriptItem() {
        int column = peek().column;
        Node start = isOp(":") ? null : expression();
        if (!isOp(":")) {
            return start;
        }
        next();
        Node stop = startsExpression() ? expression() : null;
        Node step = null;
        if (isOp(":")) {
            next();
            step = startsExpression() ? expression() : null;
        }
        return new Node.SliceLiteral(start, stop, step, column);
    }

    private boolean startsExpression() {
        Token t = peek();
        return t.kind != Kind.END && !(t.kind == Kind.OP && (t.text.equals(":") || t.text.equals(",")
                || t.text.equals("]") || t.text.equals(")")));
    }

    private Node atom() {
        Token t = next();
        switch (t.kind) {
            case NAME:
                return new Node.Name(t.text, t.column);
            case INT:
                try {
                    return new Node.IntLiteral(parseInt(t.text), t.column);
                } catch (NumberFormatException e) {
                    throw error(t, "the number " + t.text + " is too large");
                }
            case FLOAT:
                return new Node.FloatLiteral(Double.parseDouble(t.text.replace("_", "")), t.column);
            case STRING:
                return new Node.StringLiteral(t.text, t.column);
            case OP:
                if (t.text.equals("...")) {
                    return new Node.EllipsisLiteral(t.column);
                }
                if (t.text.equals("(") || t.text.equals("[")) {
                    return sequence(t);
                }
                break;
            default:
                break;
        }
        throw error(t, t.kind == Kind.END ? "the expression ends too early" : "unexpected '" + t.text + "'");
    }

    /** {@code (x)} is x; {@code ()}, {@code (x,)}, {@code (x, y)} are tuples; {@code [..]} a list. */
    private Node sequence(Token open) {
        boolean list = open.text.equals("[");
        String close = list ? "]" : ")";
        List<Node> items = new ArrayList<>();
        boolean comma = false;
        while (!isOp(close)) {
            items.add(expression());
            if (!isOp(",")) {
                break;
            }
            next();
            comma = true;
        }
        expectClose(close, open.column);
        if (!list && items.size() == 1 && !comma) {
            return items.get(0);
        }
        return new Node.Sequence(items, list, open.column);
    }

    private static long parseInt(String text) {
        String t = text.replace("_", "").toLowerCase();
        if (t.startsWith("0x")) {
            return Long.parseLong(t.substring(2), 16);
        }
        if (t.startsWith("0o")) {
            return Long.parseLong(t.substring(2), 8);
        }
        if (t.startsWith("0b")) {
            return Long.parseLong(t.substring(2), 2);
        }
        return Long.parseLong(t);
    }

    // ---- tokens ----

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind != Kind.END) {
            pos++;
        }
        return t;
    }

    private boolean isOp(String op) {
        Token t = peek();
        return t.kind == Kind.OP && t.text.equals(op);
    }

    private void expectOp(String op) {
        if (!isOp(op)) {
            Token t = peek();
            throw error(t, "expected '" + op + "' but "
                    + (t.kind == Kind.END ? "the expression ends" : "found '" + t.text + "'"));
        }
        next();
    }

    /** Like Python, an unclosed bracket at the end is reported where it opened. */
    private void expectClose(String close, int openColumn) {
        if (peek().kind == Kind.END) {
            throw syntaxError(source, openColumn, "'" + source.charAt(openColumn - 1) + "' was never closed");
        }
        expectOp(close);
    }

    private Token expect(Kind kind, String what) {
        Token t = peek();
        if (t.kind != kind) {
            throw error(t, "expected " + what + " but "
                    + (t.kind == Kind.END ? "the expression ends" : "found '" + t.text + "'"));
        }
        return next();
    }

    private StridescopeError error(Token at, String what) {
        return syntaxError(source, at.column, what);
    }

    static StridescopeError syntaxError(String source, int column, String what) {
        String caret = " ".repeat(Math.max(0, column - 1)) + "^";
        return StridescopeError.inputError("invalid syntax at column " + column + ": " + what,
                "The expression could not be read as Python:\n  " + source + "\n  " + caret);
    }

    private static final String[] OPERATORS = {"...", "//", "(", ")", "[", "]", ",", ":", ".", "=", "-", "+", "*"};

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Token(Kind.NAME, s.substring(i, j), column));
                i = j;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                i = number(s, i, out);
            } else if (c == '\'' || c == '"') {
                i = string(s, i, out);
            } else {
                String op = null;
                for (String candidate : OPERATORS) {
                    if (s.startsWith(candidate, i)) {
                        op = candidate;
                        break;
                    }
                }
                if (op == null) {
                    throw syntaxError(s, column, "the character '" + c + "' cannot be used here");
                }
                out.add(new Token(Kind.OP, op, column));
                i += op.length();
            }
        }
        out.add(new Token(Kind.END, "", s.length() + 1));
        return out;
    }

    private static int number(String s, int i, List<Token> out) {
        int j = i;
        boolean isFloat = false;
        if (s.startsWith("0x", i) || s.startsWith("0X", i) || s.startsWith("0o", i) || s.startsWith("0O", i)
                || s.startsWith("0b", i) || s.startsWith("0B", i)) {
            j += 2;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
        } else {
            while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '.' && !s.startsWith("...", j)) {
                isFloat = true;
                j++;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
            }
            if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                int k = j + 1;
                if (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                    k++;
                }
                if (k < s.length() && Character.isDigit(s.charAt(k))) {
                    isFloat = true;
                    j = k;
                    while (j < s.length() && Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                }
            }
        }
        String text = s.substring(i, j);
        if (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
            throw syntaxError(s, i + 1, "'" + text + s.charAt(j) + "' is not a valid number");
        }
        if (!isFloat) {
            try {
                parseInt(text);
            } catch (NumberFormatException e) {
                throw syntaxError(s, i + 1, "'" + text + "' is not a valid number");
            }
        }
        out.add(new Token(isFloat ? Kind.FLOAT : Kind.INT, text, i + 1));
        return j;
    }

    private static int string(String s, int i, List<Token> out) {
        char quote = s.charAt(i);
        StringBuilder sb = new StringBuilder();
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != quote) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < s.length()) {
                j++;
                c = s.charAt(j);
            }
            sb.append(c);
            j++;
        }
        if (j >= s.length()) {
            throw syntaxError(s, i + 1, "the string starting here is never closed (missing " + quote + ")");
        }
        out.add(new Token(Kind.STRING, sb.toString(), i + 1));
        return j + 1;
    }
}
