package org.stridescope.app.gui.picture;

import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.picture.Colormap;
import org.stridescope.core.picture.ValueSample;

/**
 * How the values spread (core's sample of them), over the colour table, with a black point (vmin)
 * and a white point (vmax) to drag, as texture viewers have them. The axis stays put while a
 * point is dragged, so the point stays under the mouse.
 */
final class Histogram extends Region {
    static final double HANDLE = 7; // half width of a handle's grip
    private static final int BINS = 128;

    private final Canvas canvas = new Canvas();
    private final BiConsumer<Boolean, Double> onMove;
    private ValueSample sample;
    private Colormap colormap = Colormap.named(Colormap.DEFAULT);
    private double vmin = Double.NaN;
    private double vmax = Double.NaN;
    private double lo = 0;
    private double hi = 1;
    private Boolean dragging; // null, or true for the white point
    private Palette palette = Palette.LIGHT;

    /** {@code onMove} gets (white point?, value) as a point is dragged. */
    Histogram(BiConsumer<Boolean, Double> onMove) {
        this.onMove = onMove;
        getStyleClass().add("picture-histogram");
        getChildren().add(canvas);
        setMinHeight(48);
        setPrefHeight(56);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            double dMin = Math.abs(e.getX() - xOf(vmin));
            double dMax = Math.abs(e.getX() - xOf(vmax));
            dragging = Double.isNaN(vmin) ? null : dMax < dMin || (dMax == dMin && e.getX() > xOf(vmax)) ? Boolean.TRUE : Boolean.FALSE;
            moveTo(e.getX());
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> moveTo(e.getX()));
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            dragging = null;
            axis();
            paint();
        });
    }

    private void moveTo(double x) {
        if (dragging == null || getWidth() <= 2 * HANDLE) {
            return;
        }
        double t = Math.max(0, Math.min(1, (x - HANDLE) / (canvas.getWidth() - 2 * HANDLE)));
        onMove.accept(dragging, lo + t * (hi - lo));
    }

    /** Shows {@code newSample} with the points at {@code newVmin}, {@code newVmax}, under {@code map}'s colours. */
    void show(ValueSample newSample, double newVmin, double newVmax, Colormap map, Palette newPalette) {
        sample = newSample;
        vmin = newVmin;
        vmax = newVmax;
        colormap = map;
        palette = newPalette;
        if (dragging == null) {
            axis();
        }
        paint();
    }

    private void axis() {
        double a = sample == null ? Double.NaN : sample.min();
        double b = sample == null ? Double.NaN : sample.max();
        lo = min(a, vmin);
        hi = -min(-b, -vmax);
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            lo = 0;
            hi = 1;
        } else if (!(hi > lo)) {
            hi = lo + 1;
        }
    }

    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    /** Where value {@code v} is across the canvas. */
    double xOf(double v) {
        return HANDLE + (v - lo) / (hi - lo) * (canvas.getWidth() - 2 * HANDLE);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(palette.background());
        g.fillRect(0, 0, w, h);
        if (w <= 2 * HANDLE) {
            return;
        }
        double plotW = w - 2 * HANDLE;
        double strip = 8;
        // The colour each value takes, under the bars.
        for (int x = 0; x < (int) plotW; x++) {
            double v = lo + (x + 0.5) / plotW * (hi - lo);
            int rgba = Double.isNaN(vmin) ? colormap.rgba(0)
                    : colormap.rgba(Math.max(0, org.stridescope.core.picture.Picture.index(v, vmin, vmax))); // the strip is opaque
            g.setFill(Color.rgb(rgba >>> 24, rgba >>> 16 & 0xff, rgba >>> 8 & 0xff));
            g.fillRect(HANDLE + x, h - strip, 1, strip);
        }
        if (sample != null && sample.finiteCount() > 0) {
            long[] counts = sample.histogram(BINS, lo, hi);
            long most = 1;
            for (long c : counts) {
                most = Math.max(most, c);
            }
            g.setFill(palette.dimText());
            double barH = h - strip - 4;
            for (int i = 0; i < BINS; i++) {
                // square root: a few tall bins do not flatten the rest
                double bh = Math.sqrt((double) counts[i] / most) * barH;
                g.fillRect(HANDLE + i * plotW / BINS, h - strip - bh, Math.max(1, plotW / BINS - 0.5), bh);
            }
        }
        if (!Double.isNaN(vmin)) {
            handle(g, xOf(vmin), h, Color.BLACK, Color.WHITE);
            handle(g, xOf(vmax), h, Color.WHITE, Color.BLACK);
        }
    }

    private static void handle(GraphicsContext g, double x, double h, Color fill, Color edge) {
        g.setStroke(edge);
        g.setLineWidth(1);
        g.strokeLine(x + 0.5, 0, x + 0.5, h);
        g.setFill(fill);
        double[] xs = {x - HANDLE, x + HANDLE, x};
        double[] ys = {0, 0, HANDLE * 1.6};
        g.fillPolygon(xs, ys, 3);
        g.strokePolygon(xs, ys, 3);
    }
}
