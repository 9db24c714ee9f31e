package org.stridescope.core.dtype;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NumPy's scalar-type names, listed once: {@code np.sctypeDict} of NumPy 1.24 on 64-bit Linux, each
 * name ({@code float32}, {@code int_}, {@code double}, Python's {@code float}) with the type code it
 * stands for. {@link DTypeParser} reads these names as dtypes, the expression bar offers the ones
 * NumPy has as {@code np.X}, and pasted NumPy code turns them into dtype text.
 */
public final class ScalarTypeNames {
    private ScalarTypeNames() {
    }

    private static final Map<String, String> CODES = codes(
            "bool=?", "bool8=?", "bool_=?", "byte=b", "ubyte=B", "short=h", "ushort=H", "intc=i", "uintc=I",
            "int=l", "int_=l", "int0=l", "intp=l", "long=l", "longlong=q", "uint=L", "uint0=L", "uintp=L",
            "ulong=L", "ulonglong=Q", "int8=b", "int16=h", "int32=i", "int64=l", "uint8=B", "uint16=H",
            "uint32=I", "uint64=L", "half=e", "single=f", "double=d", "float=d", "float_=d", "float16=e",
            "float32=f", "float64=d", "float128=g", "longdouble=g", "longfloat=g", "csingle=F",
            "singlecomplex=F", "complex64=F", "cdouble=D", "cfloat=D", "complex=D", "complex_=D",
            "complex128=D", "complex256=G", "clongdouble=G", "clongfloat=G", "longcomplex=G", "object=O",
            "object0=O", "object_=O", "bytes=S", "bytes0=S", "bytes_=S", "string_=S", "str=U", "str0=U",
            "str_=U", "unicode=U", "unicode_=U", "void=V", "void0=V", "datetime64=M", "timedelta64=m");

    private static Map<String, String> codes(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : pairs) {
            int eq = p.indexOf('=');
            out.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Every name, in the order above, with its type code. */
    public static Map<String, String> all() {
        return CODES;
    }

    /** The type code a name stands for ({@code "d"} for {@code double}), or null. */
    public static String code(String name) {
        return CODES.get(name);
    }

    /**
     * The dtype text for a scalar type name: NumPy's {@code dtype.name} of a number type
     * ({@code float64} for {@code double}, {@code bool} for {@code bool8}), the code of a flexible
     * or object type ({@code S}, {@code U}, {@code O}, {@code V}); an unknown name as it is.
     */
    public static String dtypeText(String name) {
        String code = CODES.get(name);
        if (code == null) {
            return name;
        }
        return "SUOV".contains(code) ? code : DType.parse(code).name();
    }
}
