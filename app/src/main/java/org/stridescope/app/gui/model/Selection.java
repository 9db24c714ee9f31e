package org.stridescope.app.gui.model;

import java.util.Arrays;
import org.stridescope.core.layout.ByteRange;

/**
 * What the user picked: elements in the grid (one, or the box between an anchor and a lead
 * element) or bytes in the hex view (a range between an anchor and a lead byte).
 */
public sealed interface Selection {

    /** Nothing selected. */
    record Nothing() implements Selection {
    }

    /**
     * Every element whose index lies, axis by axis, between anchor and lead; of records, only
     * leaf {@code field} ({@link org.stridescope.core.layout.RecordFields}) of each, or the whole
     * record for -1.
     */
    record Elements(long[] anchor, long[] lead, long field) implements Selection {
        public Elements {
            anchor = anchor.clone();
            lead = lead.clone();
        }

        /** Whole elements (whole records). */
        public Elements(long[] anchor, long[] lead) {
            this(anchor, lead, -1);
        }

        /** True when one field of the records is selected, not the whole records. */
        public boolean oneField() {
            return field >= 0;
        }

        public boolean single() {
            return Arrays.equals(anchor, lead);
        }

        /** True if {@code index} is inside the box. */
        public boolean contains(long[] index) {
            for (int k = 0; k < index.length; k++) {
                long lo = Math.min(anchor[k], lead[k]);
                long hi = Math.max(anchor[k], lead[k]);
                if (index[k] < lo || index[k] > hi) {
                    return false;
                }
            }
            return true;
        }

        /** Number of elements in the box. */
        public long count() {
            long n = 1;
            for (int k = 0; k < anchor.length; k++) {
                n *= Math.abs(anchor[k] - lead[k]) + 1;
            }
            return n;
        }

        public long[] low() {
            long[] lo = new long[anchor.length];
            for (int k = 0; k < lo.length; k++) {
                lo[k] = Math.min(anchor[k], lead[k]);
            }
            return lo;
        }

        public long[] high() {
            long[] hi = new long[anchor.length];
            for (int k = 0; k < hi.length; k++) {
                hi[k] = Math.max(anchor[k], lead[k]);
            }
            return hi;
        }

        @Override
        public long[] lead() {
            return lead.clone();
        }

        @Override
        public long[] anchor() {
            return anchor.clone();
        }
    }

    /** Bytes anchor..lead in either direction. */
    record Bytes(long anchor, long lead) implements Selection {
        public ByteRange range() {
            return new ByteRange(Math.min(anchor, lead), Math.max(anchor, lead) + 1);
        }
    }
}
