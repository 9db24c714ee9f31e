package org.stridescope.core.io.tensors;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stridescope.core.StridescopeError;

/**
 * A reader of Python's pickle format (protocols 0 to 5) that only builds plain data: dicts, lists,
 * tuples, strings, numbers, bytes, None. It never loads or makes a class and never runs anything:
 * a global the pickle names is a {@link Global} value, checked against the caller's allow-list the
 * moment it is read, and calling one ({@code REDUCE}, {@code NEWOBJ}) asks the caller what it
 * stands for. Any other global stops the reading with its name; what was read so far stays on
 * {@link #stack()} for the caller to salvage.
 */
public final class PickleReader {
    /** A global the pickle names, as text: {@code torch._utils._rebuild_tensor_v2}. */
    public record Global(String module, String name) {
        @Override
        public String toString() {
            return module + "." + name;
        }
    }

    /** A Python tuple (a Java List is a Python list). */
    public record Tuple(List<Object> items) {
        public Tuple {
            items = java.util.Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /** Python's None (Java null cannot be a dict value in every map). */
    public static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** What a pickle's globals and persistent ids stand for: the caller's allow-list. */
    public interface Host {
        /** Whether the pickle may name this global; false stops the reading with its name. */
        boolean allows(Global global);

        /** What calling an allowed global with {@code args} gives. */
        Object call(Global global, Tuple args, long at);

        /** What a persistent id (PyTorch's storages) stands for. */
        Object persistent(Object pid, long at);
    }

    private static final Object MARK = new Object();
    /** More memo entries or stack items than any state dict needs; a hostile pickle stops here, not at the heap's end. */
    private static final int MAX_ITEMS = 10_000_000;

    private final byte[] data;
    private final Host host;
    private int pos;
    private final List<Object> stack = new ArrayList<>();
    private final Map<Long, Object> memo = new HashMap<>();

    public PickleReader(byte[] data, Host host) {
        this.data = data;
        this.host = host;
    }

    /** The stack as the reading left it: after a failure, what was built so far. */
    public List<Object> stack() {
        return stack.stream().map(o -> o == MARK ? Marker.MARK : o).toList();
    }

    /** Where {@link #stack()} had a MARK. */
    public enum Marker { MARK }

    /**
     * Reads to the STOP opcode.
     *
     * @throws StridescopeError InputError for a damaged pickle or a refused global
     */
    public Object read() {
        while (true) {
            if (pos >= data.length) {
                throw damaged("it ends before its STOP opcode");
            }
            long at = pos;
            int op = data[pos++] & 0xff;
            switch (op) {
                case 0x80 -> { // PROTO
                    int v = u8();
                    if (v > 5) {
                        throw damaged("pickle protocol " + v + " is newer than any Stridescope reads (0 to 5)");
                    }
                }
                case 0x95 -> take(8); // FRAME: a length hint only
                case '.' -> { // STOP
                    if (stack.isEmpty() || top() == MARK) {
                        throw damaged("STOP with nothing built");
                    }
                    return pop();
                }
                case '(' -> push(MARK);
                case '0' -> pop();
                case '1' -> popMark();
                case '2' -> push(top());
                case 'N' -> push(NONE);
                case 0x88 -> push(Boolean.TRUE);
                case 0x89 -> push(Boolean.FALSE);
                case 'I' -> {
                    String s = line();
                    push(s.equals("01") ? Boolean.TRUE : s.equals("00") ? Boolean.FALSE : parseInt(s));
                }
                case 'J' -> push((long) le(4, true));
                case 'K' -> push((long) u8());
                case 'M' -> push(le(2, false));
                case 'L' -> {
                    String s = line();
                    push(parseInt(s.endsWith("L") ? s.substring(0, s.length() - 1) : s));
                }
                case 0x8a -> push(longBytes(u8()));
                case 0x8b -> push(longBytes(length(le(4, true))));
                case 'F' -> {
                    try {
                        push(Double.parseDouble(line()));
                    } catch (NumberFormatException e) {
                        throw damaged("FLOAT is not a number");
                    }
                }
                case 'G' -> {
                    long bits = 0;
                    for (byte b : take(8)) {
                        bits = bits << 8 | (b & 0xff);
                    }
                    push(Double.longBitsToDouble(bits));
                }
                case 'S' -> push(quoted(line()));
                case 'T' -> push(new String(take(length(le(4, true))), StandardCharsets.ISO_8859_1));
                case 'U' -> push(new String(take(u8()), StandardCharsets.ISO_8859_1));
                case 'V' -> push(line());
                case 'X' -> push(utf8(take(length(le(4, false)))));
                case 0x8c -> push(utf8(take(u8())));
                case 0x8d -> push(utf8(take(length(le8()))));
                case 'B' -> push(take(length(le(4, false))));
                case 'C' -> push(take(u8()));
                case 0x8e, 0x96 -> push(take(length(le8())));
                case ']' -> push(new ArrayList<>());
                case 'l' -> push(new ArrayList<>(popMark()));
                case 'a' -> {
                    Object v = pop();
                    list(top(), at).add(v);
                }
                case 'e' -> {
                    List<Object> items = popMark();
                    list(top(), at).addAll(items);
                }
                case ')' -> push(new Tuple(List.of()));
                case 't' -> push(new Tuple(popMark()));
                case 0x85, 0x86, 0x87 -> {
                    int n = op - 0x84;
                    Object[] items = new Object[n];
                    for (int k = n - 1; k >= 0; k--) {
                        items[k] = pop();
                    }
                    push(new Tuple(java.util.Arrays.asList(items)));
                }
                case '}' -> push(new LinkedHashMap<>());
                case 'd' -> {
                    Map<Object, Object> d = new LinkedHashMap<>();
                    putAll(d, popMark(), at);
                    push(d);
                }
                case 's' -> {
                    Object v = pop();
                    Object k = key(pop(), at);
                    dict(top(), at).put(k, v);
                }
                case 'u' -> {
                    List<Object> items = popMark();
                    putAll(dict(top(), at), items, at);
                }
                case 0x8f -> push(new ArrayList<>()); // EMPTY_SET: kept as a list, never looked into
                case 0x90 -> {
                    List<Object> items = popMark();
                    list(top(), at).addAll(items);
                }
                case 0x91 -> push(new ArrayList<>(popMark()));
                case 'c' -> push(global(line(), line(), at));
                case 0x93 -> {
                    Object name = pop();
                    Object module = pop();
                    if (!(module instanceof String m) || !(name instanceof String n)) {
                        throw damaged("STACK_GLOBAL without a module and a name");
                    }
                    push(global(m, n, at));
                }
                case 'i' -> { // INST: a global called with the items since the mark
                    Global g = global(line(), line(), at);
                    push(host.call(g, new Tuple(popMark()), at));
                }
                case 'o' -> { // OBJ
                    List<Object> items = popMark();
                    if (items.isEmpty() || !(items.get(0) instanceof Global g)) {
                        throw damaged("OBJ without a class");
                    }
                    push(host.call(g, new Tuple(items.subList(1, items.size())), at));
                }
                case 'R' -> {
                    Object args = pop();
                    Object f = pop();
                    push(call(f, args, at));
                }
                case 0x81 -> { // NEWOBJ: cls.__new__(cls, *args)
                    Object args = pop();
                    Object cls = pop();
                    push(call(cls, args, at));
                }
                case 0x92 -> { // NEWOBJ_EX
                    pop();
                    Object args = pop();
                    Object cls = pop();
                    push(call(cls, args, at));
                }
                case 'b' -> { // BUILD: sets an object's state; plain data has none worth keeping
                    pop();
                    if (stack.isEmpty() || top() == MARK) {
                        throw damaged("BUILD with nothing to build");
                    }
                }
                case 'p' -> memo.put(parseLong(line()), top());
                case 'q' -> memoPut(u8());
                case 'r' -> memoPut(le(4, false));
                case 0x94 -> memoPut(memo.size());
                case 'g' -> push(memoGet(parseLong(line())));
                case 'h' -> push(memoGet(u8()));
                case 'j' -> push(memoGet(le(4, false)));
                case 'P' -> push(host.persistent(line(), at));
                case 'Q' -> push(host.persistent(pop(), at));
                case 0x82, 0x83, 0x84 -> throw damaged("it uses the copyreg extension registry, which names classes"
                        + " Stridescope does not load");
                case 0x97 -> push(NONE); // NEXT_BUFFER: out-of-band data never comes with a file
                case 0x98 -> { } // READONLY_BUFFER
                default -> throw damaged("byte 0x" + Integer.toHexString(op) + " is not a pickle opcode");
            }
        }
    }

    private Global global(String module, String name, long at) {
        Global g = new Global(module, name);
        if (!host.allows(g)) {
            throw StridescopeError.inputError("the pickle asks for " + g + ": Stridescope reads only tensors",
                    "A checkpoint's pickle may name any Python function, and loading it with torch.load would run it."
                            + " Stridescope never runs or loads anything: it knows the few names a saved state dict"
                            + " uses, and stops at byte " + at + " of the pickle, where " + g + " is named. The tensors"
                            + " read before it are listed.");
        }
        return g;
    }

    private Object call(Object f, Object args, long at) {
        if (!(f instanceof Global g)) {
            throw damaged("it calls something that is not a named function (at byte " + at + ")");
        }
        if (!(args instanceof Tuple t)) {
            throw damaged("it calls " + g + " without an argument tuple (at byte " + at + ")");
        }
        return host.call(g, t, at);
    }

    private void putAll(Map<Object, Object> d, List<Object> items, long at) {
        if (items.size() % 2 != 0) {
            throw damaged("a dict is given an odd number of keys and values (at byte " + at + ")");
        }
        for (int k = 0; k < items.size(); k += 2) {
            d.put(key(items.get(k), at), items.get(k + 1));
        }
    }

    /** A dict key: a string or a number (state dicts use nothing else; a list key could even contain itself). */
    private Object key(Object k, long at) {
        if (k instanceof String || k instanceof Long || k instanceof BigInteger || k instanceof Double
                || k instanceof Boolean || k == NONE) {
            return k;
        }
        throw damaged("a dict key is not a string or a number (at byte " + at + ")");
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object o, long at) {
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw damaged("it appends to something that is not a list (at byte " + at + ")");
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> dict(Object o, long at) {
        if (o instanceof Map<?, ?> m) {
            return (Map<Object, Object>) m;
        }
        throw damaged("it sets an item of something that is not a dict (at byte " + at + ")");
    }

    private void memoPut(long key) {
        if (stack.isEmpty()) {
            throw damaged("it memoizes from an empty stack");
        }
        if (memo.size() >= MAX_ITEMS) {
            throw damaged("it memoizes more than " + MAX_ITEMS + " values");
        }
        memo.put(key, top());
    }

    private Object memoGet(long key) {
        Object v = memo.get(key);
        if (v == null) {
            throw damaged("it reads memo entry " + key + ", which it never wrote");
        }
        return v;
    }

    private void push(Object o) {
        if (stack.size() >= MAX_ITEMS) {
            throw damaged("its stack grows past " + MAX_ITEMS + " items");
        }
        stack.add(o);
    }

    private Object top() {
        if (stack.isEmpty()) {
            throw damaged("it reads from an empty stack at byte " + (pos - 1));
        }
        return stack.get(stack.size() - 1);
    }

    private Object pop() {
        Object o = top();
        if (o == MARK) {
            throw damaged("it takes a value where a MARK is, at byte " + (pos - 1));
        }
        return stack.remove(stack.size() - 1);
    }

    private List<Object> popMark() {
        int k = stack.size() - 1;
        while (k >= 0 && stack.get(k) != MARK) {
            k--;
        }
        if (k < 0) {
            throw damaged("it closes a MARK it never opened, at byte " + (pos - 1));
        }
        List<Object> items = new ArrayList<>(stack.subList(k + 1, stack.size()));
        stack.subList(k, stack.size()).clear();
        return items;
    }

    private int u8() {
        return take(1)[0] & 0xff;
    }

    private long le(int n, boolean signed) {
        byte[] b = take(n);
        long v = 0;
        for (int k = n - 1; k >= 0; k--) {
            v = v << 8 | (b[k] & 0xff);
        }
        if (signed && n == 4) {
            v = (int) v;
        }
        return v;
    }

    private long le8() {
        long lo = le(4, false);
        long hi = le(4, false);
        return hi << 32 | lo;
    }

    private int length(long n) {
        if (n < 0 || n > data.length - pos) {
            throw damaged("a length of " + n + " bytes at byte " + pos + " goes past the end of the pickle");
        }
        return (int) n;
    }

    private byte[] take(int n) {
        if (n < 0 || n > data.length - pos) {
            throw damaged("it ends in the middle of an opcode's argument, at byte " + pos);
        }
        byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return b;
    }

    private String line() {
        int end = pos;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        if (end >= data.length) {
            throw damaged("a text argument has no end of line");
        }
        String s = new String(data, pos, end - pos, StandardCharsets.ISO_8859_1);
        pos = end + 1;
        return s;
    }

    private Object longBytes(int n) {
        byte[] le = take(n);
        if (n == 0) {
            return 0L;
        }
        byte[] be = new byte[n];
        for (int k = 0; k < n; k++) {
            be[k] = le[n - 1 - k];
        }
        BigInteger v = new BigInteger(be);
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private Object parseInt(String s) {
        try {
            BigInteger v = new BigInteger(s.strip());
            return v.bitLength() < 64 ? (Object) v.longValue() : v;
        } catch (NumberFormatException e) {
            throw damaged("'" + shorten(s) + "' is not an integer");
        }
    }

    private long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw damaged("'" + shorten(s) + "' is not a memo key");
        }
    }

    private String quoted(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        throw damaged("a STRING argument is not quoted");
    }

    private String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private StridescopeError damaged(String what) {
        return StridescopeError.inputError("the pickle is damaged: " + what,
                "A PyTorch checkpoint describes its tensors in a pickle (data.pkl); this one does not read as a"
                        + " pickle to its end.");
    }
}
