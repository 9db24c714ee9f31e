package org.stridescope.core.dtype;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stridescope.core.PythonText;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.python.PyNode;
import org.stridescope.core.python.PythonReader;
import org.stridescope.core.python.PythonTextError;

/**
 * NumPy 1.24's structured dtypes from the Python text that describes them, read (never evaluated)
 * by the one {@link PythonReader}: lists of field tuples, the dict form, {@code (fmt, shape)}
 * tuples, strings and {@code np.dtype(x, align=True)}. Follows {@code _convert_from_any} and its
 * helpers in {@code numpy/core/src/multiarray/descriptor.c}, checks and messages included.
 */
public final class StructuredDTypeReader {
    private StructuredDTypeReader() {
    }

    /** True when {@code text} is Python for a dtype rather than NumPy's own dtype string language. */
    static boolean isPythonText(String text) {
        String t = text.strip();
        if (t.startsWith("[") || t.startsWith("{") || t.startsWith("'") || t.startsWith("\"")
                || t.matches("(?s)(np\\.|numpy\\.)?dtype\\s*\\(.*")) {
            return true;
        }
        // '(2,3)i4' is a comma string; "('<i4', (2, 3))" is a tuple
        return t.matches("(?s)\\(\\s*['\"\\[{(].*");
    }

    /** The dtype the Python text {@code text} describes, as {@code np.dtype(eval(text))} would build it. */
    static DType read(String text) {
        PyNode node;
        try {
            node = new PythonReader(text).readExpression();
        } catch (PythonTextError e) {
            // as a dtype string, which is what NumPy would be given, it is not understood either
            throw new StridescopeError("TypeError", DTypeParser.notUnderstood(text).getMessage(),
                    "Read as Python (a list, dict or tuple of types, or np.dtype(...)) it breaks off at column "
                            + (e.position() + 1) + ": " + e.problem(i -> "column " + (i + 1)) + ".");
        }
        if (node instanceof PyNode.Call call && isDtypeFunction(call.function())) {
            return fromCall(call);
        }
        if (!isLiteral(node)) {
            throw DTypeParser.notUnderstood(text);
        }
        return fromAny(node, false);
    }

    /** Only literals describe a dtype: a name or arithmetic would need evaluating. */
    private static boolean isLiteral(PyNode node) {
        if (node instanceof PyNode.Sequence q) {
            return q.items().stream().allMatch(StructuredDTypeReader::isLiteral);
        }
        if (node instanceof PyNode.Dict d) {
            return d.keys().stream().allMatch(StructuredDTypeReader::isLiteral)
                    && d.values().stream().allMatch(StructuredDTypeReader::isLiteral);
        }
        return node instanceof PyNode.Str || node instanceof PyNode.Int || node instanceof PyNode.Constant
                || PyNode.signedInt(node) != null;
    }

    private static boolean isDtypeFunction(PyNode f) {
        String name = PyNode.dotted(f);
        return "np.dtype".equals(name) || "numpy.dtype".equals(name) || "dtype".equals(name);
    }

    /** {@code np.dtype(obj, align=False)}. */
    private static DType fromCall(PyNode.Call call) {
        if (call.args().isEmpty() || call.args().size() > 2) {
            throw StridescopeError.typeError("dtype() takes 1 or 2 positional arguments",
                    "Write np.dtype(fields) or np.dtype(fields, align=True).");
        }
        boolean align = call.args().size() == 2 && isTrue(call.args().get(1), "align");
        for (PyNode.Keyword k : call.keywords()) {
            if (!k.name().equals("align")) {
                throw StridescopeError.inputError("np.dtype(..., " + k.name() + "=...) is not supported",
                        "Only align=True or align=False changes the layout; copy and metadata do not.");
            }
            align = isTrue(k.value(), "align");
        }
        return fromAny(call.args().get(0), align);
    }

    private static boolean isTrue(PyNode node, String what) {
        if (node instanceof PyNode.Constant c && !c.name().equals("None")) {
            return c.name().equals("True");
        }
        BigInteger n = PyNode.signedInt(node);
        if (n != null) {
            return n.signum() != 0;
        }
        throw StridescopeError.inputError(what + " must be True or False, not " + PyNode.describe(node),
                "Write " + what + "=True or " + what + "=False.");
    }

