package org.stridescope.app.gui.hex;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Coverage;

/**
 * The whole buffer as a thin strip beside the hex view: each pixel row sums up a run of bytes
 * (never read, partly read, read once, read by several; header bytes count as never read) and a
 * marker shows the rows on screen. Clicking or dragging scrolls the hex view there.
 *
 * <p>The runs are judged by {@link Coverage#of}: a range count per run plus a few sampled bytes,
 * so a 16 GiB file or a (10^6, 10^6) stride-0 layout costs a few thousand counts. That work runs
 * off the FX thread, once per layout, size or header change (once changes pause for 120 ms); the
 * strip is painted only then (scrolling moves the marker, a separate node, and repaints nothing).
 */
public final class CoverageStrip extends Region {
    static final double WIDTH = 14;
    private static final long INLINE_NANOS = 3_000_000;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "coverage-strip");
        t.setDaemon(true);
        return t;
    });

    private final HexView hex;
    private final MainViewModel model;
    private final Canvas canvas = new Canvas();
    private final Rectangle marker = new Rectangle();
    private final AtomicLong generation = new AtomicLong();
    // Changes in quick succession (typing a stride, resizing) start one recount, after they settle.
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));
    private Coverage.Kind[] kinds = new Coverage.Kind[0];
    private ShownArray kindsArray;
    private int paints;

    public CoverageStrip(HexView hex) {
        this.hex = hex;
        this.model = hex.model();
        setId("coverage-strip");
        getStyleClass().add("coverage-strip");
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        marker.setFill(Color.TRANSPARENT);
        marker.setStrokeWidth(1.5);
        getChildren().addAll(canvas, marker);
        Tooltip.install(this, new Tooltip("The whole buffer: grey never read, amber partly, green once, orange by several."
                + " Click or drag to scroll there."));
        settle.setOnFinished(e -> recompute());
        for (var p : java.util.List.of(model.arrayProperty(), model.sourceProperty(), model.headerLengthProperty(),
                heightProperty())) {
            p.addListener((o, a, b) -> {
                generation.incrementAndGet(); // a recount under way is out of date
                if (kinds.length == 0) {
                    recompute(); // nothing shown yet: no reason to wait
                } else {
                    settle.playFromStart();
                }
            });
        }
        hex.paletteProperty().addListener((o, a, b) -> paint());
        hex.visibleBytesProperty().addListener((o, a, b) -> placeMarker());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::scrollTo);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::scrollTo);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        if (canvas.getHeight() != getHeight()) {
            canvas.setHeight(getHeight());
        }
        placeMarker();
    }

    private void scrollTo(MouseEvent e) {
        long size = model.sourceProperty().get().size();
        if (size == 0 || getHeight() <= 0) {
            return;
        }
        double f = Math.max(0, Math.min(1, e.getY() / getHeight()));
        hex.scrollToByte((long) Math.min(size - 1, Math.floor(f * size)));
        e.consume();
    }

    /**
     * Judges every pixel row's run of bytes, then paints once: on the FX thread while that takes
     * under {@value #INLINE_NANOS} ns (small layouts: the strip is there at once), the rest in
     * the background.
     */
    private void recompute() {
        int rows = (int) Math.floor(getHeight());
        ShownArray a = model.array();
        long size = model.sourceProperty().get().size();
        long header = model.headerLengthProperty().get();
        long gen = generation.incrementAndGet();
        if (rows <= 0) {
            return;
        }
        Coverage.Kind[] next = new Coverage.Kind[rows];
        long deadline = System.nanoTime() + INLINE_NANOS;
        int r = 0;
        for (; r < rows && System.nanoTime() < deadline; r++) {
            next[r] = kindOf(a, bucket(r, rows, size), header);
        }
        if (r == rows) {
            show(next, a);
            return;
        }
        int from = r;
        WORKER.execute(() -> {
            for (int i = from; i < rows; i++) {
                if (generation.get() != gen) {
                    return; // a newer layout is on its way
                }
                next[i] = kindOf(a, bucket(i, rows, size), header);
            }
            Platform.runLater(() -> {
                if (generation.get() == gen) {
                    show(next, a);
                }
            });
        });
    }

    private void show(Coverage.Kind[] next, ShownArray a) {
        kinds = next;
        kindsArray = a;
        paint();
    }

    /** The bytes pixel row {@code r} of {@code rows} stands for. */
    static ByteRange bucket(int r, int rows, long size) {
        long start = multiplyDivide(size, r, rows);
        // Fewer bytes than rows: each row shows the byte it falls on.
        return new ByteRange(start, Math.max(Math.min(size, start + 1), multiplyDivide(size, r + 1L, rows)));
    }

    private static long multiplyDivide(long size, long r, long rows) {
        return java.math.BigInteger.valueOf(size).multiply(java.math.BigInteger.valueOf(r))
                .divide(java.math.BigInteger.valueOf(rows)).longValueExact();
    }

    /** A run's kind; header bytes are never read, so a run with some header is at best partly read. */
    public static Coverage.Kind kindOf(ShownArray a, ByteRange run, long header) {
        if (a == null || run.endExclusive() <= header) {
            return Coverage.Kind.NEVER;
        }
        ByteRange data = new ByteRange(Math.max(run.start(), header), run.endExclusive());
        Coverage.Kind k;
        try {
            k = Coverage.of(a.layout(), data);
        } catch (RuntimeException e) {
            return Coverage.Kind.NEVER;
        }
        return k == Coverage.Kind.ONCE && data.start() > run.start() ? Coverage.Kind.PARTLY : k;
    }

    private void paint() {
        paints++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = hex.paletteProperty().get();
        double w = canvas.getWidth();
        g.setFill(p.background());
        g.fillRect(0, 0, w, canvas.getHeight());
        for (int r = 0; r < kinds.length; r++) {
            g.setFill(colour(p, kinds[r]));
            g.fillRect(1, r, w - 2, 1);
        }
        g.setStroke(p.rule());
        g.strokeRect(0.5, 0.5, w - 1, canvas.getHeight() - 1);
        marker.setStroke(p.focus());
        placeMarker();
    }

    static Color colour(Palette p, Coverage.Kind k) {
        return switch (k) {
            case NEVER -> p.coverNever();
            case PARTLY -> p.coverPartly();
            case ONCE -> p.coverOnce();
            case SEVERAL -> p.coverSeveral();
        };
    }

    private void placeMarker() {
        long size = model.sourceProperty().get().size();
        ByteRange v = hex.visibleBytesProperty().get();
        double h = getHeight();
        if (size <= 0 || h <= 0) {
            marker.setVisible(false);
            return;
        }
        double y0 = v.start() * h / size;
        double y1 = v.endExclusive() * h / size;
        marker.setVisible(true);
        marker.setX(0.75);
        marker.setWidth(Math.max(0, getWidth() - 1.5));
        marker.setY(Math.min(h - 4, y0));
        marker.setHeight(Math.max(3, y1 - y0));
        marker.setStroke(hex.paletteProperty().get().focus());
    }

    /** What pixel row {@code r} shows (for tests); null until the first result is in. */
    public Coverage.Kind kindAt(int r) {
        return r >= 0 && r < kinds.length ? kinds[r] : null;
    }

    /** Pixel rows judged in the last result (0 until the first arrives). */
    public int rows() {
        return kinds.length;
    }

    /** The array the shown result was made for (null before the first, or with no array). */
    public ShownArray resultArray() {
        return kindsArray;
    }

    /** Times the strip (not its marker) was painted. */
    public int paints() {
        return paints;
    }

    /** The marker over the rows on screen, in this strip's coordinates. */
    public Rectangle marker() {
        return marker;
    }
}
