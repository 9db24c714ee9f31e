package org.stridescope.core.io;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.buffer.TextPosition;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.ScalarTypeNames;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.LayoutSpec;
import org.stridescope.core.python.PyNode;
import org.stridescope.core.python.PythonReader;
import org.stridescope.core.python.PythonTextError;

/**
 * Reads pasted NumPy code and fills in a layout from it, without running anything:
 * {@code np.ndarray(shape, dtype, buffer, offset, strides, order)},
 * {@code np.frombuffer(buffer, dtype, count, offset)},
 * {@code np.lib.stride_tricks.as_strided(x, shape, strides)}, or an {@code __array_interface__}
 * dict as Python prints it. Earlier lines may assign the names used ({@code s = b'...'},
 * {@code x = np.frombuffer(s, '<i4')}); console prompts and imports are skipped. The last line that
 * makes an array is the one read.
 */
public final class NumpySnippet {
    /** Fields of {@link LayoutSpec} a snippet can determine. */
    public static final String DTYPE = "dtype";
    public static final String SHAPE = "shape";
    public static final String STRIDES = "strides";
    public static final String OFFSET = "offset";
    public static final String COUNT = "count";

    /**
     * What a snippet says.
     *
     * @param layout the layout; fields the snippet does not determine hold NumPy's defaults
     * @param form   what was read: "np.ndarray", "np.frombuffer", "as_strided", "__array_interface__"
     * @param given  which of dtype, shape, strides, offset, count the snippet determines (as_strided
     *               of an unknown array leaves the dtype and offset to the form)
     * @param bytes  the buffer's bytes if the snippet spells them out ({@code s = b'...'}), else null
     */
    public record Result(LayoutSpec layout, String form, Set<String> given, byte[] bytes) {
    }

    private static final List<String> NDARRAY = List.of("shape", "dtype", "buffer", "offset", "strides", "order");
    private static final List<String> FROMBUFFER = List.of("buffer", "dtype", "count", "offset", "like");
    private static final List<String> AS_STRIDED = List.of("x", "shape", "strides", "subok", "writeable");
    private static final int MAX_DEPTH = 20;

    private static final String DETAIL = "The text was read as NumPy code. Only Python literals, names and calls are"
            + " understood here; nothing is run.";

    private final String text;
    private final Map<String, PyNode> names = new HashMap<>();

    private NumpySnippet(String text) {
        this.text = text;
    }

    /** @throws StridescopeError InputError with line, column and what was expected */
    public static LayoutSpec parse(String text) {
        return parseDetailed(text).layout();
    }

    /** @throws StridescopeError InputError with line, column and what was expected */
    public static Result parseDetailed(String text) {
        String code = text == null ? "" : text;
        try {
            return new NumpySnippet(code).read();
        } catch (PythonTextError e) {
            throw e.toInputError(where -> TextPosition.of(code, where), DETAIL);
        }
    }

    private Result read() {
        List<PyNode> statements = new PythonReader(text).readStatements();
        PyNode main = null;
        for (PyNode s : statements) {
            if (form(value(s)) != null) {
                main = value(s);
            }
        }
        if (main == null) {
            int at = statements.isEmpty() ? text.length() : statements.get(statements.size() - 1).pos();
            throw error(at, "expected np.ndarray(...), np.frombuffer(...), as_strided(...) or an"
                    + " __array_interface__ dict" + (statements.isEmpty() ? ", found nothing" : ""));
        }
        for (PyNode s : statements) {
            if (value(s) == main) {
                break;
            }
            if (s instanceof PyNode.Assign a) {
                names.put(a.target(), a.value());
            }
        }
        return evaluate(main, 0);
    }

    /** What a line gives: the value assigned, or the expression. */
    private static PyNode value(PyNode statement) {
        return statement instanceof PyNode.Assign a ? a.value() : statement;
    }

    private static PythonTextError error(int at, String problem) {
        return new PythonTextError(at, problem);
    }

    /** The form a node makes, or null. */
    private static String form(PyNode node) {
        if (node instanceof PyNode.Dict d) {
            for (PyNode k : d.keys()) {
                if (k instanceof PyNode.Str s && s.value().equals("typestr")) {
                    return "__array_interface__";
                }
            }
            return null;
        }
        String function = node instanceof PyNode.Call c ? PyNode.dotted(c.function()) : null;
        if (function != null) {
            String last = function.substring(function.lastIndexOf('.') + 1);
            return switch (last) {
                case "ndarray" -> "np.ndarray";
                case "frombuffer" -> "np.frombuffer";
                case "as_strided" -> "as_strided";
                default -> null;
            };
        }
        return null;
    }

    private PyNode resolve(PyNode node) {
        for (int hops = 0; node instanceof PyNode.Name n && names.containsKey(n.id()) && hops < MAX_DEPTH; hops++) {
            node = names.get(n.id());
        }
        return node;
    }

