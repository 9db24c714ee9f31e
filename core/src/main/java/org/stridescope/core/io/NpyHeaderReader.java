package org.stridescope.core.io;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.StructuredDTypeReader;
import org.stridescope.core.format.DTypeText;
import org.stridescope.core.python.PyNode;
import org.stridescope.core.python.PythonReader;
import org.stridescope.core.python.PythonTextError;

/**
 * Reads the header of a .npy file as NumPy 1.24's {@code numpy.lib.format} writes it: the magic
 * {@code \x93NUMPY}, the version (1.0, 2.0 or 3.0), the header length (2 bytes in version 1,
 * 4 after), then a Python dict literal with exactly the keys {@code descr}, {@code fortran_order}
 * and {@code shape} (Latin-1 text, UTF-8 in version 3). The dict is read by {@link PythonReader},
 * never evaluated, and only literals are accepted in it.
 */
public final class NpyHeaderReader {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Far above anything NumPy writes (it refuses headers over 10000 characters by default). */
    private static final long MAX_HEADER = 1 << 24;

    private NpyHeaderReader() {
    }

    /**
     * @throws StridescopeError InputError naming the byte where the header stops making sense
     */
    public static NpyHeader read(ByteSource src) {
        long size = src.size();
        Prelude prelude = prelude(src);
        int major = prelude.major();
        int minor = prelude.minor();
        long headerStart = prelude.headerStart();
        long headerLength = prelude.headerLength();
        if (headerLength > MAX_HEADER || headerStart + headerLength > size) {
            throw error(8, "the header length " + headerLength + " goes past the end of the file (" + size + " bytes)",
                    "The length field right after the version says how long the header is; the file is shorter.");
        }
        byte[] raw = new byte[(int) headerLength];
        src.read(headerStart, raw, 0, raw.length);
        String text = decode(raw, major, headerStart);
        return parseDict(text, major, minor, headerStart, headerStart + headerLength);
    }

    /**
     * Where the data of a .npy would start by its first bytes alone (magic, version, header
     * length; the header's dict is not read), or -1 if they do not start a .npy: what to tint as
     * header when a file is shown as raw bytes. May lie past the end of a cut file.
     */
    public static long declaredDataOffset(ByteSource src) {
        try {
            Prelude prelude = prelude(src);
            return prelude.headerStart() + prelude.headerLength();
        } catch (StridescopeError e) {
            return -1;
        }
    }

    /** What the first bytes of a .npy say: its version, and where its header text starts and how long it is. */
    private record Prelude(int major, int minor, long headerStart, long headerLength) {
    }

    private static Prelude prelude(ByteSource src) {
        long size = src.size();
        byte[] start = new byte[(int) Math.min(12, size)];
        src.read(0, start, 0, start.length);
        for (int k = 0; k < MAGIC.length; k++) {
            if (k >= start.length || start[k] != MAGIC[k]) {
                throw error(k, k >= start.length ? "the file ends inside the .npy magic"
                        : "expected the .npy magic \\x93NUMPY, found " + describeByte(start[k]),
                        "A .npy file starts with the 6 bytes \\x93NUMPY; this one does not, so it is not a .npy file"
                                + " (open it as raw bytes instead).");
            }
        }
        if (start.length < 10) {
            throw error(start.length, "the file ends inside the .npy header", "The header was cut off.");
        }
        int major = start[6] & 0xff;
        int minor = start[7] & 0xff;
        if (major < 1 || major > 3 || minor != 0) {
            throw error(6, "expected format version 1.0, 2.0 or 3.0, found " + major + "." + minor,
                    "NumPy has written .npy versions 1.0, 2.0 and 3.0; this file says it is another.");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        if (start.length < 8 + lengthBytes) {
            throw error(start.length, "the file ends inside the header length", "The header was cut off.");
        }
        long headerLength = (start[8] & 0xff) | (start[9] & 0xff) << 8;
        if (major > 1) {
            headerLength |= (long) (start[10] & 0xff) << 16 | (long) (start[11] & 0xff) << 24;
        }
        return new Prelude(major, minor, 8 + lengthBytes, headerLength);
    }

    private static String decode(byte[] raw, int major, long headerStart) {
        if (major < 3) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw error(headerStart, "the version 3.0 header is not valid UTF-8", "Version 3.0 headers are UTF-8 text.");
        }
    }

    private static final String HEADER_DETAIL = "The text was read as a .npy header. Only Python literals are"
            + " understood here; nothing is run.";

