package org.stridescope.core.io.tensors;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.json.Json;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Layout;

/**
 * A safetensors file: an 8-byte little-endian header length, a JSON header naming each tensor's
 * dtype, shape and {@code data_offsets} (from the end of the header), then the data. The
 * format's own checks are made (header size limit, well-formed JSON, offsets in range, no overlap
 * and no hole), each with a message that says which tensor is wrong and how.
 */
public final class SafetensorsReader {
    /** The safetensors library refuses headers over 100 MB; so does Stridescope. */
    static final long MAX_HEADER = 100_000_000L;

    private static final Map<String, String> DTYPES = Map.ofEntries(Map.entry("F64", "<f8"), Map.entry("F32", "<f4"),
            Map.entry("F16", "<f2"), Map.entry("BF16", "bfloat16"), Map.entry("I64", "<i8"), Map.entry("I32", "<i4"),
            Map.entry("I16", "<i2"), Map.entry("I8", "|i1"), Map.entry("U8", "|u1"), Map.entry("U64", "<u8"),
            Map.entry("U32", "<u4"), Map.entry("U16", "<u2"), Map.entry("BOOL", "|b1"),
            Map.entry("F8_E4M3", "float8_e4m3fn"), Map.entry("F8_E5M2", "float8_e5m2"));

    private SafetensorsReader() {
    }

    /** Whether {@code src} starts like a safetensors file: a header length that fits, then '{'. */
    public static boolean looksLike(ByteSource src) {
        if (src.size() < 10) {
            return false;
        }
        long n = u64(src, 0);
        return n >= 2 && n <= src.size() - 8 && src.get(8) == '{';
    }

    /**
     * Reads the header.
     *
     * @throws StridescopeError InputError saying what about the header is wrong
     */
    public static TensorFile read(ByteSource src) {
        String file = src.name();
        if (src.size() < 8) {
            throw bad(file, "it holds " + src.size() + " bytes, fewer than the 8 of the header length");
        }
        long n = u64(src, 0);
        if (n < 0 || n > MAX_HEADER) {
            throw bad(file, "the header length " + Long.toUnsignedString(n) + " is over the format's limit of "
                    + MAX_HEADER + " bytes");
        }
        if (n > src.size() - 8) {
            throw bad(file, "the header length " + n + " goes past the end of the file (" + src.size() + " bytes)");
        }
        byte[] raw = new byte[(int) n];
        src.read(8, raw, 0, raw.length);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw bad(file, "the header is not UTF-8 text");
        }
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (StridescopeError e) {
            throw bad(file, "the header is not well-formed JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> header)) {
            throw bad(file, "the header is not a JSON object");
        }
        long dataStart = 8 + n;
        long dataSize = src.size() - dataStart;
        List<Placed> placed = new ArrayList<>();
        for (Map.Entry<?, ?> e : header.entrySet()) {
            String name = (String) e.getKey();
            if (name.equals("__metadata__")) {
                checkMetadata(file, e.getValue());
                continue;
            }
            placed.add(tensor(file, name, e.getValue()));
        }
        // the data section is the tensors end to end: sorted by offset, each starts where the last ended
        List<Placed> byOffset = new ArrayList<>(placed);
        byOffset.sort(Comparator.comparingLong(Placed::begin).thenComparingLong(Placed::end));
        long at = 0;
        for (Placed p : byOffset) {
            if (p.begin() > at) {
                throw bad(file, "there is a hole in the data: no tensor holds bytes " + at + ".." + (p.begin() - 1)
                        + " before '" + p.name() + "'");
            }
            if (p.begin() < at) {
                throw bad(file, "the tensor '" + p.name() + "' overlaps the one before it (its data starts at "
                        + p.begin() + ", the one before ends at " + at + ")");
            }
            at = p.end();
        }
        if (at != dataSize) {
            throw bad(file, at > dataSize ? "the tensors need " + at + " bytes of data, the file holds " + dataSize
                    + " after the header" : "the file holds " + (dataSize - at) + " bytes after the last tensor's data");
        }
        List<TensorEntry> arrays = new ArrayList<>();
        for (Placed p : placed) {
            int itemsize = TensorDTypes.itemsize(p.dtype());
            arrays.add(new TensorEntry(p.name(), p.dtype(), p.shape(), Layout.cStrides(p.shape(), itemsize),
                    dataStart + p.begin(), null, p.end() - p.begin(), null, null));
        }
        return new TensorFile(TensorFormat.SAFETENSORS, arrays, List.of(new ByteRange(dataStart, src.size())), null);
    }

    private record Placed(String name, String dtype, long[] shape, long begin, long end) {
    }

    private static Placed tensor(String file, String name, Object value) {
        if (!(value instanceof Map<?, ?> info)) {
            throw bad(file, "the entry '" + name + "' is not an object with dtype, shape and data_offsets");
        }
        if (!(info.get("dtype") instanceof String code) || !DTYPES.containsKey(code)) {
            throw bad(file, "the tensor '" + name + "' has dtype " + describe(info.get("dtype")) + ", not one of "
                    + String.join(" ", DTYPES.keySet().stream().sorted().toList()));
        }
        String dtype = DTYPES.get(code);
        if (!(info.get("shape") instanceof List<?> dims)) {
            throw bad(file, "the tensor '" + name + "' has no shape list");
        }
        long[] shape = new long[dims.size()];
        BigInteger count = BigInteger.ONE;
        for (int k = 0; k < shape.length; k++) {
            if (!(dims.get(k) instanceof Long d) || d < 0) {
                throw bad(file, "the tensor '" + name + "' has shape " + describe(dims) + ": dimensions are whole numbers, 0 or more");
            }
            shape[k] = d;
            count = count.multiply(BigInteger.valueOf(d));
        }
        if (!(info.get("data_offsets") instanceof List<?> offsets) || offsets.size() != 2
                || !(offsets.get(0) instanceof Long begin) || !(offsets.get(1) instanceof Long end) || begin < 0 || end < begin) {
            throw bad(file, "the tensor '" + name + "' has data_offsets " + describe(info.get("data_offsets"))
                    + ", not [begin, end] with 0 <= begin <= end");
        }
        BigInteger need = count.multiply(BigInteger.valueOf(TensorDTypes.itemsize(dtype)));
        if (!need.equals(BigInteger.valueOf(end - begin))) {
            throw bad(file, "the tensor '" + name + "' (" + code + ", shape " + describe(dims) + ") needs " + need
                    + " bytes, its data_offsets [" + begin + ", " + end + "] hold " + (end - begin));
        }
        return new Placed(name, dtype, shape, begin, end);
    }

    private static void checkMetadata(String file, Object value) {
        if (!(value instanceof Map<?, ?> m) || m.values().stream().anyMatch(v -> !(v instanceof String))) {
            throw bad(file, "__metadata__ is not an object of strings");
        }
    }

    private static String describe(Object json) {
        if (json == null) {
            return "missing";
        }
        String s = json instanceof String str ? '"' + str + '"' : String.valueOf(json);
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static StridescopeError bad(String file, String what) {
        return StridescopeError.inputError("not a valid safetensors file: " + file + ": " + what,
                "A safetensors file is an 8-byte little-endian header length, a JSON header naming each tensor's"
                        + " dtype, shape and data_offsets, then the tensors' bytes end to end.");
    }

    private static long u64(ByteSource src, long at) {
        long v = 0;
        for (int k = 7; k >= 0; k--) {
            v = v << 8 | (src.get(at + k) & 0xff);
        }
        return v;
    }
}
