package org.stridescope.core.analysis;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.dtype.Scalar;
import org.stridescope.core.io.ProgressMonitor;

/**
 * Guesses the row pitch (bytes from one row's start to the next) of a raw image: the "Find row
 * width" of the window and {@code inspect --row-widths}.
 *
 * <p>A picture is alike from one row to the next: the mean absolute difference {@code D(p)} between
 * each value and the value {@code p} elements later dips at the pitch and its multiples. Small lags
 * are alike too (neighbours in a row), so a lag is scored against lags a quarter to three quarters as long:
 * {@code score(p) = 1 - D(p) / mean(D(q), p/4 <= q <= 3p/4)}, clipped to 0..1, where {@code q} only runs
 * over multiples of the channel count {@code c} (1, or 2..4 for interleaved channels such as RGB:
 * the lag whose values are likest). Rows that repeat make {@code 2p, 3p} score about as well as
 * {@code p}: the smallest divisor of the best pitch that scores within {@link #TOLERANCE} of it wins.
 *
 * <p>Bounded work: at most {@link #MAX_READ_BYTES} are read, in chunks spread over the source, and
 * at most {@link #PAIRS_PER_LAG} pairs are compared per lag. Non-finite values (NaN, inf, NaT) are
 * left out. Values are decoded as {@link Scalar#read} decodes them; plain integers and floats are
 * read in bulk the same way.
 */
public final class RowWidthFinder {
    /** Largest pitch considered, in elements (and at most half of the elements). */
    public static final int MAX_PITCH_ELEMENTS = 65536;
    public static final long MAX_READ_BYTES = 16L << 20;
    static final int MAX_READ_ELEMENTS = 4 << 20;
    static final int PAIRS_PER_LAG = 2048;
    static final int REFINE_PAIRS = 1 << 18;
    static final int SHORTLIST = 16;
    static final int RUN = 64;
    static final double TOLERANCE = 0.05;
    public static final int CANDIDATES = 5;

    /** One proposed pitch, in bytes, with its score in 0..1 (higher is likelier). */
    public record Candidate(long bytes, double score) {
    }

    private RowWidthFinder() {
    }

    /**
     * Up to {@link #CANDIDATES} pitches for the elements of {@code dtype} from byte {@code offset} to
     * {@code end} of {@code source}, best first.
     *
     * @throws StridescopeError InputError when there are fewer than four elements (two rows of two)
     *                          or the dtype has no numbers to compare
     */
    public static List<Candidate> find(ByteSource source, DType dtype, long offset, long end) {
        return find(source, dtype, offset, end, ProgressMonitor.NONE);
    }

    /**
     * {@link #find(ByteSource, DType, long, long)}, telling {@code monitor} how many lags of the
     * largest pitch considered are compared (the bulk of the work) and stopping when it asks.
     *
     * @throws CancellationException when {@code monitor} asks to stop
     */
    public static List<Candidate> find(ByteSource source, DType dtype, long offset, long end, ProgressMonitor monitor) {
        int size = dtype.itemsize();
        if (!isNumeric(dtype) || size <= 0) {
            throw StridescopeError.inputError("row widths need numbers, not " + dtype.str(),
                    "Read the bytes as numbers, for example --dtype u1, to look for the row width.");
        }
        long n = Math.max(0, (end - offset) / size);
        if (n < 4) {
            throw StridescopeError.inputError("too small to find a row width: " + n + " element"
                    + (n == 1 ? "" : "s") + " of " + dtype.str() + " from byte " + offset
                    + ", and two rows need at least 4",
                    "A raw image needs at least two rows of two elements; check --offset and --dtype.");
        }
        int maxLag = (int) Math.min(MAX_PITCH_ELEMENTS, n / 2);
        double[][] chunks = readChunks(source, dtype, offset, n, maxLag);
        clampWild(chunks);
        double[] d = new double[maxLag + 1];
        for (int lag = 1; lag <= maxLag; lag++) {
            d[lag] = meanDifference(chunks, lag);
            if (lag % 1024 == 0) {
                stopIfCancelled(monitor);
                monitor.progress(lag, maxLag);
            }
        }
        stopIfCancelled(monitor);
        int channels = channels(d, maxLag);
        double[] ref = references(d, maxLag, channels);
        double[] score = new double[maxLag + 1];
        for (int p = 2; p <= maxLag; p++) {
            score[p] = ref[p] <= 0 || Double.isNaN(d[p]) ? 0 : Math.max(0, Math.min(1, 1 - d[p] / ref[p]));
        }
        return pick(chunks, d, ref, score, maxLag, size, channels);
    }