    /** {@code _convert_from_any}. */
    static DType fromAny(PyNode node, boolean align) {
        if (node instanceof PyNode.Str s) {
            return fromString(s.value(), align);
        }
        if (node instanceof PyNode.Sequence q && q.list()) {
            return fromFieldList(q.items(), align);
        }
        if (node instanceof PyNode.Sequence q) {
            return fromTuple(q.items(), align);
        }
        if (node instanceof PyNode.Dict d) {
            return fromDict(d, align);
        }
        if (node instanceof PyNode.Call call && isDtypeFunction(call.function())) {
            return fromCall(call);
        }
        throw StridescopeError.typeError("Cannot interpret " + pythonRepr(node) + " as a data type",
                "A dtype is a string ('<f4'), a list of (name, type) tuples, a dict with 'names' and "
                        + "'formats', or a (type, shape) tuple; " + PyNode.describe(node) + " is none of these.");
    }

    /** A string, with {@code align} reaching comma strings ({@code _convert_from_str}). */
    static DType fromString(String text, boolean align) {
        return align && DTypeParser.isCommaString(text) ? CommaString.parse(text, true) : DTypeParser.parse(text);
    }

    /** {@code _convert_from_array_descr}: {@code [('x', '<f4'), ('pos', '<i2', (3,))]}. */
    private static DType fromFieldList(List<PyNode> items, boolean align) {
        List<Field> fields = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int maxAlign = 1;
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            PyNode item = items.get(i);
            if (!(item instanceof PyNode.Sequence t) || t.list() || t.items().size() < 2) {
                throw StridescopeError.typeError("Field elements must be 2- or 3-tuples, got '" + pythonRepr(item) + "'",
                        "Each field is a tuple (name, type) or (name, type, shape).");
            }
            PyNode nameNode = t.items().get(0);
            String title = null;
            String name;
            if (nameNode instanceof PyNode.Str s) {
                name = s.value();
            } else if (nameNode instanceof PyNode.Sequence pair && !pair.list()) {
                if (pair.items().size() != 2) {
                    throw StridescopeError.typeError("If a tuple, the first element of a field tuple must have two "
                            + "elements, not " + pair.items().size(), "Write the field's name as ('Title', 'name').");
                }
                if (!(pair.items().get(1) instanceof PyNode.Str s)) {
                    throw StridescopeError.typeError("Field name must be a str", "Write the name in quotes.");
                }
                title = pair.items().get(0) instanceof PyNode.Str ts ? ts.value() : null;
                if (title == null) {
                    throw StridescopeError.inputError("only string titles are supported",
                            "NumPy allows any object as a title; Stridescope reads text titles.");
                }
                name = s.value();
            } else {
                throw StridescopeError.typeError("First element of field tuple is neither a tuple nor str",
                        "Each field starts with its name in quotes.");
            }
            if (name.isEmpty()) {
                if (title == null) {
                    name = "f" + i;
                } else if (!title.isEmpty()) {
                    name = title;
                } else {
                    throw StridescopeError.typeError("Field titles must be non-empty strings",
                            "Give the field a name or a title.");
                }
            }
            DType conv;
            if (t.items().size() == 2) {
                conv = fromAny(t.items().get(1), align);
            } else if (t.items().size() == 3) {
                conv = fromTuple(t.items().subList(1, 3), align);
            } else {
                throw StridescopeError.typeError("Field elements must be tuples with at most 3 elements, got '"
                        + pythonRepr(item) + "'", "Each field is a tuple (name, type) or (name, type, shape).");
            }
            if (taken.contains(name) || (title != null && taken.contains(title))) {
                throw StridescopeError.valueError("field " + PythonText.repr(name) + " occurs more than once",
                        "Two fields are named " + PythonText.repr(name) + "; each name (and title) names one field.");
            }
            if (align) {
                int a = conv.alignment();
                total = aligned(total, a);
                maxAlign = Math.max(maxAlign, a);
            }
            fields.add(new Field(name, title, conv, (int) total));
            taken.add(name);
            if (title != null) {
                taken.add(title);
            }
            total = checkedSize(total + conv.itemsize());
        }
        total = aligned(total, maxAlign);
        return DType.structured(new Fields(fields, align ? maxAlign : 1, align), (int) total);
    }

    /** {@code _convert_from_tuple}: {@code (fmt, shape)}; {@code (fmt, ())} and {@code (fmt, 1)} are plain fmt. */
    private static DType fromTuple(List<PyNode> items, boolean align) {
        if (items.size() != 2) {
            throw StridescopeError.typeError("Tuple must have size 2, but has size " + items.size(),
                    "A subarray type is written (type, shape), such as ('<i2', (3,)).");
        }
        return shaped(fromAny(items.get(0), align), items.get(1));
    }

    /** {@code base} repeated in the block {@code val} (an integer or a tuple of them). */
    private static DType shaped(DType base, PyNode val) {
        long[] shape;
        BigInteger single = PyNode.signedInt(val);
        if (single != null) {
            if (single.equals(BigInteger.ONE)) {
                return base; // NumPy 1.24 still reads (type, 1) as type, with a FutureWarning
            }
            shape = new long[] {dimension(single)};
        } else if (val instanceof PyNode.Sequence q && !q.list()) {
            shape = new long[q.items().size()];
            for (int k = 0; k < shape.length; k++) {
                BigInteger d = PyNode.signedInt(q.items().get(k));
                if (d == null) {
                    throw invalidShape();
                }
                shape[k] = dimension(d);
            }
            if (shape.length == 0) {
                return base;
            }
        } else {
            throw StridescopeError.inputError("a subarray shape must be an integer or a tuple of integers, not "
                    + PyNode.describe(val), "Write (type, shape) such as ('<i2', (2, 3)).");
        }
        if (shape.length > 32) {
            throw invalidShape();
        }
        long n = 1;
        for (long d : shape) {
            n = Math.multiplyExact(n, d);
            if (n > Integer.MAX_VALUE) {
                throw tooBig();
            }
        }
        long bytes = n * base.itemsize();
        if (bytes > Integer.MAX_VALUE) {
            throw tooBig();
        }
        return DType.subarray(base, shape, (int) bytes);
    }

    private static long dimension(BigInteger d) {
        if (d.signum() < 0) {
            throw StridescopeError.valueError("invalid shape in fixed-type tuple: dimension smaller then zero.",
                    "A subarray's dimensions are 0 or more.");
        }
        if (d.bitLength() > 31) {
            throw StridescopeError.valueError("invalid shape in fixed-type tuple: dimension does not fit into a C int.",
                    "A subarray's dimension must be below 2^31.");
        }
        return d.longValue();
    }

    private static StridescopeError invalidShape() {
        return StridescopeError.valueError("invalid shape in fixed-type tuple.",
                "A subarray shape is an integer or a tuple of at most 32 integers.");
    }

    private static StridescopeError tooBig() {
        return StridescopeError.valueError("invalid shape in fixed-type tuple: dtype size in bytes must fit into a C int.",
                "A subarray type must be smaller than 2 GiB.");
    }

    /** {@code _convert_from_dict}: {@code {'names': [...], 'formats': [...], 'offsets': [...], 'itemsize': n}}. */
    private static DType fromDict(PyNode.Dict dict, boolean align) {
        PyNode names = entry(dict, "names");
        PyNode formats = entry(dict, "formats");
        if (names == null || formats == null) {
            // NumPy then reads the older form (_internal._makenames_list), which first wants a tuple
            if (!dict.values().isEmpty() && !(dict.values().get(0) instanceof PyNode.Sequence s && !s.list()
                    && (s.items().size() == 2 || s.items().size() == 3))) {
                throw StridescopeError.valueError("entry not a 2- or 3- tuple", "A dtype dict needs both 'names' "
                        + "and 'formats' (NumPy then reads it as {'x': ('<f4', 0), ...}, whose entries are tuples).");
            }
            throw StridescopeError.inputError("a dtype dict needs 'names' and 'formats'",
                    "NumPy's older form {'x': ('<f4', 0), ...} is not supported; write {'names': [...], "
                            + "'formats': [...]}.");
        }
        List<PyNode> nameList = items(names, "names");
        List<PyNode> formatList = items(formats, "formats");
        PyNode offsetsNode = entry(dict, "offsets");
        PyNode titlesNode = entry(dict, "titles");
        List<PyNode> offsets = offsetsNode == null ? null : items(offsetsNode, "offsets");
        List<PyNode> titles = titlesNode == null ? null : items(titlesNode, "titles");
        int n = nameList.size();
        if (n > formatList.size() || (offsets != null && n > offsets.size()) || (titles != null && n > titles.size())) {
            throw StridescopeError.valueError("'names', 'formats', 'offsets', and 'titles' dict entries must have the "
                    + "same length", "Give one format (and offset and title, if any) per name.");
        }
        PyNode alignedNode = entry(dict, "aligned");
        if (alignedNode != null) {
            if (!(alignedNode instanceof PyNode.Constant c) || c.name().equals("None")) {
                throw StridescopeError.valueError("NumPy dtype descriptor includes 'aligned' entry, but its value is "
                        + "neither True nor False", "Write 'aligned': True or 'aligned': False.");
            }
            align |= c.name().equals("True");
        }
        List<Field> fields = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        long total = 0;
        int maxAlign = 1;
        for (int i = 0; i < n; i++) {
            String title = null;
            if (titles != null && titles.get(i) instanceof PyNode.Str ts) {
                title = ts.value();
            }
            DType conv = fromAny(formatList.get(i), align);
            if (align) {
                maxAlign = Math.max(maxAlign, conv.alignment());
            }
            long offset;
            if (offsets != null) {
                BigInteger o = PyNode.signedInt(offsets.get(i));
                if (o == null || o.bitLength() > 31) {
                    throw StridescopeError.typeError("an offset must be an integer, not "
                            + PyNode.describe(offsets.get(i)), "Offsets are byte counts from the record's start.");
                }
                offset = o.longValue();
                if (offset < 0) {
                    throw StridescopeError.valueError("offset " + offset + " cannot be negative",
                            "A field starts at byte 0 of the record or later.");
                }
                if (align && offset % conv.alignment() != 0) {
                    throw StridescopeError.valueError("offset " + offset + " for NumPy dtype with fields is not "
                            + "divisible by the field alignment " + conv.alignment() + " with align=True",
                            "With align=True each field must start at a multiple of its own alignment; " + offset
                                    + " is not a multiple of " + conv.alignment() + ".");
                } else if (offset + conv.itemsize() > total) {
                    total = offset + conv.itemsize();
                }
            } else {
                if (align) {
                    total = aligned(total, conv.alignment());
                }
                offset = total;
                total = checkedSize(total + conv.itemsize());
            }
            if (!(nameList.get(i) instanceof PyNode.Str ns)) {
                throw StridescopeError.valueError("field names must be strings", "Write each name in quotes.");
            }
            String name = ns.value();
            if (taken.contains(name)) {
                throw StridescopeError.valueError("name already used as a name or title",
                        "Two fields are named " + PythonText.repr(name) + ".");
            }
            taken.add(name);
            if (title != null) {
                if (taken.contains(title)) {
                    throw StridescopeError.valueError("title already used as a name or title.",
                            "The title " + PythonText.repr(title) + " is also a name or another title.");
                }
                taken.add(title);
            }
            fields.add(new Field(name, title, conv, (int) offset));
        }
        total = checkedSize(aligned(total, maxAlign));
        int alignment = align ? maxAlign : 1;
        PyNode itemsizeNode = entry(dict, "itemsize");
        if (itemsizeNode != null) {
            BigInteger s = PyNode.signedInt(itemsizeNode);
            if (s == null || s.bitLength() > 31) {
                throw StridescopeError.typeError("'itemsize' must be an integer, not " + PyNode.describe(itemsizeNode),
                        "The itemsize is the record's size in bytes.");
            }
            long itemsize = s.longValue();
            if (itemsize < total) {
                throw StridescopeError.valueError("NumPy dtype descriptor requires " + total + " bytes, cannot override "
                        + "to smaller itemsize of " + itemsize, "The fields reach byte " + total
                        + " of the record, so the itemsize must be at least " + total + ".");
            }
            if (align && itemsize % alignment != 0) {
                throw StridescopeError.valueError("NumPy dtype descriptor requires alignment of " + alignment
                        + " bytes, which is not divisible into the specified itemsize " + itemsize,
                        "With align=True the itemsize must be a multiple of the largest field alignment ("
                                + alignment + ") so that every record in an array stays aligned.");
            }
            total = itemsize;
        }
        return DType.structured(new Fields(fields, alignment, align), (int) total);
    }

    /**
     * NumPy's {@code numpy.lib.format.descr_to_dtype}: a .npy header's {@code descr} list, where
     * unnamed void entries ({@code ('', '|V4')}) are padding, not fields.
     */
    public static DType fromNpyDescr(PyNode descr) {
        if (descr instanceof PyNode.Str s) {
            return DTypeParser.parse(s.value());
        }
        if (descr instanceof PyNode.Sequence t && !t.list()) {
            return shaped(fromNpyDescr(t.items().get(0)), t.items().get(1));
        }
        if (!(descr instanceof PyNode.Sequence list)) {
            throw StridescopeError.inputError("expected a dtype string or a list of fields for 'descr', found "
                    + PyNode.describe(descr), "The header's descr says how to read each element.");
        }
        List<Field> fields = new ArrayList<>();
        long offset = 0;
        for (PyNode item : list.items()) {
            if (!(item instanceof PyNode.Sequence f) || f.items().size() < 2 || f.items().size() > 3) {
                throw StridescopeError.inputError("each field of 'descr' is (name, descr) or (name, descr, shape)",
                        "Found " + PyNode.describe(item) + ".");
            }
            DType dt = fromNpyDescr(f.items().get(1));
            if (f.items().size() == 3) {
                dt = shaped(dt, f.items().get(2));
            }
            PyNode nameNode = f.items().get(0);
            boolean pad = nameNode instanceof PyNode.Str s && s.value().isEmpty() && dt.kind() == Kind.VOID
                    && !dt.isStructured() && dt.subarray() == null;
            if (!pad) {
                String title = null;
                String name;
                if (nameNode instanceof PyNode.Sequence pair && pair.items().size() == 2
                        && pair.items().get(0) instanceof PyNode.Str ts && pair.items().get(1) instanceof PyNode.Str ns) {
                    title = ts.value();
                    name = ns.value();
                } else if (nameNode instanceof PyNode.Str ns) {
                    name = ns.value();
                } else {
                    throw StridescopeError.inputError("a field name in 'descr' must be a string",
                            "Found " + PyNode.describe(nameNode) + ".");
                }
                fields.add(new Field(name, title, dt, (int) offset));
            }
            offset = checkedSize(offset + dt.itemsize());
        }
        return DType.structured(new Fields(fields, 1, false), (int) offset);
    }

    private static PyNode entry(PyNode.Dict dict, String key) {
        for (int k = 0; k < dict.keys().size(); k++) {
            if (dict.keys().get(k) instanceof PyNode.Str s && s.value().equals(key)) {
                return dict.values().get(k);
            }
        }
        return null;
    }

    private static List<PyNode> items(PyNode node, String key) {
        if (node instanceof PyNode.Sequence q) {
            return q.items();
        }
        throw StridescopeError.inputError("'" + key + "' must be a list, not " + PyNode.describe(node),
                "Write '" + key + "': [...] with one entry per field.");
    }

    private static long aligned(long offset, int alignment) {
        return alignment > 1 ? (offset + alignment - 1) / alignment * alignment : offset;
    }

    private static long checkedSize(long size) {
        if (size > Integer.MAX_VALUE) {
            throw StridescopeError.valueError("dtype size in bytes must fit into a C int",
                    "A record must be smaller than 2 GiB.");
        }
        return size;
    }

    /** Python's repr of a literal node, as NumPy's messages show the object. */
    static String pythonRepr(PyNode node) {
        if (node instanceof PyNode.Str s) {
            return PythonText.repr(s.value());
        }
        BigInteger n = PyNode.signedInt(node);
        if (n != null) {
            return n.toString();
        }
        if (node instanceof PyNode.Constant c) {
            return c.name();
        }
        if (node instanceof PyNode.Sequence q) {
            List<String> parts = new ArrayList<>();
            for (PyNode item : q.items()) {
                parts.add(pythonRepr(item));
            }
            String inner = String.join(", ", parts);
            return q.list() ? "[" + inner + "]" : "(" + inner + (parts.size() == 1 ? ",)" : ")");
        }
        return PyNode.describe(node);
    }
}
