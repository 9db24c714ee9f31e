package org.stridescope.core.io.tensors;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.io.ProgressMonitor;
import org.stridescope.core.io.ZipDirectory;
import org.stridescope.core.io.ZipEntryInfo;
import org.stridescope.core.io.ZipMember;
import org.stridescope.core.io.tensors.PickleReader.Global;
import org.stridescope.core.io.tensors.PickleReader.Tuple;
import org.stridescope.core.layout.ByteRange;

/**
 * A PyTorch checkpoint in {@code torch.save}'s zip format: {@code NAME/data.pkl} says which
 * tensors there are (a pickle, read by {@link PickleReader} with an allow-list of the names a
 * state dict uses), {@code NAME/data/K} holds storage K's bytes, {@code NAME/byteorder} their
 * byte order. Each tensor views a storage from an element offset with element strides; here they
 * become byte strides and a byte offset in the file.
 */
public final class TorchCheckpointReader {
    /** The storage types torch.save names, and the dtype of their elements (little-endian). */
    static final Map<String, String> STORAGES = Map.ofEntries(Map.entry("DoubleStorage", "<f8"),
            Map.entry("FloatStorage", "<f4"), Map.entry("HalfStorage", "<f2"), Map.entry("BFloat16Storage", "bfloat16"),
            Map.entry("LongStorage", "<i8"), Map.entry("IntStorage", "<i4"), Map.entry("ShortStorage", "<i2"),
            Map.entry("CharStorage", "|i1"), Map.entry("ByteStorage", "|u1"), Map.entry("BoolStorage", "|b1"),
            Map.entry("ComplexFloatStorage", "<c8"), Map.entry("ComplexDoubleStorage", "<c16"),
            Map.entry("Float8_e4m3fnStorage", "float8_e4m3fn"), Map.entry("Float8_e5m2Storage", "float8_e5m2"));

    private static final Set<String> REBUILDERS = Set.of("_rebuild_tensor_v2", "_rebuild_tensor", "_rebuild_parameter",
            "_rebuild_parameter_with_state");

    /** The pickle is read into memory: past this it is not a state dict anyone saves. */
    static final long MAX_PICKLE = 512L << 20;

    private record Storage(String key, Global type, long numel) {
    }

    private record Tensor(Storage storage, long offset, long[] size, long[] stride) {
    }

    private TorchCheckpointReader() {
    }

    /** Whether a zip archive's members are a torch.save checkpoint's (a {@code data.pkl} in a folder). */
    public static boolean isCheckpoint(List<ZipEntryInfo> entries) {
        return entries.stream().anyMatch(e -> e.name().endsWith("/data.pkl"));
    }

