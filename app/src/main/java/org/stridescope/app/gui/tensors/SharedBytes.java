package org.stridescope.app.gui.tensors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.CountText;
import org.stridescope.core.io.tensors.TensorEntry;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.Reach;

/**
 * Which bytes each tensor of one storage reads, in words: "wT: bytes 768..782, all 15 (the same
 * bytes as w)". Tensors that view one storage are what people mix up ({@code w.T} is not a copy),
 * so the legend says outright when two read exactly the same bytes, only in another order.
 */
final class SharedBytes {
    /** Tensors with more elements are described by their span only (walking them would stall the window). */
    static final long WALK_UP_TO = 1 << 20;

    private SharedBytes() {
    }

    /** One line per tensor of {@code storage} (in listing order); the chosen one is marked with "▶". */
    static String legend(String storage, List<TensorEntry> tensors, TensorEntry chosen) {
        List<BitSet> seen = new ArrayList<>();
        List<ByteRange> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Layout> layouts = new ArrayList<>();
        boolean packed = tensors.stream().anyMatch(t -> t.packed() != null);
        StringBuilder sb = new StringBuilder("Bytes each tensor of storage " + storage + " reads"
                + (packed ? " (of its inflated copy):" : " (of the file):"));
        for (TensorEntry t : tensors) {
            sb.append('\n').append(chosen != null && t.name().equals(chosen.name()) ? "▶ " : "   ").append(t.name()).append(": ");
            if (!t.readable()) {
                sb.append("not shown (").append(t.note()).append(')');
                continue;
            }
            Layout layout = new Layout(DType.parse(t.dtype()), t.shape(), t.strides(), t.layoutSpec().offset());
            if (layout.size() == 0) {
                sb.append("no bytes (no elements)");
                continue;
            }
            ByteRange span = Reach.span(layout);
            sb.append(CountText.byteRun(span.start(), span.last()));
            BitSet read = layout.size() <= WALK_UP_TO && span.length() <= WALK_UP_TO * 64 ? bytesRead(layout, span) : null;
            if (read == null) {
                continue;
            }
            int count = read.cardinality();
            sb.append(count == span.length() ? ", all " + count : ", " + count + " of them");
            for (int k = 0; k < seen.size(); k++) {
                if (spans.get(k).equals(span) && read.equals(seen.get(k))) {
                    sb.append(" (the same bytes as ").append(names.get(k))
                            .append(sameOrder(layout, layouts.get(k)) ? ")" : ", in another order)");
                    break;
                }
            }
            seen.add(read);
            spans.add(span);
            names.add(t.name());
            layouts.add(layout);
        }
        return sb.toString();
    }

    /** Whether the elements of {@code a} and {@code b}, in C index order, start at the same bytes. */
    private static boolean sameOrder(Layout a, Layout b) {
        if (a.size() != b.size() || a.dtype().itemsize() != b.dtype().itemsize()) {
            return false;
        }
        long[] starts = new long[(int) a.size()];
        CIndexWalk.walk(a, 0, a.size(), (flat, index, pos) -> starts[(int) flat] = pos);
        boolean[] same = {true};
        CIndexWalk.walk(b, 0, b.size(), (flat, index, pos) -> same[0] &= starts[(int) flat] == pos);
        return same[0];
    }

    /** The bytes of {@code span} that some element reads. */
    private static BitSet bytesRead(Layout layout, ByteRange span) {
        BitSet read = new BitSet();
        int itemsize = layout.dtype().itemsize();
        CIndexWalk.walk(layout, 0, layout.size(), (flat, index, pos) ->
                read.set((int) (pos - span.start()), (int) (pos - span.start()) + itemsize));
        return read;
    }
}
