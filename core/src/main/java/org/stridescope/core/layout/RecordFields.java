package org.stridescope.core.layout;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Field;

/**
 * A structured dtype flattened into its leaf columns, the scalars a record holds: {@code x},
 * each subarray element {@code pos[0]}, {@code pos[1]} ({@code m[1,0]} for two axes), nested
 * records' fields {@code sub.a}. Answers which leaf covers byte k of the record, or none
 * (padding and gaps). Solved by descending the type, never by listing leaves, so a field of
 * 10^6 elements costs nothing.
 *
 * <p>Each leaf also has a colour group: its name without subarray indices ({@code pos} for
 * {@code pos[1]}, {@code sub.a}), the same in every record, numbered in field order.
 */
public final class RecordFields {

    /**
     * One scalar of the record.
     *
     * @param column     its place among all leaves, in field order
     * @param name       {@code x}, {@code pos[1]}, {@code sub.a}
     * @param group      its colour group's number, see {@link #groups()}
     * @param offset     the byte where it starts inside the record
     * @param dtype      its (not structured, not subarray) type
     */
    public record Leaf(long column, String name, int group, long offset, DType dtype) {
        /** The leaf's bytes inside the record. */
        public ByteRange bytes() {
            return ByteRange.ofLength(offset, dtype.itemsize());
        }
    }

    /** One field, with what descending into it needs. */
    private record Part(Field field, DType base, long count, long leavesEach, long firstColumn, int firstGroup,
            RecordFields nested) {
        long end() {
            return field.offset() + (long) field.dtype().itemsize();
        }
    }

    private final int itemsize;
    private final List<Part> parts = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final long columns;

    private RecordFields(DType dtype) {
        itemsize = dtype.itemsize();
        long column = 0;
        for (Field f : dtype.fields().list()) {
            DType base = f.base();
            RecordFields nested = base.isStructured() ? new RecordFields(base) : null;
            long each = nested == null ? 1 : nested.columns;
            parts.add(new Part(f, base, f.count(), each, column, groups.size(), nested));
            if (nested == null) {
                groups.add(f.name());
            } else {
                nested.groups.forEach(g -> groups.add(f.name() + "." + g));
            }
            column = Math.addExact(column, Math.multiplyExact(f.count(), each));
        }
        columns = column;
    }

    /** The leaves of a structured dtype; null for any other dtype. */
    public static RecordFields of(DType dtype) {
        return dtype != null && dtype.isStructured() ? new RecordFields(dtype) : null;
    }

    /** Bytes per record. */
    public int itemsize() {
        return itemsize;
    }

    /** How many leaves a record holds. */
    public long columns() {
        return columns;
    }

    /** The colour groups' names in order: {@code x}, {@code pos}, {@code sub.a}. */
    public List<String> groups() {
        return List.copyOf(groups);
    }

    /** Leaf number {@code column} (0 .. {@link #columns()} - 1). */
    public Leaf leaf(long column) {
        if (column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("leaf " + column + " of " + columns);
        }
        for (Part p : parts) {
            long n = p.count * p.leavesEach;
            long k = column - p.firstColumn;
            if (k < n) {
                return leafOf(p, k / p.leavesEach, k % p.leavesEach);
            }
        }
        throw new IllegalStateException("leaf " + column); // the columns add up to the count
    }

    /**
     * One step from a record to a leaf: field {@code field} starts {@code offset} bytes in, and
     * for a subarray field the leaf is in its element {@code item} (C order) of {@code itemsize}
     * bytes; {@code item} is -1 for a field without a block.
     */
    public record Step(String field, long offset, long item, long itemsize) {
    }

    /**
     * How leaf {@code column}'s offset adds up, from the record down: {@code pos} at 12, element 1
     * of 4 bytes; for {@code sub[1].b}: {@code sub} at 16, element 1 of 4, then {@code b} at 2.
     */
    public List<Step> steps(long column) {
        leaf(column); // checks the range
        List<Step> out = new ArrayList<>();
        RecordFields level = this;
        long k = column;
        while (level != null) {
            Part found = null;
            for (Part p : level.parts) {
                if (k - p.firstColumn < p.count * p.leavesEach) {
                    found = p;
                    break;
                }
            }
            k -= found.firstColumn;
            long item = k / found.leavesEach;
            out.add(new Step(found.field.name(), found.field.offset(), found.field.shape().length == 0 ? -1 : item,
                    found.base.itemsize()));
            k %= found.leavesEach;
            level = found.nested;
        }
        return out;
    }