    /**
     * Reads the checkpoint's tensors. A pickle that names a global outside the allow-list, or is
     * damaged, ends the list early: {@link TensorFile#problem()} says why.
     *
     * @throws StridescopeError InputError for a damaged archive or one without data.pkl
     */
    public static TensorFile read(ByteSource src) {
        List<ZipEntryInfo> entries = ZipDirectory.read(src, src.name());
        ZipEntryInfo pkl = entries.stream().filter(e -> e.name().endsWith("/data.pkl")).findFirst()
                .orElseThrow(() -> StridescopeError.inputError(src.name() + " is a zip archive without data.pkl",
                        "A torch.save checkpoint holds NAME/data.pkl, which describes its tensors."));
        String prefix = pkl.name().substring(0, pkl.name().length() - "data.pkl".length());
        Map<String, ZipEntryInfo> byName = new LinkedHashMap<>();
        for (ZipEntryInfo e : entries) {
            byName.putIfAbsent(e.name(), e);
        }
        boolean bigEndian = false;
        ZipEntryInfo order = byName.get(prefix + "byteorder");
        if (order != null) {
            String text = new String(ZipMember.head(src, order, 16), StandardCharsets.US_ASCII).strip();
            if (!text.equals("little") && !text.equals("big")) {
                throw StridescopeError.inputError(src.name() + ": its byteorder member says '" + text + "'",
                        "A checkpoint's byteorder is 'little' or 'big'.");
            }
            bigEndian = text.equals("big");
        }
        byte[] pickle = readAll(src, pkl);
        PickleReader reader = new PickleReader(pickle, new Host());
        List<Map.Entry<String, Tensor>> found = new ArrayList<>();
        StridescopeError problem = null;
        try {
            flatten(reader.read(), "", found, new IdentityHashMap<>(), 0);
        } catch (StridescopeError e) {
            problem = e;
            found.clear();
            salvage(reader.stack(), found);
        }
        List<TensorEntry> arrays = new ArrayList<>();
        List<ByteRange> data = new ArrayList<>();
        Map<String, Long> starts = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> f : found) {
            arrays.add(entry(src, f.getKey(), f.getValue(), prefix, byName, bigEndian, starts, data));
        }
        return new TensorFile(TensorFormat.PYTORCH, arrays, data, problem);
    }

    private static TensorEntry entry(ByteSource src, String name, Tensor t, String prefix, Map<String, ZipEntryInfo> byName,
                                     boolean bigEndian, Map<String, Long> starts, List<ByteRange> data) {
        String little = STORAGES.get(t.storage().type().name());
        long[] shape = t.size();
        if (little == null || !t.storage().type().module().equals("torch")) {
            return new TensorEntry(name, "?", shape, null, -1, t.storage().key(), 0, null,
                    "its storage type " + t.storage().type() + " is not one Stridescope knows");
        }
        String dtype = TensorDTypes.ordered(little, bigEndian);
        int itemsize = TensorDTypes.itemsize(little);
        long[] strides = new long[shape.length];
        long last = 0; // the furthest element from [0, ..., 0], in elements
        long count = 1;
        boolean empty = false;
        long nbytes;
        try {
            for (int k = 0; k < shape.length; k++) {
                strides[k] = Math.multiplyExact(t.stride()[k], itemsize);
                count = Math.multiplyExact(count, shape[k]);
                empty |= shape[k] == 0;
                last = Math.addExact(last, Math.multiplyExact(Math.max(0, shape[k] - 1), t.stride()[k]));
            }
            nbytes = Math.multiplyExact(count, itemsize);
            Math.multiplyExact(Math.addExact(Math.addExact(t.offset(), last), 1), itemsize);
        } catch (ArithmeticException overflow) {
            return new TensorEntry(name, dtype, shape, null, -1, t.storage().key(), 0, null,
                    "its size, strides and offset overflow 64 bits");
        }
        String member = prefix + "data/" + t.storage().key();
        ZipEntryInfo e = byName.get(member);
        if (e == null) {
            return new TensorEntry(name, dtype, shape, null, -1, t.storage().key(), nbytes, null,
                    "its storage " + member + " is missing from the archive");
        }
        if (!empty && (t.offset() + last + 1) * itemsize > e.size()) {
            return new TensorEntry(name, dtype, shape, null, -1, t.storage().key(), nbytes, null,
                    "it reads past the end of its storage " + member + " (" + e.size() + " bytes)");
        }
        long byteOffset = t.offset() * itemsize;
        if (e.method() != ZipEntryInfo.STORED) {
            return new TensorEntry(name, dtype, shape, strides, -1, t.storage().key(), nbytes,
                    new TensorEntry.Packed(member, byteOffset), "its storage is compressed in the archive:"
                            + " showing it inflates a copy of " + member);
        }
        long start = starts.computeIfAbsent(member, m -> {
            long s = ZipDirectory.dataStart(src, src.name(), e);
            data.add(new ByteRange(s, s + e.compressedSize()));
            return s;
        });
        return new TensorEntry(name, dtype, shape, strides, start + byteOffset, t.storage().key(), nbytes, null, null);
    }

    private static byte[] readAll(ByteSource src, ZipEntryInfo pkl) {
        if (pkl.size() > MAX_PICKLE) {
            throw StridescopeError.inputError(src.name() + ": its data.pkl holds " + pkl.size() + " bytes",
                    "A state dict's pickle takes some bytes a tensor; over " + MAX_PICKLE + " bytes is not one.");
        }
        try (ByteSource bytes = ZipMember.open(src, pkl, src.name() + ": " + pkl.name(), MAX_PICKLE, ProgressMonitor.NONE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) bytes.size());
            byte[] buf = new byte[1 << 16];
            for (long p = 0; p < bytes.size(); p += buf.length) {
                int n = (int) Math.min(buf.length, bytes.size() - p);
                bytes.read(p, buf, 0, n);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** The tensors in a state dict, by path: dict keys joined with '.', list and tuple positions as numbers. */
    private static void flatten(Object value, String path, List<Map.Entry<String, Tensor>> out,
                                IdentityHashMap<Object, Boolean> seen, int depth) {
        if (value instanceof Tensor t) {
            out.add(Map.entry(path.isEmpty() ? "tensor" : path, t));
            return;
        }
        if (depth > 200 || !(value instanceof Map || value instanceof List || value instanceof Tuple)
                || seen.put(value, Boolean.TRUE) != null) {
            return; // a container holding itself is walked once
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                flatten(e.getValue(), join(path, e.getKey()), out, seen, depth + 1);
            }
        } else {
            List<?> items = value instanceof Tuple t ? t.items() : (List<?>) value;
            for (int k = 0; k < items.size(); k++) {
                flatten(items.get(k), join(path, k), out, seen, depth + 1);
            }
        }
    }

    /**
     * The tensors of a pickle read part way, from the stack it left: each dict or list still being
     * filled is followed by a MARK, then its keys and values so far, the last key naming the next
     * dict being filled.
     */
    private static void salvage(List<Object> stack, List<Map.Entry<String, Tensor>> out) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        String prefix = "";
        int i = 0;
        while (i < stack.size()) {
            Object item = stack.get(i);
            if (!filling(stack, i)) {
                if (item instanceof Tensor) {
                    flatten(item, prefix, out, seen, 0);
                }
                i++;
                continue;
            }
            flatten(item, prefix, out, seen, 0);
            int k = i + 2;
            while (k < stack.size() && !filling(stack, k)) {
                k++;
            }
            List<Object> pending = stack.subList(i + 2, k);
            String next = prefix;
            if (item instanceof Map<?, ?>) {
                for (int p = 0; p + 1 < pending.size(); p += 2) {
                    flatten(pending.get(p + 1), join(prefix, pending.get(p)), out, seen, 1);
                }
                if (pending.size() % 2 == 1) {
                    next = join(prefix, pending.get(pending.size() - 1));
                }
            } else {
                int base = ((List<?>) item).size();
                for (int p = 0; p < pending.size(); p++) {
                    flatten(pending.get(p), join(prefix, base + p), out, seen, 1);
                }
                next = join(prefix, base + pending.size());
            }
            prefix = next;
            i = k;
        }
    }

    private static boolean filling(List<Object> stack, int i) {
        Object o = stack.get(i);
        return (o instanceof Map || o instanceof List) && i + 1 < stack.size() && stack.get(i + 1) == PickleReader.Marker.MARK;
    }

    private static String join(String path, Object key) {
        String k = key instanceof String s ? s : String.valueOf(key);
        return path.isEmpty() ? k : path + "." + k;
    }

    /** The allow-list: what a state dict's pickle may name, and what each name stands for. */
    private static final class Host implements PickleReader.Host {
        @Override
        public boolean allows(Global g) {
            return switch (g.module()) {
                case "torch._utils" -> REBUILDERS.contains(g.name());
                case "torch" -> g.name().endsWith("Storage") || g.name().equals("Size");
                case "collections" -> g.name().equals("OrderedDict");
                default -> false;
            };
        }

        @Override
        public Object call(Global g, Tuple args, long at) {
            List<Object> a = args.items();
            switch (g.name()) {
                case "_rebuild_tensor_v2", "_rebuild_tensor" -> {
                    if (a.size() < 4 || !(a.get(0) instanceof Storage s) || !(a.get(1) instanceof Long offset)
                            || offset < 0) {
                        throw bad(g, at, "a storage and an element offset");
                    }
                    long[] size = longs(a.get(2), g, at);
                    long[] stride = longs(a.get(3), g, at);
                    if (size.length != stride.length || java.util.Arrays.stream(size).anyMatch(d -> d < 0)
                            || java.util.Arrays.stream(stride).anyMatch(d -> d < 0)) {
                        throw bad(g, at, "a size and a stride of the same length, none negative");
                    }
                    return new Tensor(s, offset, size, stride);
                }
                case "_rebuild_parameter", "_rebuild_parameter_with_state" -> {
                    if (a.isEmpty()) {
                        throw bad(g, at, "the parameter's tensor");
                    }
                    return a.get(0); // an nn.Parameter is its tensor with requires_grad
                }
                case "OrderedDict" -> {
                    return new LinkedHashMap<>();
                }
                case "Size" -> {
                    return a.isEmpty() ? new Tuple(List.of()) : a.get(0);
                }
                default -> throw bad(g, at, "nothing: it is not called in a state dict");
            }
        }

        @Override
        public Object persistent(Object pid, long at) {
            if (pid instanceof Tuple t && t.items().size() >= 5 && "storage".equals(t.items().get(0))
                    && t.items().get(1) instanceof Global type && t.items().get(2) instanceof String key
                    && t.items().get(4) instanceof Long numel && numel >= 0) {
                return new Storage(key, type, numel);
            }
            throw StridescopeError.inputError("the pickle is damaged: a persistent id at byte " + at
                    + " is not ('storage', type, key, location, size)",
                    "torch.save names each storage by such a tuple; this one is something else.");
        }

        private static long[] longs(Object o, Global g, long at) {
            if (!(o instanceof Tuple t)) {
                throw bad(g, at, "a tuple of sizes");
            }
            long[] out = new long[t.items().size()];
            for (int k = 0; k < out.length; k++) {
                if (!(t.items().get(k) instanceof Long v)) {
                    throw bad(g, at, "whole numbers for the size and stride");
                }
                out[k] = v;
            }
            return out;
        }

        private static StridescopeError bad(Global g, long at, String wanted) {
            return StridescopeError.inputError("the pickle is damaged: " + g + " at byte " + at + " is given something"
                    + " other than " + wanted, "torch.save writes each tensor as a call of " + g
                            + " with its storage, offset, size and stride.");
        }
    }
}
