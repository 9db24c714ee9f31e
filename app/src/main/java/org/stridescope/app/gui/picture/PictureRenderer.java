package org.stridescope.app.gui.picture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.stridescope.core.picture.Shading;

/**
 * Makes the image of the pixels in sight, as core colours them: small regions at once, bigger
 * ones on a worker thread, where a newer request makes the one under way stop at its next row
 * (panning fast never queues up stale work).
 */
final class PictureRenderer {
    /** Regions of up to this many elements are made on the FX thread: sooner than a thread hop. */
    static final int AT_ONCE = 1 << 16;
    /**
     * The same for an overview (every n-th element): each pixel may be on another page of a
     * mapped file, a page fault each, so only a few are read on the FX thread.
     */
    static final int AT_ONCE_SPREAD = 1 << 12;

    /** What to draw: rows and columns of the picture, and the rectangle of element space the image covers. */
    record Request(PixelMap map, Shading shading, long[] rows, long[] columns, double x0, double y0, double x1, double y1) {
        boolean sameAs(Request o) {
            return o != null && o.map == map && java.util.Objects.equals(o.shading, shading)
                    && java.util.Arrays.equals(o.rows, rows) && java.util.Arrays.equals(o.columns, columns);
        }
    }

    /** An image of {@code request}'s pixels, one image pixel per row and column asked for. */
    record Result(Request request, WritableImage image, long nanos) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stridescope-picture");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean busy;

    /** Makes the image of {@code request}; {@code done} gets it on the FX thread unless a newer request came first. */
    void render(Request request, Consumer<Result> done) {
        long gen = generation.incrementAndGet();
        boolean spread = request.x1() - request.x0() > request.columns().length + 1;
        if ((long) request.rows().length * request.columns().length <= (spread ? AT_ONCE_SPREAD : AT_ONCE)) {
            busy = false; // any request under way is stale now
            Result r = make(request, () -> false);
            if (r != null) {
                done.accept(r);
            }
            return;
        }
        busy = true;
        worker.submit(() -> {
            Result r = make(request, () -> generation.get() != gen);
            Platform.runLater(() -> {
                if (generation.get() == gen) {
                    busy = false;
                    if (r != null) {
                        done.accept(r);
                    }
                }
            });
        });
    }

    /** True while a request is being made off the FX thread. */
    boolean busy() {
        return busy;
    }

    /** Forgets any request under way. */
    void cancel() {
        generation.incrementAndGet();
        busy = false;
    }

    private static Result make(Request q, java.util.function.BooleanSupplier cancelled) {
        long start = System.nanoTime();
        int w = q.columns().length;
        int h = q.rows().length;
        int[] pixels = new int[w * h];
        try {
            if (!q.map().picture().sample(q.map().array().source(), q.shading(), q.rows(), q.columns(), pixels, cancelled)) {
                return null;
            }
        } catch (RuntimeException e) {
            return null; // the bytes went away under us (another file opened): the next request draws that one
        }
        for (int i = 0; i < pixels.length; i++) {
            int rgba = pixels[i];
            pixels[i] = rgba << 24 | rgba >>> 8; // 0xRRGGBBAA to JavaFX's 0xAARRGGBB
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return new Result(q, image, System.nanoTime() - start);
    }
}
