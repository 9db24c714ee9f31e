package org.stridescope.core.io.tensors;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.object.datatype.ArrayDataType;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.StringData;
import io.jhdf.object.datatype.VariableLength;
import io.jhdf.object.message.DataLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Layout;

/**
 * An HDF5 file, read with jhdf: every dataset by its path. A contiguous dataset is one C-order
 * block of the file at its data address, in its own byte order; a chunked (often compressed) or
 * compact one is listed with why it is not.
 */
public final class Hdf5Reader {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private Hdf5Reader() {
    }

    /** Whether {@code src} has HDF5's signature at 0, 512, 1024, 2048... (after a user block). */
    public static boolean looksLike(ByteSource src) {
        for (long at = 0; at <= src.size() - SIGNATURE.length; at = at == 0 ? 512 : at * 2) {
            boolean match = true;
            for (int k = 0; k < SIGNATURE.length && match; k++) {
                match = src.get(at + k) == SIGNATURE[k];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lists the datasets.
     *
     * @throws StridescopeError InputError if jhdf cannot read the file
     */
    public static TensorFile read(ByteSource src) {
        List<TensorEntry> arrays = new ArrayList<>();
        List<ByteRange> data = new ArrayList<>();
        try (HdfFile hdf = open(src)) {
            long base = hdf.getUserBlockSize();
            walk(hdf, arrays, data, base, 0);
        } catch (StridescopeError e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw StridescopeError.inputError("cannot read the HDF5 file " + src.name() + ": " + e.getMessage(),
                    "It starts like an HDF5 file, but jhdf (the HDF5 reader Stridescope uses) stops on its structure;"
                            + " it may be damaged or use a feature jhdf does not read.");
        }
        return new TensorFile(TensorFormat.HDF5, arrays, data, null);
    }

    private static HdfFile open(ByteSource src) {
        if (src.file() != null) {
            return new HdfFile(src.file());
        }
        if (src.size() > Integer.MAX_VALUE - 16) {
            throw StridescopeError.inputError(src.name() + " is too large to read as HDF5 from memory",
                    "Open it from a file on disk.");
        }
        byte[] all = new byte[(int) src.size()];
        src.read(0, all, 0, all.length);
        return HdfFile.fromBytes(all);
    }

    private static void walk(Group group, List<TensorEntry> out, List<ByteRange> data, long base, int depth) {
        if (depth > 64) {
            return;
        }
        for (Node node : group) {
            if (node.isLink()) {
                continue; // a link names a dataset listed at its own path
            }
            if (node instanceof Group g) {
                walk(g, out, data, base, depth + 1);
            } else if (node instanceof Dataset d) {
                try {
                    out.add(entry(d, data, base));
                } catch (RuntimeException e) { // one dataset jhdf cannot describe does not hide the others
                    String name = d.getPath().startsWith("/") ? d.getPath().substring(1) : d.getPath();
                    out.add(new TensorEntry(name, "?", new long[0], null, -1, null, 0, null,
                            "jhdf (the HDF5 reader Stridescope uses) cannot describe it: " + e.getMessage()));
                }
            }
        }
    }

    private static TensorEntry entry(Dataset d, List<ByteRange> data, long base) {
        String name = d.getPath().startsWith("/") ? d.getPath().substring(1) : d.getPath();
        long[] shape = d.isScalar() ? new long[0] : d.getDimensionsAsLong();
        String dtype = dtype(d.getDataType());
        if (d.getDataType() instanceof VariableLength) {
            return new TensorEntry(name, TensorDTypes.OBJECT, shape, null, -1, null, d.getSize() * 8, null,
                    "variable-length: each element points to its bytes elsewhere in the file (h5py reads it as objects)");
        }
        if (dtype == null) {
            return new TensorEntry(name, "?", shape, null, -1, null, d.getSizeInBytes(), null,
                    "its type (" + d.getDataType().getClass().getSimpleName() + ") is not a plain number type");
        }
        int itemsize = d.getDataType().getSize();
        long nbytes = d.getSize() * itemsize;
        DataLayout layout = d.getDataLayout();
        if (layout == DataLayout.CHUNKED) {
            String filters = d.getFilters().isEmpty() ? "" : ", compressed ("
                    + String.join(", ", d.getFilters().stream().map(f -> f.getName()).toList()) + ")";
            String chunks = d instanceof ChunkedDataset c ? " in chunks of " + java.util.Arrays.toString(c.getChunkDimensions()) : "";
            return new TensorEntry(name, dtype, shape, null, -1, null, nbytes, null,
                    "stored chunked" + chunks + filters + ": its bytes are pieces spread over the file, not one strided block");
        }
        if (layout == DataLayout.COMPACT || !(d instanceof ContiguousDataset c)) {
            return new TensorEntry(name, dtype, shape, null, -1, null, nbytes, null,
                    "stored compact, inside the dataset's header");
        }
        long address = c.getDataAddress();
        if (nbytes > 0 && (address < 0 || address == -1L)) {
            return new TensorEntry(name, dtype, shape, null, -1, null, nbytes, null, "no data written yet");
        }
        long offset = nbytes == 0 ? Math.max(0, address) + base : address + base;
        data.add(new ByteRange(offset, offset + nbytes));
        return new TensorEntry(name, dtype, shape, Layout.cStrides(shape, itemsize), offset, null, nbytes, null, null);
    }

    /**
     * NumPy's dtype for an HDF5 type, as h5py reads it: numbers, h5py's bool (an enum FALSE/TRUE
     * of int8) and complex (a compound of r and i), other enums as their base integer, fixed-length
     * strings as bytes ({@code |S4}), other compounds as records; null for the rest.
     */
    static String dtype(DataType t) {
        int size = t.getSize();
        if (t instanceof FixedPoint f && (size == 1 || size == 2 || size == 4 || size == 8)) {
            char order = size == 1 ? '|' : f.getByteOrder() == ByteOrder.BIG_ENDIAN ? '>' : '<';
            return order + (f.isSigned() ? "i" : "u") + size;
        }
        if (t instanceof FloatingPoint f && (size == 2 || size == 4 || size == 8)) {
            return (f.getByteOrder() == ByteOrder.BIG_ENDIAN ? ">" : "<") + "f" + size;
        }
        if (t instanceof EnumDataType e) {
            String base = dtype(e.getBaseType());
            boolean bool = "|i1".equals(base) && e.getEnumMapping().size() == 2
                    && "FALSE".equals(e.getEnumMapping().get(0)) && "TRUE".equals(e.getEnumMapping().get(1));
            return bool ? "|b1" : base;
        }
        if (t instanceof StringData && size > 0) {
            return "|S" + size;
        }
        if (t instanceof CompoundDataType c) {
            return compound(c);
        }
        return null;
    }

    /** A compound member's array dimensions; jhdf gives none (null) for the members of newer compound types. */
    private static int[] dims(CompoundDataType.CompoundDataMember m) {
        return m.getDimensionSize() == null ? new int[0] : m.getDimensionSize();
    }

    private static String compound(CompoundDataType c) {
        List<CompoundDataType.CompoundDataMember> members = c.getMembers();
        if (members.isEmpty()) {
            return null;
        }
        int size = c.getSize();
        if (members.size() == 2 && members.get(0).getName().equals("r") && members.get(1).getName().equals("i")
                && members.get(0).getOffset() == 0 && members.get(1).getOffset() == size / 2
                && dims(members.get(0)).length == 0 && dims(members.get(1)).length == 0) {
            String re = dtype(members.get(0).getDataType());
            if (re != null && re.equals(dtype(members.get(1).getDataType())) && re.charAt(1) == 'f'
                    && (size == 8 || size == 16)) {
                return re.charAt(0) + "c" + size; // h5py's complex: r and i side by side
            }
        }
        List<String> names = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<String> offsets = new ArrayList<>();
        for (CompoundDataType.CompoundDataMember m : members) {
            // a member that is an array of values: its element type and dimensions (newer files use an array type)
            DataType type = m.getDataType() instanceof ArrayDataType a ? a.getBaseType() : m.getDataType();
            int[] dims = m.getDataType() instanceof ArrayDataType a ? a.getArrayTypeDimensions() : dims(m);
            String f = dtype(type);
            if (f == null) {
                return null;
            }
            f = f.startsWith("{") ? f : "'" + f + "'";
            if (dims.length > 0) {
                f = "(" + f + ", (" + String.join(", ", java.util.Arrays.stream(dims).mapToObj(String::valueOf).toList())
                        + (dims.length == 1 ? ",))" : "))");
            }
            names.add("'" + m.getName().replace("\\", "\\\\").replace("'", "\\'") + "'");
            formats.add(f);
            offsets.add(String.valueOf(m.getOffset()));
        }
        return "{'names': [" + String.join(", ", names) + "], 'formats': [" + String.join(", ", formats)
                + "], 'offsets': [" + String.join(", ", offsets) + "], 'itemsize': " + size + "}";
    }
}