    private Result evaluate(PyNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw error(node.pos(), "the arrays refer to each other too deeply");
        }
        String form = form(node);
        if (form.equals("__array_interface__")) {
            return arrayInterface((PyNode.Dict) node);
        }
        PyNode.Call call = (PyNode.Call) node;
        Map<String, PyNode> args = bind(call, form);
        Set<String> given = new LinkedHashSet<>();
        switch (form) {
            case "np.ndarray" -> {
                if (!args.containsKey("shape")) {
                    throw error(call.pos(), "np.ndarray() needs a shape: np.ndarray(shape, dtype, buffer, offset, strides)");
                }
                String dtype = dtype(args.get("dtype"));
                long[] shape = dims(args.get("shape"), "a shape");
                long[] strides = args.containsKey("strides") ? dims(args.get("strides"), "strides") : null;
                if (strides == null && args.containsKey("order") && isFortran(args.get("order"))) {
                    strides = Layout.fStrides(shape, itemsize(dtype, args.get("dtype")));
                }
                given.addAll(List.of(DTYPE, SHAPE, STRIDES, OFFSET));
                return new Result(new LayoutSpec(dtype, shape, strides, integer(args.get("offset"), 0), -1), form, given,
                        bytes(args.get("buffer")));
            }
            case "np.frombuffer" -> {
                if (!args.containsKey("buffer")) {
                    throw error(call.pos(), "np.frombuffer() needs a buffer: np.frombuffer(buffer, dtype, count, offset)");
                }
                given.addAll(List.of(DTYPE, SHAPE, STRIDES, OFFSET, COUNT));
                return new Result(new LayoutSpec(dtype(args.get("dtype")), null, null, integer(args.get("offset"), 0),
                        integer(args.get("count"), -1)), form, given, bytes(args.get("buffer")));
            }
            default -> {
                if (!args.containsKey("x")) {
                    throw error(call.pos(), "as_strided() needs the array: as_strided(x, shape, strides)");
                }
                PyNode x = resolve(args.get("x"));
                Result base = form(x) != null && !form(x).equals("__array_interface__") ? evaluate(x, depth + 1) : null;
                LayoutSpec b = base == null ? LayoutSpec.frombuffer(null) : base.layout();
                long[] shape = args.containsKey("shape") ? dims(args.get("shape"), "a shape") : null;
                long[] strides = args.containsKey("strides") ? dims(args.get("strides"), "strides") : null;
                if (base != null) {
                    given.addAll(List.of(DTYPE, OFFSET));
                }
                given.add(SHAPE);
                given.add(STRIDES);
                if (shape == null && base != null) {
                    shape = b.shape();
                    if (shape == null) {
                        given.add(COUNT);
                    }
                }
                if (strides == null && base != null) {
                    strides = b.strides();
                }
                return new Result(new LayoutSpec(b.dtype(), shape, strides, b.offset(), shape == null ? b.count() : -1), form,
                        given, base == null ? null : base.bytes());
            }
        }
    }

    private Result arrayInterface(PyNode.Dict d) {
        Map<String, PyNode> fields = new HashMap<>();
        for (int k = 0; k < d.keys().size(); k++) {
            if (d.keys().get(k) instanceof PyNode.Str s) {
                fields.put(s.value(), d.values().get(k));
            }
        }
        if (!fields.containsKey("shape")) {
            throw error(d.pos(), "the __array_interface__ dict has no 'shape'");
        }
        PyNode typestr = fields.get("typestr");
        if (!(typestr instanceof PyNode.Str t)) {
            throw error(typestr.pos(), "expected a dtype string for 'typestr', found " + PyNode.describe(typestr));
        }
        long[] shape = dims(fields.get("shape"), "a shape");
        long[] strides = fields.containsKey("strides") ? dims(fields.get("strides"), "strides") : null;
        Set<String> given = new LinkedHashSet<>(List.of(DTYPE, SHAPE, STRIDES));
        long offset = 0;
        if (fields.containsKey("offset")) {
            offset = integer(fields.get("offset"), 0);
            given.add(OFFSET);
        }
        return new Result(new LayoutSpec(t.value(), shape, strides, offset, -1), "__array_interface__", given, null);
    }

    /** Binds a call's arguments to the function's parameter names, as Python would. */
    private Map<String, PyNode> bind(PyNode.Call call, String form) {
        List<String> params = switch (form) {
            case "np.ndarray" -> NDARRAY;
            case "np.frombuffer" -> FROMBUFFER;
            default -> AS_STRIDED;
        };
        String fn = form.startsWith("np.") ? form.substring(3) : form;
        Map<String, PyNode> out = new HashMap<>();
        if (call.args().size() > params.size()) {
            throw error(call.args().get(params.size()).pos(), fn + "() takes at most " + params.size()
                    + " arguments: " + String.join(", ", params));
        }
        for (int k = 0; k < call.args().size(); k++) {
            out.put(params.get(k), call.args().get(k));
        }
        for (PyNode.Keyword kw : call.keywords()) {
            if (!params.contains(kw.name())) {
                throw error(kw.pos(), fn + "() got an unexpected keyword argument '" + kw.name() + "'");
            }
            if (out.containsKey(kw.name())) {
                throw error(kw.pos(), fn + "() got multiple values for argument '" + kw.name() + "'");
            }
            out.put(kw.name(), kw.value());
        }
        return out;
    }

    /** A dtype as text for {@link DType#parse}: a string, a NumPy or Python type name, np.dtype(...). */
    private String dtype(PyNode node) {
        PyNode d = resolve(node);
        if (d == null || d instanceof PyNode.Constant c && c.name().equals("None")) {
            return LayoutSpec.DEFAULT_DTYPE; // NumPy's default: float64
        }
        if (d instanceof PyNode.Str s) {
            return s.value();
        }
        if (d instanceof PyNode.Call c && String.valueOf(PyNode.dotted(c.function())).endsWith("dtype")
                && c.args().size() == 1 && c.keywords().isEmpty()) {
            return dtype(c.args().get(0));
        }
        if (d instanceof PyNode.Call c && c.function() instanceof PyNode.Attribute a && a.name().equals("newbyteorder")
                && c.args().size() == 1 && c.keywords().isEmpty() && resolve(c.args().get(0)) instanceof PyNode.Str order
                && order.value().length() == 1 && "<>=|".contains(order.value())) {
            // np.dtype(ml_dtypes.bfloat16).newbyteorder('>'): how a big-endian bfloat16 is written in Python
            String base = dtype(a.target());
            return order.value() + (!base.isEmpty() && "<>=|".indexOf(base.charAt(0)) >= 0 ? base.substring(1) : base);
        }
        String dotted = PyNode.dotted(d);
        if (dotted != null) {
            String name = dotted.substring(dotted.lastIndexOf('.') + 1);
            return ScalarTypeNames.dtypeText(name);
        }
        throw error(d.pos(), "expected a dtype (a string such as '>i4', or np.int32), found " + PyNode.describe(d));
    }

    private int itemsize(String dtype, PyNode at) {
        try {
            return DType.parse(dtype).itemsize();
        } catch (StridescopeError e) {
            throw error(at == null ? 0 : at.pos(), "cannot work out Fortran-order strides: " + e);
        }
    }

    private boolean isFortran(PyNode node) {
        PyNode o = resolve(node);
        if (o instanceof PyNode.Str s && (s.value().equals("F") || s.value().equals("C") || s.value().equals("A")
                || s.value().equals("K"))) {
            return s.value().equals("F");
        }
        if (o instanceof PyNode.Constant c && c.name().equals("None")) {
            return false;
        }
        throw error(o.pos(), "expected order 'C' or 'F', found " + PyNode.describe(o));
    }

    /** A shape or strides: an integer or a tuple/list of integers; None gives null. */
    private long[] dims(PyNode node, String what) {
        PyNode d = resolve(node);
        if (d instanceof PyNode.Constant c && c.name().equals("None")) {
            return null;
        }
        if (PyNode.signedInt(d) != null) {
            return new long[] {toLong(d, what)};
        }
        if (d instanceof PyNode.Sequence seq) {
            long[] out = new long[seq.items().size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = toLong(resolve(seq.items().get(k)), what);
            }
            return out;
        }
        throw error(d.pos(), "expected " + what + " (an integer or a tuple of integers), found " + PyNode.describe(d));
    }

    private long integer(PyNode node, long absent) {
        if (node == null) {
            return absent;
        }
        PyNode d = resolve(node);
        if (d instanceof PyNode.Constant c && c.name().equals("None")) {
            return absent;
        }
        return toLong(d, "an integer");
    }

    private long toLong(PyNode node, String what) {
        BigInteger v = PyNode.signedInt(node);
        if (v == null) {
            throw error(node.pos(), "expected " + what + " (integers), found " + PyNode.describe(node));
        }
        if (v.bitLength() > 63) {
            throw error(node.pos(), "the integer " + v + " does not fit in 64 bits");
        }
        return v.longValue();
    }

    /** The buffer's bytes if the snippet spells them out: b'...', bytes.fromhex('...'), bytearray(b'...'). */
    private byte[] bytes(PyNode node) {
        PyNode b = resolve(node);
        if (b instanceof PyNode.Bytes s) {
            return s.bytes();
        }
        if (b instanceof PyNode.Call c && PyNode.dotted(c.function()) != null && c.args().size() == 1) {
            String f = PyNode.dotted(c.function());
            PyNode arg = resolve(c.args().get(0));
            if (f.equals("bytes.fromhex") && arg instanceof PyNode.Str hex) {
                try {
                    return PasteParser.parse(hex.value());
                } catch (StridescopeError e) {
                    throw error(arg.pos(), "bytes.fromhex() of text that is not hex: " + e.getMessage());
                }
            }
            if (f.equals("bytes") || f.equals("bytearray") || f.equals("memoryview")) {
                return bytes(arg);
            }
        }
        return null;
    }

    /** Python text for a string literal. */
    static String pyString(String s) {
        StringBuilder out = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
