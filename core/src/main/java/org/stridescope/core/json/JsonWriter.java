package org.stridescope.core.json;

/**
 * Writes compact JSON in the style of the spec ({@code {"ok": true, "dtype": "<f4"}}), ASCII
 * only: anything else becomes a {@code \\uXXXX} escape, so lone surrogates from UCS4 data survive.
 * Commas are placed automatically.
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final StringBuilder out;
    private boolean needComma;

    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    public JsonWriter() {
        this(new StringBuilder());
    }

    public JsonWriter beginObject() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    public JsonWriter endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    public JsonWriter beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    public JsonWriter endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    public JsonWriter name(String name) {
        comma();
        quote(name);
        out.append(": ");
        needComma = false;
        return this;
    }

    public JsonWriter value(String s) {
        comma();
        if (s == null) {
            out.append("null");
        } else {
            quote(s);
        }
        needComma = true;
        return this;
    }

    public JsonWriter value(long n) {
        comma();
        out.append(n);
        needComma = true;
        return this;
    }

    public JsonWriter value(boolean b) {
        comma();
        out.append(b);
        needComma = true;
        return this;
    }

    public JsonWriter value(long[] numbers) {
        beginArray();
        for (long n : numbers) {
            value(n);
        }
        return endArray();
    }

    public JsonWriter field(String name, String s) {
        return name(name).value(s);
    }

    public JsonWriter field(String name, long n) {
        return name(name).value(n);
    }

    public JsonWriter field(String name, boolean b) {
        return name(name).value(b);
    }

    public JsonWriter field(String name, long[] numbers) {
        return name(name).value(numbers);
    }

    private void comma() {
        if (needComma) {
            out.append(", ");
        }
    }

    private void quote(String s) {
        out.append('"');
        int n = s.length();
        int i = 0;
        while (true) {
            int special = nextSpecial(s, i);
            out.append(s, i, special); // text between escapes goes in one piece
            if (special == n) {
                break;
            }
            char c = s.charAt(special);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                        .append(HEX[c & 15]);
            }
            i = special + 1;
        }
        out.append('"');
    }

    /** The first index from {@code from} of a character that needs an escape, or the length. */
    private static int nextSpecial(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return i;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