    /** More separate runs of field bytes than this in a record are not listed (see {@link #readRuns()}). */
    static final int MAX_RUNS = 256;

    /**
     * The bytes of a record some field reads, as sorted separate runs (the rest is padding), or
     * null when there are more than {@value #MAX_RUNS} runs (a block of many padded records).
     * Found by descending the type, as {@link #at} is.
     */
    public List<ByteRange> readRuns() {
        List<ByteRange> raw = new ArrayList<>();
        if (!addRuns(0, raw)) {
            return null;
        }
        raw.sort(java.util.Comparator.comparingLong(ByteRange::start));
        List<ByteRange> merged = new ArrayList<>();
        for (ByteRange r : raw) {
            ByteRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() <= last.endExclusive()) { // touching or overlapping fields
                merged.set(merged.size() - 1, new ByteRange(last.start(), Math.max(last.endExclusive(), r.endExclusive())));
            } else if (r.length() > 0) {
                merged.add(r);
            }
        }
        return merged.size() > MAX_RUNS ? null : merged;
    }

    private boolean addRuns(long base, List<ByteRange> out) {
        for (Part p : parts) {
            long off = base + p.field.offset();
            if (p.nested == null) {
                out.add(new ByteRange(off, base + p.end())); // a scalar or a block of scalars: every byte read
                continue;
            }
            List<ByteRange> inner = new ArrayList<>();
            if (!p.nested.addRuns(0, inner)) {
                return false;
            }
            if (inner.isEmpty()) {
                continue; // records of no fields, however many
            }
            if (p.count > 4 * MAX_RUNS || out.size() + p.count * inner.size() > 4 * MAX_RUNS) {
                return false;
            }
            for (long item = 0; item < p.count; item++) {
                long at = off + item * p.base.itemsize();
                inner.forEach(r -> out.add(new ByteRange(at + r.start(), at + r.endExclusive())));
            }
        }
        return true;
    }

    /** The leaf that covers byte {@code k} of the record (the first in field order), null for padding. */
    public Leaf at(long k) {
        if (k < 0 || k >= itemsize) {
            return null;
        }
        for (Part p : parts) {
            long off = p.field.offset();
            int each = p.base.itemsize();
            if (k < off || k >= p.end() || each == 0) {
                continue;
            }
            long item = (k - off) / each;
            if (p.nested == null) {
                return leafOf(p, item, 0);
            }
            Leaf inner = p.nested.at(k - off - item * each);
            if (inner != null) {
                return leafOf(p, item, inner.column);
            }
        }
        return null;
    }

    private Leaf leafOf(Part p, long item, long innerColumn) {
        String name = p.field.name() + blockIndex(p.field.shape(), item);
        long offset = p.field.offset() + item * p.base.itemsize();
        long column = p.firstColumn + item * p.leavesEach + innerColumn;
        if (p.nested == null) {
            return new Leaf(column, name, p.firstGroup, offset, p.base);
        }
        Leaf inner = p.nested.leaf(innerColumn);
        return new Leaf(column, name + "." + inner.name, p.firstGroup + inner.group, offset + inner.offset,
                inner.dtype);
    }

    /** {@code [4]}, {@code [1,0]} for element {@code item} (C order) of a block; empty for no block. */
    static String blockIndex(long[] shape, long item) {
        if (shape.length == 0) {
            return "";
        }
        long[] idx = new long[shape.length];
        long rest = item;
        for (int a = shape.length - 1; a >= 0; a--) {
            idx[a] = shape[a] == 0 ? 0 : rest % shape[a];
            rest = shape[a] == 0 ? 0 : rest / shape[a];
        }
        StringBuilder sb = new StringBuilder("[");
        for (int a = 0; a < idx.length; a++) {
            sb.append(a == 0 ? "" : ",").append(idx[a]);
        }
        return sb.append(']').toString();
    }
}