    private static void stopIfCancelled(ProgressMonitor monitor) {
        if (monitor.cancelled()) {
            throw new CancellationException("row width search cancelled");
        }
    }

    static boolean isNumeric(DType t) {
        if (t.fields() != null || t.subarray() != null) {
            return false;
        }
        return switch (t.kind()) {
            case BOOL, INT, UINT, FLOAT, COMPLEX, DATETIME, TIMEDELTA -> true;
            default -> false;
        };
    }

    /** Whole when small; else chunks of {@code 2 * maxLag} elements spread evenly over the source. */
    private static double[][] readChunks(ByteSource source, DType dtype, long offset, long n, int maxLag) {
        int size = dtype.itemsize();
        long budget = Math.min(MAX_READ_ELEMENTS, MAX_READ_BYTES / size);
        if (n <= budget) {
            return new double[][] {values(source, dtype, offset, (int) n)};
        }
        int chunkLength = (int) Math.min(n, 2L * maxLag + RUN);
        int count = (int) Math.max(1, Math.min(64, budget / chunkLength));
        double[][] chunks = new double[count][];
        for (int k = 0; k < count; k++) {
            long first = count == 1 ? 0 : (n - chunkLength) * k / (count - 1);
            chunks[k] = values(source, dtype, offset + first * size, chunkLength);
        }
        return chunks;
    }

