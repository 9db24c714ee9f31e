package org.stridescope.app.gui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.format.ScalarText;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.ByteToElements;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.layout.FlagRules;
import org.stridescope.core.layout.Flags;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.Reach;
import org.stridescope.core.layout.Readers;
import org.stridescope.core.layout.RecordFields;

/**
 * The array on screen: bytes plus a layout NumPy accepted. Answers what the views paint, always
 * by asking core, for the visible cells only; remembers recent element texts so scrolling back
 * and forth does not decode the same bytes again.
 */
public final class ShownArray {
    private static final int CACHED_VALUES = 20_000;

    private final ByteSource source;
    private final Layout layout;
    private final long[] cStrides; // in elements, to number elements in C order
    private final ByteRange extent;
    private final boolean ownData;
    private final RecordFields fields; // the record's leaves; null for a plain dtype
    private final Map<Long, String> values = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CACHED_VALUES;
        }
    };
    private final Map<FieldAt, String> fieldValues = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FieldAt, String> eldest) {
            return size() > CACHED_VALUES;
        }
    };

    private record FieldAt(long pos, long column) {
    }

    /** A view of {@code source}'s bytes. */
    public ShownArray(ByteSource source, Layout layout) {
        this(source, layout, false);
    }

    /** What {@code inspect} answered for the form and the expression (which must have succeeded). */
    public ShownArray(Inspection answer) {
        this(answer.source(), answer.layout(), answer.writeable());
    }

    private ShownArray(ByteSource source, Layout layout, boolean ownData) {
        this.source = source;
        this.layout = layout;
        this.ownData = ownData;
        this.cStrides = Layout.cStrides(layout.shape(), 1);
        this.extent = Reach.span(layout);
        this.fields = RecordFields.of(layout.dtype());
    }

    /** The leaves of the records (one per scalar field), or null when the dtype is not structured. */
    public RecordFields fields() {
        return fields;
    }

    /** {@code str()} of leaf {@code column} of the record at {@code index}, e.g. {@code 5} for {@code pos[1]}. */
    public String fieldValue(long[] index, long column) {
        RecordFields.Leaf leaf = fields.leaf(column);
        long pos = layout.byteOf(index) + leaf.offset();
        return fieldValues.computeIfAbsent(new FieldAt(pos, column), k -> {
            try {
                return ScalarText.str(leaf.dtype(), source, pos);
            } catch (RuntimeException e) {
                return "?";
            }
        });
    }

    /** The bytes of leaf {@code column} of the record at {@code index}; the whole record for -1. */
    public ByteRange bytesOf(long[] index, long column) {
        if (column < 0 || fields == null) {
            return bytesOf(index);
        }
        RecordFields.Leaf leaf = fields.leaf(column);
        return ByteRange.ofLength(layout.byteOf(index) + leaf.offset(), leaf.dtype().itemsize());
    }

    /**
     * Which field of which record byte {@code pos} belongs to, for a structured dtype and a byte
     * some record reads (the first reader in C order); null otherwise.
     */
    public FieldByte fieldByte(long pos, Readers readers) {
        if (fields == null || readers == null || readers.first().isEmpty()) {
            return null;
        }
        long[] record = readers.first().get(0);
        long k = pos - layout.byteOf(record);
        RecordFields.Leaf leaf = fields.at(k);
        return new FieldByte(record, leaf, leaf == null ? k : k - leaf.offset());
    }

    /**
     * Byte {@code byteInLeaf} (from 0) of {@code leaf} of the record at {@code record}; a null
     * leaf is padding, and then the byte counts from the record's start.
     */
    public record FieldByte(long[] record, RecordFields.Leaf leaf, long byteInLeaf) {
    }

    public ByteSource source() {
        return source;
    }

    public Layout layout() {
        return layout;
    }

    /** True when NumPy's answer is a new array of its own (an empty copy), not a view of the bytes. */
    public boolean ownsData() {
        return ownData;
    }

    /** NumPy's flags, as {@code inspect} reports them. */
    public Flags flags() {
        return FlagRules.of(layout, ownData);
    }

    /** NumPy's {@code str()} of the element, or a short marker if core cannot decode it. */
    public String value(long[] index) {
        long pos = layout.byteOf(index);
        return values.computeIfAbsent(pos, p -> {
            try {
                return ScalarText.str(layout.dtype(), source, p);
            } catch (RuntimeException e) {
                return "?";
            }
        });
    }

    public ByteRange bytesOf(long[] index) {
        return layout.bytesOf(index);
    }

    /** The elements that read byte {@code pos}: exact count, the first {@code limit} in C order. */
    public Readers readers(long pos, int limit) {
        if (layout.size() == 0 || !extent.contains(pos)) {
            return new Readers(pos, 0, List.of());
        }
        try {
            return ByteToElements.readers(layout, pos, limit);
        } catch (RuntimeException e) {
            return new Readers(pos, 0, List.of());
        }
    }

    /**
     * How many elements read byte {@code pos}, for coverage: exact; a record's padding is read by
     * none ({@code readers} counts every element whose bytes hold it, padding or not).
     */
    public long coverage(long pos, Readers readers) {
        if (fields == null || readers.count() == 0) {
            return readers.count();
        }
        if (readers.count() == 1 && !readers.first().isEmpty()) { // the common case: the one record says
            return fieldByte(pos, readers).leaf() == null ? 0 : 1;
        }
        try {
            return org.stridescope.core.layout.Coverage.readers(layout, pos);
        } catch (RuntimeException e) {
            return readers.count();
        }
    }

    /** The elements whose bytes meet {@code range}: exact count, the first {@code limit} in C order. */
    public Readers readersOf(ByteRange range, int limit) {
        if (layout.size() == 0 || range.endExclusive() <= extent.start() || range.start() >= extent.endExclusive()) {
            return new Readers(range.start(), 0, List.of());
        }
        try {
            var found = ByteToElements.elementsIn(layout, range, limit);
            return new Readers(range.start(), found.count(), found.first());
        } catch (RuntimeException e) {
            return new Readers(range.start(), 0, List.of());
        }
    }

    /** The element's position when all elements are numbered in C order. */
    public long flatIndex(long[] index) {
        long n = 0;
        for (int k = 0; k < index.length; k++) {
            n += index[k] * cStrides[k];
        }
        return n;
    }

    /** True if the index names an element of this array. */
    public boolean contains(long[] index) {
        if (index == null || index.length != layout.ndim()) {
            return false;
        }
        for (int k = 0; k < index.length; k++) {
            if (index[k] < 0 || index[k] >= layout.shape(k)) {
                return false;
            }
        }
        return true;
    }

    /** The span from the lowest byte any element reads to the highest; empty for size 0. */
    public ByteRange extent() {
        return extent;
    }

    /** What a byte is to the array: read by an element (and which parity), a gap, or outside. */
    public ByteRole role(long pos) {
        if (!extent.contains(pos)) {
            return ByteRole.OUTSIDE;
        }
        return roleOf(readers(pos, 1));
    }

    /** The role of a byte inside the extent, from its readers (the first one at least). */
    public ByteRole roleOf(Readers r) {
        if (r.count() == 0) {
            return ByteRole.GAP;
        }
        return (flatIndex(r.first().get(0)) & 1) == 0 ? ByteRole.READ_EVEN : ByteRole.READ_ODD;
    }

    /** How a byte relates to the array, for tinting. */
    public enum ByteRole { OUTSIDE, GAP, READ_EVEN, READ_ODD }

}
