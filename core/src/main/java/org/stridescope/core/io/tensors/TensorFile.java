package org.stridescope.core.io.tensors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.layout.ByteRange;

/**
 * What a file of named arrays holds: its format, its arrays in file order, which bytes are array
 * data (the rest is the format's own: headers, the pickle, the JSON header, metadata), and a
 * problem that stopped the reading part way (the arrays found before it are kept).
 */
public final class TensorFile {
    private final TensorFormat format;
    private final List<TensorEntry> arrays;
    private final List<ByteRange> data;
    private final StridescopeError problem;

    /**
     * @param data    the byte ranges that hold array data (storages, data sections), in any order
     * @param problem why the list may be incomplete, or null
     */
    public TensorFile(TensorFormat format, List<TensorEntry> arrays, List<ByteRange> data, StridescopeError problem) {
        this.format = format;
        this.arrays = List.copyOf(arrays);
        this.data = merged(data);
        this.problem = problem;
    }

    public TensorFormat format() {
        return format;
    }

    public List<TensorEntry> arrays() {
        return arrays;
    }

    /** Why the list stops early (a refused pickle global, a damaged pickle), or empty. */
    public Optional<StridescopeError> problem() {
        return Optional.ofNullable(problem);
    }

    /** The byte ranges of array data, sorted and merged. */
    public List<ByteRange> dataRanges() {
        return data;
    }

    /** Whether the byte at {@code pos} belongs to the format (header, pickle, metadata), not to array data. */
    public boolean isFormatByte(long pos) {
        int lo = 0;
        int hi = data.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ByteRange r = data.get(mid);
            if (pos < r.start()) {
                hi = mid - 1;
            } else if (pos >= r.endExclusive()) {
                lo = mid + 1;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * The array named {@code name}; null picks the first one that can be shown.
     *
     * @throws StridescopeError InputError naming the arrays there are
     */
    public TensorEntry find(String name, String fileName) {
        if (name == null) {
            return arrays.stream().filter(TensorEntry::readable).findFirst().orElseThrow(() -> StridescopeError.inputError(
                    fileName + " holds no array Stridescope can show", arrays.isEmpty() ? "The " + format.title()
                            + " lists no arrays." : "Every array in it is " + arrays.get(0).note() + "."));
        }
        for (TensorEntry e : arrays) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> names = arrays.stream().map(TensorEntry::name).limit(20).toList();
        throw StridescopeError.inputError("no array '" + name + "' in " + fileName,
                "The " + format.title() + " holds: " + String.join(", ", names)
                        + (arrays.size() > names.size() ? " and " + (arrays.size() - names.size()) + " more" : "")
                        + " (inspect --file F --list shows them all).");
    }

    private static List<ByteRange> merged(List<ByteRange> ranges) {
        List<ByteRange> sorted = new ArrayList<>(ranges.stream().filter(r -> r.length() > 0).toList());
        sorted.sort(Comparator.comparingLong(ByteRange::start));
        List<ByteRange> out = new ArrayList<>();
        for (ByteRange r : sorted) {
            ByteRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.start() <= last.endExclusive()) {
                out.set(out.size() - 1, new ByteRange(last.start(), Math.max(last.endExclusive(), r.endExclusive())));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