    /**
     * Values far outside the bulk (junk row padding read as floats can be 1e300) are pulled in to
     * one spread (10th to 90th percentile) beyond it, so that a few of them cannot outweigh a picture.
     */
    static void clampWild(double[][] chunks) {
        long total = 0;
        for (double[] v : chunks) {
            total += v.length;
        }
        int want = (int) Math.min(total, 1 << 16);
        double[] sample = new double[want];
        int k = 0;
        long step = Math.max(1, total / want);
        long seen = 0;
        for (double[] v : chunks) {
            for (int i = 0; i < v.length; i++, seen++) {
                if (seen % step == 0 && k < want && !Double.isNaN(v[i])) {
                    sample[k++] = v[i];
                }
            }
        }
        if (k < 10) {
            return;
        }
        java.util.Arrays.sort(sample, 0, k);
        double lo = sample[k / 10];
        double hi = sample[k * 9 / 10];
        double spread = hi - lo;
        double min = lo - spread;
        double max = hi + spread;
        for (double[] v : chunks) {
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i] < min ? min : v[i] > max ? max : v[i]; // NaN stays NaN
            }
        }
    }

    /** {@code count} values from byte {@code pos}, non-finite ones as NaN. */
    static double[] values(ByteSource source, DType dtype, long pos, int count) {
        double[] v = new double[count];
        int size = dtype.itemsize();
        boolean plain = (dtype.kind() == Kind.INT || dtype.kind() == Kind.UINT) && (size == 1 || size == 2
                || size == 4 || size == 8) || dtype.kind() == Kind.FLOAT && (size == 4 || size == 8);
        if (!plain) {
            for (int i = 0; i < count; i++) {
                v[i] = number(Scalar.read(dtype, source, pos + (long) i * size));
            }
            return v;
        }
        byte[] bytes = new byte[1 << 16];
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(dtype.order() == ByteOrder.BIG
                ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN);
        int perBlock = bytes.length / size;
        boolean unsigned = dtype.kind() == Kind.UINT;
        for (int done = 0; done < count; done += perBlock) {
            int m = Math.min(perBlock, count - done);
            source.read(pos + (long) done * size, bytes, 0, m * size);
            for (int i = 0; i < m; i++) {
                int at = i * size;
                double x;
                if (dtype.kind() == Kind.FLOAT) {
                    x = size == 4 ? buf.getFloat(at) : buf.getDouble(at);
                } else {
                    x = switch (size) {
                        case 1 -> unsigned ? bytes[at] & 0xFF : bytes[at];
                        case 2 -> unsigned ? buf.getShort(at) & 0xFFFF : buf.getShort(at);
                        case 4 -> unsigned ? buf.getInt(at) & 0xFFFFFFFFL : buf.getInt(at);
                        default -> unsigned && buf.getLong(at) < 0
                                ? Scalar.unsignedToDouble(buf.getLong(at)) : buf.getLong(at);
                    };
                }
                v[done + i] = Double.isFinite(x) ? x : Double.NaN;
            }
        }
        return v;
    }

    /** A value as a double, as the picture export reads it (Scalar.toFloat64), inf as NaN: only finite values compare. */
    static double number(Scalar s) {
        double x = s.toFloat64();
        return Double.isFinite(x) ? x : Double.NaN;
    }

    /** Mean |v[i] - v[i + lag]| over runs of pairs spread over each chunk; NaN when no pair is finite. */
    private static double meanDifference(double[][] chunks, int lag) {
        return stats(chunks, lag, PAIRS_PER_LAG, Double.POSITIVE_INFINITY)[0];
    }

    /**
     * {mean |v[i] - v[i + lag]|, share of pairs differing by more than {@code outlier}} over runs of
     * pairs spread over each chunk, at most about {@code budget} pairs.
     */
    private static double[] stats(double[][] chunks, int lag, int budget, double outlier) {
        double sum = 0;
        long pairs = 0;
        long far = 0;
        int perChunk = Math.max(RUN, budget / chunks.length);
        for (double[] v : chunks) {
            int span = v.length - lag;
            if (span <= 0) {
                continue;
            }
            if (span <= perChunk) {
                sum += run(v, 0, span, lag);
                far += outlier < Double.POSITIVE_INFINITY ? beyond(v, 0, span, lag, outlier) : 0;
                pairs += span;
                continue;
            }
            int runs = perChunk / RUN;
            for (int r = 0; r < runs; r++) {
                int start = runs == 1 ? 0 : (int) ((long) (span - RUN) * r / (runs - 1));
                sum += run(v, start, RUN, lag);
                far += outlier < Double.POSITIVE_INFINITY ? beyond(v, start, RUN, lag, outlier) : 0;
                pairs += RUN;
            }
        }
        return new double[] {sum / pairs, far / (double) Math.max(1, pairs), pairs};
    }

    private static int beyond(double[] v, int start, int len, int lag, double outlier) {
        int k = 0;
        for (int i = start; i < start + len; i++) {
            if (Math.abs(v[i] - v[i + lag]) > outlier) {
                k++;
            }
        }
        return k;
    }

    /** Sum of |v[i] - v[i + lag]| for i in [start, start + len), NaNs left out (as zero) */
    private static double run(double[] v, int start, int len, int lag) {
        double s = 0;
        for (int i = start; i < start + len; i++) {
            double x = Math.abs(v[i] - v[i + lag]);
            if (x == x) {
                s += x;
            }
        }
        return s;
    }

    /** 1, or 2..4 when values that far apart are much likelier than neighbours (RGB, RGBA...). */
    static int channels(double[] d, int maxLag) {
        int best = 1;
        for (int c = 2; c <= Math.min(4, maxLag / 4); c++) {
            if (d[c] < d[best]) {
                best = c;
            }
        }
        return d[best] < 0.7 * d[1] ? best : 1;
    }

    /** Per lag p, the mean of D(q) over multiples q of c in [p/4, 3p/4] (0 when there are none). */
    private static double[] references(double[] d, int maxLag, int c) {
        // prefix sums of D over multiples of c: mean of D(q), q in [ceil(p/4), floor(3p/4)], q % c == 0
        double[] prefix = new double[maxLag + 2];
        int[] counts = new int[maxLag + 2];
        for (int q = 1; q <= maxLag; q++) {
            boolean use = q % c == 0 && !Double.isNaN(d[q]);
            prefix[q + 1] = prefix[q] + (use ? d[q] : 0);
            counts[q + 1] = counts[q] + (use ? 1 : 0);
        }
        double[] ref = new double[maxLag + 1];
        for (int p = 2; p <= maxLag; p++) {
            int lo = (p + 3) / 4;
            int hi = 3 * p / 4 + 1; // exclusive
            int k = counts[hi] - counts[lo];
            ref[p] = k == 0 ? 0 : (prefix[hi] - prefix[lo]) / k;
        }
        return ref;
    }

    /**
     * The {@link #SHORTLIST} best local peaks, each refined ({@link #refine}) and scored again with
     * its refined difference, best first. The best is then replaced by the smallest pitch near
     * best/m whose values are about as alike (rows alike make 2p, 3p, ... as good as p); it keeps
     * the multiple's score.
     */
    private static List<Candidate> pick(double[][] chunks, double[] d, double[] ref, double[] score, int maxLag,
            int size, int c) {
        List<Integer> peaks = new ArrayList<>();
        for (int p = 2; p <= maxLag; p++) {
            if (score[p] > 0 && score[p] >= score[p - 1] && (p == maxLag || score[p] > score[p + 1])) {
                peaks.add(p);
            }
        }
        peaks.sort(Comparator.comparingDouble((Integer p) -> -score[p]).thenComparingInt(p -> p));
        if (peaks.isEmpty()) {
            return List.of();
        }
        List<Refined> refined = new ArrayList<>();
        for (int p : peaks.subList(0, Math.min(SHORTLIST, peaks.size()))) {
            Refined r = refine(chunks, d, ref, p, maxLag, c);
            if (refined.stream().noneMatch(o -> o.lag == r.lag)) {
                refined.add(r);
            }
        }
        refined.sort(Comparator.comparingDouble((Refined r) -> -r.score).thenComparingInt(r -> r.lag));
        Refined top = refined.get(0);
        Refined best = top;
        for (int m = Math.min(top.lag / (2 * c), 256); m >= 2; m--) {
            int near = (int) Math.round(top.lag / (double) m);
            double coarse = 0;
            for (int p = Math.max(2, near - 1); p <= Math.min(maxLag, near + 1); p++) {
                coarse = Math.max(coarse, score[p]);
            }
            if (coarse < top.score - 0.2) {
                continue;
            }
            Refined q = refine(chunks, d, ref, near, maxLag, c);
            if (q.mean <= top.mean * 1.5 && q.far <= top.far * 1.5 + 1e-4) {
                best = q;
                break;
            }
        }
        List<Candidate> out = new ArrayList<>();
        out.add(new Candidate((long) best.lag * size, round(Math.max(best.score, top.score))));
        for (Refined r : refined) {
            if (out.size() == CANDIDATES) {
                break;
            }
            if (r != best && out.stream().noneMatch(o -> Math.abs(o.bytes() / size - r.lag) <= 2L * c)) {
                out.add(new Candidate((long) r.lag * size, round(r.score)));
            }
        }
        return List.copyOf(out);
    }

    private record Refined(int lag, double mean, double far, double score) {
    }

    /**
     * Of the lags within 2c of {@code p}, the one with fewest pairs far apart (a wrong pitch
     * shears the picture and pairs its left edge with its right edge), then least difference.
     */
    private static Refined refine(double[][] chunks, double[] d, double[] ref, int p, int maxLag, int c) {
        int lo = Math.max(2, p - 2 * c);
        int hi = Math.min(maxLag, p + 2 * c);
        double least = Double.POSITIVE_INFINITY;
        for (int q = lo; q <= hi; q++) {
            least = Math.min(least, d[q]);
        }
        double outlier = 8 * least;
        Refined best = null;
        List<Refined> all = new ArrayList<>();
        double fewest = Double.POSITIVE_INFINITY;
        double pairs = 1;
        for (int q = lo; q <= hi; q++) {
            double[] st = stats(chunks, q, REFINE_PAIRS, outlier);
            double sc = ref[q] <= 0 || Double.isNaN(st[0]) ? 0 : Math.max(0, Math.min(1, 1 - st[0] / ref[q]));
            all.add(new Refined(q, st[0], st[1], sc));
            fewest = Math.min(fewest, st[1]);
            pairs = Math.max(pairs, st[2]);
        }
        // as few far-apart pairs as the fewest, give or take three standard errors of a share
        double slack = 3 * Math.sqrt(fewest / pairs) + 1 / pairs;
        for (Refined r : all) {
            if (r.far <= fewest + slack && (best == null || r.mean < best.mean)) {
                best = r;
            }
        }
        return best;
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
