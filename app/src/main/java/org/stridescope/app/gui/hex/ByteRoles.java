package org.stridescope.app.gui.hex;

import org.stridescope.app.gui.ShownArray;
import org.stridescope.app.gui.ShownArray.ByteRole;

/**
 * What the array makes of each visible byte (read, and by an even or odd element; a gap;
 * outside), asked of core once per visible window rather than on every repaint, so hover and
 * selection repaints cost no core queries.
 */
final class ByteRoles {
    private static final ByteRole[] ROLES = ByteRole.values();
    private ShownArray array;
    private long first;
    private byte[] roles = new byte[0];

    void prepare(ShownArray a, long firstPos, long count) {
        int n = (int) Math.min(count, 1 << 20);
        if (a == array && firstPos == first && n == roles.length) {
            return;
        }
        array = a;
        first = firstPos;
        roles = new byte[n];
        for (int i = 0; i < n; i++) {
            roles[i] = (byte) (a == null ? ByteRole.OUTSIDE : a.role(firstPos + i)).ordinal();
        }
    }

    ByteRole role(long pos) {
        long i = pos - first;
        if (i < 0 || i >= roles.length) {
            return array == null ? ByteRole.OUTSIDE : array.role(pos);
        }
        return ROLES[roles[(int) i]];
    }
}
