package org.stridescope.core.layout;

import java.util.List;
import org.stridescope.core.dtype.DType;

/**
 * How many elements read each byte ("coverage"), and a one-word summary of a run of bytes for a
 * minimap: never read, partly read, read once, read by several.
 *
 * <p>A byte's count is exact ({@link ByteToElements}, arithmetic, any size). A run's summary is
 * exact for runs of up to {@value #EXACT_UP_TO} bytes (every byte is counted). Longer runs are
 * judged by arithmetic on the whole run plus a few sampled bytes, so a minimap of a 16 GiB file
 * costs a few counts per pixel row:
 * <ul>
 *   <li>"never" is exact: no element's bytes meet the run (one range count);
 *   <li>"several" when the elements meeting the run hold more bytes than the run and its two
 *       partly covered ends can take one each (pigeonhole, exact), or a sampled byte has 2+ readers;
 *   <li>"partly" when those elements hold fewer bytes than the run (some byte is unread, exact),
 *       or a sampled byte has no reader;
 *   <li>otherwise "once". Every answer but "once" has a witness; "once" can miss a lone unread or
 *       doubly read byte between the samples.
 * </ul>
 *
 * <p>A record's padding (bytes between or after its fields, {@link RecordFields#readRuns()}) is
 * read by no element: an element reads only its fields' bytes. The same answers hold, counted
 * per run of field bytes (one range count each).
 */
public final class Coverage {
    /** Runs up to this many bytes are summarised by counting every byte. */
    public static final int EXACT_UP_TO = 16;
    private static final int SAMPLES = 9;

    /** What a run of bytes is to the array's elements. */
    public enum Kind {
        NEVER, PARTLY, ONCE, SEVERAL;

        /** The summary of one byte read by {@code readers} elements. */
        public static Kind ofCount(long readers) {
            return readers == 0 ? NEVER : readers == 1 ? ONCE : SEVERAL;
        }
    }

    private Coverage() {
    }

    /** How many elements read byte {@code pos} (with one of their fields, for records): exact, however many. */
    public static long readers(Layout layout, long pos) {
        List<ByteRange> runs = readRuns(layout.dtype());
        if (runs == null) {
            return ByteToElements.readers(layout, pos, 0).count();
        }
        long n = 0;
        for (ByteRange r : runs) { // the runs are apart, so each element is counted at most once
            n += ByteToElements.startingIn(layout, pos - r.last(), pos - r.start());
        }
        return n;
    }

    /** The last dtype asked about and its runs of field bytes: the hex view asks byte after byte. */
    private static volatile Object[] lastRuns = {null, null};

    /**
     * The bytes inside an element that it reads, when that is not all of them (a record with
     * padding); null when every byte is read, or the record is too finely padded to list.
     */
    @SuppressWarnings("unchecked")
    static List<ByteRange> readRuns(DType dtype) {
        Object[] last = lastRuns;
        if (last[0] == dtype) {
            return (List<ByteRange>) last[1];
        }
        RecordFields fields = RecordFields.of(dtype);
        List<ByteRange> runs = fields == null ? null : fields.readRuns();
        if (runs != null && runs.size() == 1 && runs.get(0).equals(new ByteRange(0, dtype.itemsize()))) {
            runs = null; // no padding
        }
        lastRuns = new Object[] {dtype, runs};
        return runs;
    }

    /** The summary of {@code range} (see the class comment for which answers are exact). */
    public static Kind of(Layout layout, ByteRange range) {
        long len = range.length();
        if (len <= 0) {
            return Kind.NEVER;
        }
        List<ByteRange> runs = readRuns(layout.dtype());
        if (runs != null) {
            return ofRecords(layout, range, runs);
        }
        long meeting = ByteToElements.elementsIn(layout, range, 0).count();
        if (meeting == 0) {
            return Kind.NEVER;
        }
        boolean unread = false;
        boolean twice = false;
        if (len <= EXACT_UP_TO) {
            for (long p = range.start(); p < range.endExclusive(); p++) {
                long n = readers(layout, p);
                unread |= n == 0;
                twice |= n > 1;
            }
        } else {
            int itemsize = layout.dtype().itemsize();
            // Bytes the meeting elements can put in the run: at most all of theirs.
            double held = (double) meeting * itemsize;
            // If no byte were read twice, only the elements reading the run's first and last byte
            // could stick out of it, by itemsize - 1 bytes each.
            twice = held > len + 2.0 * (itemsize - 1);
            unread = held < len;
            for (int i = 0; i < SAMPLES && !(twice && unread); i++) {
                long p = range.start() + (len - 1) * i / (SAMPLES - 1);
                long n = readers(layout, p);
                unread |= n == 0;
                twice |= n > 1;
            }
        }
        return twice ? Kind.SEVERAL : unread ? Kind.PARTLY : Kind.ONCE;
    }

    /**
     * {@link #of} for records with padding, by runs of field bytes: the elements whose run meets
     * the range bound the bytes read in it from above (none: never read), those whose run lies
     * inside it from below (more than the range holds: some byte is read twice).
     */
    private static Kind ofRecords(Layout layout, ByteRange range, List<ByteRange> runs) {
        long len = range.length();
        double most = 0;
        double least = 0;
        for (ByteRange r : runs) {
            most += (double) ByteToElements.startingIn(layout, range.start() - r.last(), range.last() - r.start()) * r.length();
            least += (double) ByteToElements.startingIn(layout, range.start() - r.start(), range.last() - r.last()) * r.length();
        }
        if (most == 0) {
            return Kind.NEVER;
        }
        boolean unread = most < len;
        boolean twice = least > len;
        if (len <= EXACT_UP_TO) {
            unread = false;
            twice = false;
            for (long p = range.start(); p < range.endExclusive(); p++) {
                long n = readers(layout, p);
                unread |= n == 0;
                twice |= n > 1;
            }
        } else {
            for (int i = 0; i < SAMPLES && !(twice && unread); i++) {
                long n = readers(layout, range.start() + (len - 1) * i / (SAMPLES - 1));
                unread |= n == 0;
                twice |= n > 1;
            }
        }
        return twice ? Kind.SEVERAL : unread ? Kind.PARTLY : Kind.ONCE;
    }
}
