package org.stridescope.core.io.tensors;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.OwnedByteSource;
import org.stridescope.core.io.FileKind;
import org.stridescope.core.io.ProgressMonitor;

/**
 * A file of named arrays while it is shown: the mapped file, its list of arrays, and the
 * compressed storages inflated so far. A few of those are kept (the most recently shown), so that
 * showing a tensor of one again inflates nothing. Every view of the file holds a lease; closing
 * the last one closes the file and lets the inflated copies go (a temporary file is deleted).
 */
public final class OpenTensorFile {
    /** At most this many inflated storages are kept... */
    static final int KEPT_STORAGES = 4;
    /** ...and of those held in memory (small ones, see TensorFiles.IN_MEMORY_LIMIT), at most this many bytes. */
    static final long KEPT_IN_MEMORY = 64L << 20;

    private final ByteSource file;
    private final TensorFile tensors;
    /** Zip member name to its inflated bytes, least recently shown first. */
    private final Map<String, ByteSource> kept = new LinkedHashMap<>(8, 0.75f, true);
    private int leases;
    private boolean closed;

    private OpenTensorFile(ByteSource file, TensorFile tensors) {
        this.file = file;
        this.tensors = tensors;
    }

    /**
     * Lists the arrays of {@code file} (whose content is {@code kind}); the file is closed when
     * the last lease taken on the result is.
     */
    public static OpenTensorFile read(ByteSource file, FileKind kind) {
        return new OpenTensorFile(file, TensorFiles.read(file, kind));
    }

    public ByteSource file() {
        return file;
    }

    public TensorFile tensors() {
        return tensors;
    }

    /** Whether showing {@code e} takes no inflating: it lies in the file, or its storage is kept. */
    public synchronized boolean showsAtOnce(TensorEntry e) {
        return e.packed() == null || kept.containsKey(e.packed().member());
    }

    /** A hold on the file: it stays open until every lease is closed (closing one twice counts once). */
    public synchronized AutoCloseable lease() {
        if (closed) { // a late view of a file the window has let go of (another file opened meanwhile)
            throw org.stridescope.core.StridescopeError.inputError(file.name() + " is no longer open",
                    "Another file was opened meanwhile; open this one again to see its tensors.");
        }
        leases++;
        boolean[] released = {false};
        return () -> release(released);
    }

    private synchronized void release(boolean[] released) {
        if (released[0]) {
            return;
        }
        released[0] = true;
        if (--leases == 0) {
            closed = true;
            kept.values().forEach(ByteSource::close);
            kept.clear();
            file.close();
        }
    }

    /**
     * The bytes {@code e}'s layout reads: the file, or its storage's inflated copy, inflated now
     * (telling {@code monitor}) unless kept from before. The copy stays this file's: closing the
     * result does not release it. Call with a lease held.
     *
     * @throws org.stridescope.core.StridescopeError InputError if {@code e} cannot be shown
     */
    public ByteSource bytes(TensorEntry e, ProgressMonitor monitor) {
        if (e.packed() == null) {
            return TensorFiles.bytes(file, e, monitor);
        }
        String member = e.packed().member();
        synchronized (this) {
            ByteSource k = kept.get(member);
            if (k != null) {
                return borrowed(k);
            }
        }
        ByteSource inflated = TensorFiles.bytes(file, e, monitor); // long: not while holding the lock
        synchronized (this) {
            ByteSource k = kept.get(member);
            if (k != null) { // inflated twice at once (two quick choices): keep one
                inflated.close();
                return borrowed(k);
            }
            kept.put(member, inflated);
            keepWithinBounds(member);
            return borrowed(inflated);
        }
    }

    /**
     * Lets the least recently shown storages go beyond the bounds (never {@code newest}). One let
     * go while still shown stays readable: a heap copy until nobody holds it, a temporary file's
     * mapping until it is collected.
     */
    private void keepWithinBounds(String newest) {
        Iterator<Map.Entry<String, ByteSource>> eldest = kept.entrySet().iterator();
        while ((kept.size() > KEPT_STORAGES || inMemory() > KEPT_IN_MEMORY) && eldest.hasNext()) {
            Map.Entry<String, ByteSource> e = eldest.next();
            if (!e.getKey().equals(newest)) {
                e.getValue().close();
                eldest.remove();
            }
        }
    }

    private long inMemory() {
        return kept.values().stream().mapToLong(ByteSource::size).filter(n -> n <= TensorFiles.IN_MEMORY_LIMIT).sum();
    }

    private static ByteSource borrowed(ByteSource k) {
        return new OwnedByteSource(k, k.name(), () -> { });
    }
}