    private static NpyHeader parseDict(String text, int major, int minor, long headerStart, long dataOffset) {
        try {
            return parseDict(new PythonReader(text).readExpression(), major, minor, dataOffset);
        } catch (PythonTextError e) {
            throw e.toInputError(index -> "byte " + (headerStart + utf8Length(text, index, major)), HEADER_DETAIL);
        }
    }

    private static NpyHeader parseDict(PyNode parsed, int major, int minor, long dataOffset) {
        if (!(parsed instanceof PyNode.Dict dict)) {
            throw new PythonTextError(parsed.pos(), "expected the header dict {'descr': ..., 'fortran_order': ...,"
                    + " 'shape': ...}, found " + PyNode.describe(parsed));
        }
        String descr = null;
        Boolean fortran = null;
        long[] shape = null;
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < dict.keys().size(); k++) {
            PyNode key = dict.keys().get(k);
            PyNode value = dict.values().get(k);
            if (!(key instanceof PyNode.Str s) || !Set.of("descr", "fortran_order", "shape").contains(s.value())) {
                throw new PythonTextError(key.pos(), "expected one of the keys 'descr', 'fortran_order', 'shape', found "
                        + PyNode.describe(key));
            }
            if (!seen.add(s.value())) {
                throw new PythonTextError(key.pos(), "the key '" + s.value() + "' appears twice");
            }
            switch (s.value()) {
                case "descr" -> descr = descr(value);
                case "fortran_order" -> {
                    if (!(value instanceof PyNode.Constant c) || c.name().equals("None")) {
                        throw new PythonTextError(value.pos(), "expected True or False for 'fortran_order', found "
                                + PyNode.describe(value));
                    }
                    fortran = c.name().equals("True");
                }
                default -> shape = shape(value);
            }
        }
        for (String key : List.of("descr", "fortran_order", "shape")) {
            if (!seen.contains(key)) {
                throw new PythonTextError(dict.pos(), "the header has no '" + key + "' key");
            }
        }
        return new NpyHeader(major, minor, descr, fortran, shape, dataOffset);
    }

    private static String descr(PyNode value) {
        if (value instanceof PyNode.Str s) {
            if (s.value().equals("|O") || s.value().equals("O")) {
                throw new PythonTextError(value.pos(),
                        "this .npy holds Python objects (dtype object), which have no bytes to show");
            }
            return s.value();
        }
        if (value instanceof PyNode.Sequence) {
            // NumPy's descr_to_dtype (unnamed void entries are padding), kept as dtype text that reads back the same
            try {
                return DTypeText.dictForm(StructuredDTypeReader.fromNpyDescr(value));
            } catch (StridescopeError e) {
                throw new PythonTextError(value.pos(), "the fields of 'descr' are not a dtype: " + e);
            }
        }
        throw new PythonTextError(value.pos(), "expected a dtype string for 'descr', found " + PyNode.describe(value));
    }

    private static long[] shape(PyNode value) {
        if (!(value instanceof PyNode.Sequence seq) || seq.list()) {
            throw new PythonTextError(value.pos(), "expected a tuple of integers for 'shape', found "
                    + PyNode.describe(value));
        }
        long[] shape = new long[seq.items().size()];
        BigInteger total = BigInteger.ONE;
        for (int k = 0; k < shape.length; k++) {
            PyNode item = seq.items().get(k);
            BigInteger n = PyNode.signedInt(item);
            if (n == null || n.signum() < 0 || n.bitLength() > 62) {
                throw new PythonTextError(item.pos(), "expected a dimension (an integer 0 or more), found "
                        + PyNode.describe(item));
            }
            shape[k] = n.longValue();
            total = total.multiply(n);
        }
        if (total.bitLength() > 62) {
            throw new PythonTextError(value.pos(), "the shape holds more elements than any file can");
        }
        return shape;
    }

    /** Bytes taken by the first {@code chars} characters of the header (they differ only in UTF-8). */
    private static long utf8Length(String text, int chars, int major) {
        int end = Math.min(chars, text.length());
        return major < 3 ? end : text.substring(0, end).getBytes(StandardCharsets.UTF_8).length;
    }

    private static String describeByte(byte b) {
        int v = b & 0xff;
        return v >= 32 && v < 127 ? "'" + (char) v + "'" : String.format("\\x%02x", v);
    }

    private static StridescopeError error(long byteIndex, String problem, String detail) {
        return StridescopeError.inputError("byte " + byteIndex + ": " + problem, detail);
    }
}
