package org.stridescope.core.dtype;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.python.PyNode;
import org.stridescope.core.python.PythonReader;
import org.stridescope.core.python.PythonTextError;

/**
 * NumPy's comma strings {@code 'f4,(2,3)i2'}: {@code _commastring} in {@code numpy/core/_internal.py}
 * cuts the text into formats with optional repeat counts, then {@code _convert_from_commastring}
 * makes one field per format, named {@code f0}, {@code f1}, ... (a single format is just that type,
 * so {@code '(2,3)i4'} is a subarray type).
 */
final class CommaString {
    private static final Pattern FORMAT = Pattern.compile(
            "([<>|=]?)( *[(]?[ ,0-9]*[)]? *)([<>|=]?)([A-Za-z0-9.?]*(?:\\[[a-zA-Z0-9,.]+\\])?)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*");
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+$");

    private CommaString() {
    }

    static DType parse(String text, boolean align) {
        List<DType> items = new ArrayList<>();
        List<Boolean> empty = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            Matcher mo = FORMAT.matcher(text).region(start, text.length());
            mo.lookingAt();
            String order1 = mo.group(1);
            String repeats = mo.group(2);
            String order2 = mo.group(3);
            String type = mo.group(4);
            start = mo.end();
            if (start < text.length()) {
                Matcher space = TRAILING_SPACE.matcher(text).region(start, text.length());
                Matcher sep = SEPARATOR.matcher(text).region(start, text.length());
                if (space.lookingAt()) {
                    start = text.length();
                } else if (sep.lookingAt()) {
                    start = sep.end();
                } else {
                    throw StridescopeError.valueError("format number " + (items.size() + 1) + " of \"" + text
                            + "\" is not recognized", "A comma string lists formats such as 'f4', '(2,3)i2' or "
                            + "'<u2', separated by commas.");
                }
            }
            String order;
            if (order2.isEmpty()) {
                order = order1;
            } else if (order1.isEmpty()) {
                order = order2;
            } else {
                String o1 = order1.equals("=") ? "<" : order1;
                String o2 = order2.equals("=") ? "<" : order2;
                if (!o1.equals(o2)) {
                    throw StridescopeError.valueError("inconsistent byte-order specification " + o1 + " and " + o2,
                            "A format has two byte orders that disagree.");
                }
                order = o1;
            }
            if (order.equals("|") || order.equals("=") || order.equals("<")) {
                order = "";
            }
            String format = order + type;
            empty.add(format.isEmpty() && repeats.isEmpty());
            if (!repeats.isEmpty()) {
                items.add(shaped(format, repeats, align));
            } else {
                items.add(format.isEmpty() ? EMPTY : StructuredDTypeReader.fromString(format, align));
            }
        }
        int n = items.size();
        if (n == 1) {
            return realize(items.get(0), align);
        }
        if (n > 0 && empty.get(n - 1)) {
            n--; // _convert_from_list ignores an empty format at the end
        }
        if (n == 0) {
            throw StridescopeError.valueError("Expected at least one field name", "The comma string lists no formats.");
        }
        List<Field> fields = new ArrayList<>();
        long total = 0;
        int maxAlign = 1;
        for (int i = 0; i < n; i++) {
            DType conv = realize(items.get(i), align);
            if (align) {
                int a = conv.alignment();
                total = a > 1 ? (total + a - 1) / a * a : total;
                maxAlign = Math.max(maxAlign, a);
            }
            fields.add(new Field("f" + i, null, conv, (int) total));
            total += conv.itemsize();
        }
        total = maxAlign > 1 ? (total + maxAlign - 1) / maxAlign * maxAlign : total;
        return DType.structured(new Fields(fields, align ? maxAlign : 1, align), (int) total);
    }

    /** An empty format: NumPy's {@code np.dtype('')}, which fails only if it is used. */
    private static final DType EMPTY = new DType(Kind.VOID, -1, ByteOrder.NOT_APPLICABLE, null);

    private static DType realize(DType item, boolean align) {
        if (item == EMPTY) {
            return StructuredDTypeReader.fromString("", align);
        }
        return item;
    }

    /** {@code (format, ast.literal_eval(repeats))} read as NumPy's (type, shape) tuple. */
    private static DType shaped(String format, String repeats, boolean align) {
        String literal = repeats.replaceFirst("^[ \t]+", "");
        PyNode shape;
        try {
            if (literal.isBlank()) {
                throw new PythonTextError(0, "empty");
            }
            shape = new PythonReader(literal).readExpression();
        } catch (PythonTextError e) {
            throw new StridescopeError("SyntaxError", "invalid syntax (<unknown>, line " + (literal.isBlank() ? 0 : 1)
                    + ")", "The repeat count '" + repeats + "' before a format is not a number or a tuple of numbers.");
        }
        return StructuredDTypeReader.fromAny(new PyNode.Sequence(List.of(new PyNode.Str(format, 0), shape), false, 0),
                align);
    }
}
