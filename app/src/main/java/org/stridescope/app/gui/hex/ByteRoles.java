package org.stridescope.app.gui.hex;

import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.model.ShownArray.ByteRole;
import org.stridescope.core.layout.Readers;

/**
 * What the array makes of each visible byte (read, and by an even or odd element; a gap;
 * outside) and how many elements read it (coverage), asked of core once per visible window
 * rather than on every repaint, so hover and selection repaints cost no core queries.
 */
final class ByteRoles {
    private static final ByteRole[] ROLES = ByteRole.values();
    private ShownArray array;
    private long first;
    private byte[] roles = new byte[0];
    private long[] counts = new long[0];
    private int[] groups = new int[0]; // of a record array: the field's colour group, PADDING, or NO_FIELD
    static final int PADDING = -1;
    static final int NO_FIELD = -2;

    void prepare(ShownArray a, long firstPos, long count) {
        int n = (int) Math.min(count, 1 << 20);
        if (a == array && firstPos == first && n == roles.length) {
            return;
        }
        byte[] next = new byte[n];
        long[] nextCounts = new long[n];
        int[] nextGroups = new int[n];
        boolean[] known = new boolean[n];
        if (a == array) {
            // Scrolling keeps most of the window: reuse what overlaps, ask core only for new bytes.
            long from = Math.max(first, firstPos);
            long to = Math.min(first + roles.length, firstPos + n);
            for (long p = from; p < to; p++) {
                next[(int) (p - firstPos)] = roles[(int) (p - first)];
                nextCounts[(int) (p - firstPos)] = counts[(int) (p - first)];
                nextGroups[(int) (p - firstPos)] = groups[(int) (p - first)];
                known[(int) (p - firstPos)] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!known[i]) {
                long pos = firstPos + i;
                nextGroups[i] = NO_FIELD;
                if (a == null || !a.extent().contains(pos)) {
                    next[i] = (byte) ByteRole.OUTSIDE.ordinal();
                } else {
                    Readers r = a.readers(pos, 1);
                    nextCounts[i] = a.coverage(pos, r);
                    next[i] = (byte) a.roleOf(r).ordinal();
                    nextGroups[i] = group(a.fieldByte(pos, r));
                }
            }
        }
        array = a;
        first = firstPos;
        roles = next;
        counts = nextCounts;
        groups = nextGroups;
    }

    private static int group(ShownArray.FieldByte f) {
        return f == null ? NO_FIELD : f.leaf() == null ? PADDING : f.leaf().group();
    }

    /** Of a byte a record reads: its field's colour group, or {@link #PADDING}; else {@link #NO_FIELD}. */
    int group(long pos) {
        long i = pos - first;
        if (i < 0 || i >= groups.length) {
            if (array == null || array.fields() == null) {
                return NO_FIELD;
            }
            return group(array.fieldByte(pos, array.readers(pos, 1)));
        }
        return groups[(int) i];
    }

    ByteRole role(long pos) {
        long i = pos - first;
        if (i < 0 || i >= roles.length) {
            return array == null ? ByteRole.OUTSIDE : array.role(pos);
        }
        return ROLES[roles[(int) i]];
    }

    /** How many elements read byte {@code pos} (exact; a record's padding: none). */
    long readers(long pos) {
        long i = pos - first;
        if (i < 0 || i >= counts.length) {
            return array == null ? 0 : array.coverage(pos, array.readers(pos, 1));
        }
        return counts[(int) i];
    }
}
