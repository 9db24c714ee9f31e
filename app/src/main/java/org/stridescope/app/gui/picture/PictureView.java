package org.stridescope.app.gui.picture;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.view.Fonts;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.picture.Shading;

/**
 * The picture on one canvas the size of the view, drawn from an image of just the pixels in
 * sight (every n-th one when zoomed out past 1:1), with zoom (wheel about the mouse, 1:1, fit, up
 * to 64x), pan (drag, scroll bars, keys), a pixel grid and the values once they fit, and the
 * selection marked. While a new image is being made, the last one is drawn moved and scaled to
 * where it belongs, so panning and zooming answer at once.
 */
final class PictureView extends Region {
    static final double MAX_ZOOM = 64;
    /** From this zoom on the pixels have a grid around them. */
    static final double GRID_ZOOM = 8;

    private final MainViewModel model;
    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final PictureRenderer renderer = new PictureRenderer();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private PixelMap map;
    private Shading shading;
    private double x0; // the element column at the canvas's left edge
    private double y0; // the element row at its top edge
    private boolean fitted; // a new picture is fitted once the view has a size
    private PictureRenderer.Request asked;
    private PictureRenderer.Result shown;
    private boolean updatingBars;
    private Point2D pressedAt;
    private double pressX0;
    private double pressY0;
    private boolean dragging;
    private boolean painting;
    private boolean active = true;
    private final List<long[]> marked = new ArrayList<>(); // the pixels marked in the last frame

    PictureView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("picture-view");
        setFocusTraversable(true);
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, hbar, vbar);
        hbar.valueProperty().addListener((o, a, b) -> fromBars());
        vbar.valueProperty().addListener((o, a, b) -> fromBars());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> model.hoverElement(elementAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.hoverElement(null));
        addEventHandler(ScrollEvent.SCROLL, this::wheel);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        for (var p : List.of(model.selectionProperty(), model.hoverElementProperty(), palette)) {
            p.addListener((o, a, b) -> requestLayout());
        }
        model.revealElementProperty().addListener((o, a, idx) -> reveal(idx));
    }

    // ---- what is drawn -------------------------------------------------------------------------

    /** Shows {@code newMap} in {@code newShading}; a picture of another size is fitted to the view. */
    void show(PixelMap newMap, Shading newShading) {
        boolean resized = map == null || newMap.width() != map.width() || newMap.height() != map.height();
        map = newMap;
        shading = newShading;
        if (resized) {
            shown = null;
            fitted = false;
        }
        requestLayout();
    }

    PixelMap map() {
        return map;
    }

    /** Hidden (another tab in front), the view paints nothing and asks for no image. */
    void setActive(boolean inSight) {
        active = inSight;
        if (!inSight) {
            renderer.cancel();
            asked = null;
        }
        requestLayout();
    }

    ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    double zoom() {
        return zoom.get();
    }

    // ---- zoom and pan --------------------------------------------------------------------------

    /** Zooms to {@code z} keeping the element under canvas point (cx, cy) there. */
    void zoomAbout(double z, double cx, double cy) {
        double nz = Math.max(minZoom(), Math.min(MAX_ZOOM, z));
        double ex = x0 + cx / zoom.get();
        double ey = y0 + cy / zoom.get();
        zoom.set(nz);
        x0 = ex - cx / nz;
        y0 = ey - cy / nz;
        fitted = true;
        clampOrigin();
        requestLayout();
    }

    void zoomBy(double factor) {
        zoomAbout(zoom.get() * factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** One element to one screen pixel, keeping the centre where it is. */
    void oneToOne() {
        zoomAbout(1, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** The whole picture in sight, as big as it fits (at most 64x), centred. */
    void fit() {
        if (map == null || map.picture() == null || canvas.getWidth() <= 0) {
            return;
        }
        double z = Math.min(MAX_ZOOM, Math.min(canvas.getWidth() / map.width(), canvas.getHeight() / map.height()));
        zoom.set(z);
        x0 = (map.width() - canvas.getWidth() / z) / 2;
        y0 = (map.height() - canvas.getHeight() / z) / 2;
        fitted = true;
        requestLayout();
    }

    private double minZoom() {
        if (map == null || map.picture() == null || canvas.getWidth() <= 0) {
            return 1;
        }
        double fit = Math.min(canvas.getWidth() / map.width(), canvas.getHeight() / map.height());
        return Math.min(1, fit / 2);
    }

    /** Moves the picture by (dx, dy) screen pixels. */
    void panBy(double dx, double dy) {
        x0 -= dx / zoom.get();
        y0 -= dy / zoom.get();
        clampOrigin();
        requestLayout();
    }

    /**
     * Keeps at least a quarter of the picture (or of the view, for a big one) in sight, and no
     * more: zooming about the mouse never has to move the picture to keep it over the view.
     */
    private void clampOrigin() {
        if (map == null || map.picture() == null) {
            return;
        }
        double vw = canvas.getWidth() / zoom.get();
        double vh = canvas.getHeight() / zoom.get();
        double keepW = Math.min(map.width(), vw) / 4;
        double keepH = Math.min(map.height(), vh) / 4;
        x0 = Math.max(keepW - vw, Math.min(map.width() - keepW, x0));
        y0 = Math.max(keepH - vh, Math.min(map.height() - keepH, y0));
    }

    private void fromBars() {
        if (updatingBars) {
            return;
        }
        x0 = hbar.getValue();
        y0 = vbar.getValue();
        requestLayout();
    }

    /** Brings element {@code index}'s pixel into sight (a walk, Go To, a click in another view). */
    private void reveal(long[] index) {
        long[] px = map == null ? null : map.pixelOf(index);
        if (px == null || canvas.getWidth() <= 0) {
            return;
        }
        double z = zoom.get();
        double vw = canvas.getWidth() / z;
        double vh = canvas.getHeight() / z;
        if (px[1] < x0 || px[1] + 1 > x0 + vw) {
            x0 = px[1] + 0.5 - vw / 2;
        }
        if (px[0] < y0 || px[0] + 1 > y0 + vh) {
            y0 = px[0] + 0.5 - vh / 2;
        }
        clampOrigin();
        requestLayout();
    }

    /** Where on the canvas pixel (row, column)'s top left corner is. */
    Point2D screenOf(long row, long column) {
        return new Point2D((column - x0) * zoom.get(), (row - y0) * zoom.get());
    }

    /** The pixel {@code {row, column}} at canvas point (x, y), or null off the picture. */
    long[] pixelAt(double x, double y) {
        if (map == null || map.picture() == null) {
            return null;
        }
        double c = Math.floor(x0 + x / zoom.get());
        double r = Math.floor(y0 + y / zoom.get());
        return c < 0 || r < 0 || c >= map.width() || r >= map.height() ? null : new long[] {(long) r, (long) c};
    }

    private long[] elementAt(double x, double y) {
        long[] px = pixelAt(x, y);
        return px == null ? null : map.index(px[0], px[1]);
    }

    Canvas canvas() {
        return canvas;
    }

    // ---- mouse and keys ------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        requestFocus();
        e.consume(); // else the tab pane around takes the focus back
        pressedAt = new Point2D(e.getX(), e.getY());
        pressX0 = x0;
        pressY0 = y0;
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (pressedAt == null) {
            return;
        }
        double dx = e.getX() - pressedAt.getX();
        double dy = e.getY() - pressedAt.getY();
        if (!dragging && Math.hypot(dx, dy) < 4) {
            return;
        }
        dragging = true;
        x0 = pressX0 - dx / zoom.get();
        y0 = pressY0 - dy / zoom.get();
        clampOrigin();
        requestLayout();
    }

    private void released(MouseEvent e) {
        if (!dragging && e.getButton() == MouseButton.PRIMARY) {
            long[] px = pixelAt(e.getX(), e.getY());
            if (px != null) {
                select(px, e.isShiftDown());
            }
        }
        pressedAt = null;
        dragging = false;
    }

    /** Selects the element of pixel {@code px} (all channels of an RGB(A) pixel). */
    private void select(long[] px, boolean extend) {
        model.selectElement(map.index(px[0], px[1]), extend);
        if (map.rgb() && !extend) {
            model.selectElement(map.lastIndex(px[0], px[1]), true);
        }
    }

    private void wheel(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        Point2D at = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        zoomAbout(zoom.get() * Math.pow(1.25, Math.signum(e.getDeltaY()) * Math.min(4, Math.max(1, Math.abs(e.getDeltaY()) / 40))),
                at.getX(), at.getY());
        e.consume();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomBy(2);
            case MINUS, SUBTRACT -> zoomBy(0.5);
            case DIGIT0, NUMPAD0 -> fit();
            case DIGIT1, NUMPAD1 -> oneToOne();
            case LEFT -> step(0, -1, e.isShiftDown());
            case RIGHT -> step(0, 1, e.isShiftDown());
            case UP -> step(-1, 0, e.isShiftDown());
            case DOWN -> step(1, 0, e.isShiftDown());
            case PAGE_UP -> panBy(0, canvas.getHeight() * 0.9);
            case PAGE_DOWN -> panBy(0, -canvas.getHeight() * 0.9);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Moves the selected pixel one step (from the top left one when none is selected). */
    private void step(int dr, int dc, boolean extend) {
        if (map == null || map.picture() == null) {
            return;
        }
        long[] at = model.selection() instanceof Selection.Elements s ? map.pixelOf(s.lead()) : null;
        long r = at == null ? 0 : Math.max(0, Math.min(map.height() - 1, at[0] + dr));
        long c = at == null ? 0 : Math.max(0, Math.min(map.width() - 1, at[1] + dc));
        select(new long[] {r, c}, extend);
    }

    // ---- painting ------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = hbar.prefHeight(-1);
        // A bar only where the picture is wider (taller) than the view; showing one leaves less room for the other.
        boolean needH = false;
        boolean needV = false;
        for (int pass = 0; pass < 2; pass++) {
            setCanvasSize(w - (needV ? bar : 0), h - (needH ? bar : 0));
            if (!fitted && canvas.getWidth() > 0 && canvas.getHeight() > 0 && map != null && map.picture() != null) {
                fit();
            }
            clampOrigin();
            // By size alone, not by where the picture is: panning never adds or takes away a bar.
            needH = map != null && map.picture() != null && map.width() * zoom.get() > canvas.getWidth() + 0.5;
            needV = map != null && map.picture() != null && map.height() * zoom.get() > canvas.getHeight() + 0.5;
        }
        setCanvasSize(w - (needV ? bar : 0), h - (needH ? bar : 0));
        clampOrigin();
        double cw = canvas.getWidth();
        double ch = canvas.getHeight();
        hbar.setVisible(needH);
        vbar.setVisible(needV);
        hbar.resizeRelocate(0, ch, cw, bar);
        vbar.resizeRelocate(cw, 0, bar, ch);
        updateBars();
        if (!active) {
            return;
        }
        paint();
    }

    // The view takes the room it is given: its canvas's size must not feed back into the layout.
    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 80;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 60;
    }

    private void setCanvasSize(double cw, double ch) {
        canvas.setWidth(Math.max(0, cw));
        canvas.setHeight(Math.max(0, ch));
        canvas.relocate(0, 0);
    }

    private void updateBars() {
        updatingBars = true;
        try {
            double z = zoom.get();
            boolean any = map != null && map.picture() != null;
            double vw = canvas.getWidth() / z;
            double vh = canvas.getHeight() / z;
            hbar.setMin(Math.min(0, x0));
            hbar.setMax(any ? Math.max(hbar.getMin(), Math.max(x0, map.width() - vw)) : 0);
            hbar.setVisibleAmount(vw);
            hbar.setValue(x0);
            hbar.setUnitIncrement(Math.max(1, 16 / z));
            vbar.setMin(Math.min(0, y0));
            vbar.setMax(any ? Math.max(vbar.getMin(), Math.max(y0, map.height() - vh)) : 0);
            vbar.setVisibleAmount(vh);
            vbar.setValue(y0);
            vbar.setUnitIncrement(Math.max(1, 16 / z));
        } finally {
            updatingBars = false;
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Palette p = palette.get();
        g.setFill(p.header());
        g.fillRect(0, 0, w, h);
        if (map == null || map.picture() == null || shading == null || w <= 0 || h <= 0) {
            return;
        }
        double z = zoom.get();
        double left = Math.max(0, -x0 * z);
        double top = Math.max(0, -y0 * z);
        double right = Math.min(w, (map.width() - x0) * z);
        double bottom = Math.min(h, (map.height() - y0) * z);
        if (right <= left || bottom <= top) {
            return;
        }
        // A checkerboard shows through NaN (transparent) and RGBA's alpha: one image of the canvas's
        // size, copied, costs far less a frame than filling with a pattern.
        WritableImage board = checkerboard(w, h);
        g.drawImage(board, left, top, right - left, bottom - top, left, top, right - left, bottom - top);
        PictureRenderer.Request wanted = request(left, top, right, bottom);
        if (!wanted.sameAs(asked)) {
            asked = wanted;
            painting = true;
            renderer.render(wanted, r -> {
                shown = r;
                if (!painting) {
                    requestLayout(); // made off the FX thread: paint it in
                }
            });
            painting = false;
        }
        if (shown != null) {
            PictureRenderer.Request q = shown.request();
            g.setImageSmoothing(false);
            g.save();
            g.beginPath();
            g.rect(left, top, right - left, bottom - top);
            g.clip();
            g.drawImage(shown.image(), (q.x0() - x0) * z, (q.y0() - y0) * z, (q.x1() - q.x0()) * z, (q.y1() - q.y0()) * z);
            g.restore();
        }
        if (z >= GRID_ZOOM) {
            gridAndValues(g, left, top, right, bottom);
        }
        marks(g, left, top, right, bottom);
    }

    /** The rows and columns in sight: all of them from 1:1 on, one per screen pixel below it. */
    private PictureRenderer.Request request(double left, double top, double right, double bottom) {
        double z = zoom.get();
        if (z >= 1) {
            long c0 = (long) Math.floor(x0 + left / z);
            long c1 = Math.min(map.width(), (long) Math.ceil(x0 + right / z));
            long r0 = (long) Math.floor(y0 + top / z);
            long r1 = Math.min(map.height(), (long) Math.ceil(y0 + bottom / z));
            return new PictureRenderer.Request(map, shading, range(r0, r1), range(c0, c1), c0, r0, c1, r1);
        }
        int sx0 = (int) Math.floor(left);
        int sx1 = (int) Math.ceil(right);
        int sy0 = (int) Math.floor(top);
        int sy1 = (int) Math.ceil(bottom);
        long[] cols = new long[sx1 - sx0];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = Math.max(0, Math.min(map.width() - 1, (long) Math.floor(x0 + (sx0 + i + 0.5) / z)));
        }
        long[] rows = new long[sy1 - sy0];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Math.max(0, Math.min(map.height() - 1, (long) Math.floor(y0 + (sy0 + i + 0.5) / z)));
        }
        return new PictureRenderer.Request(map, shading, rows, cols, x0 + sx0 / z, y0 + sy0 / z, x0 + sx1 / z, y0 + sy1 / z);
    }

    private static long[] range(long from, long to) {
        long[] r = new long[(int) Math.max(0, to - from)];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    /** Pixel grid lines, and each element's value in its pixel once the text fits. */
    private void gridAndValues(GraphicsContext g, double left, double top, double right, double bottom) {
        double z = zoom.get();
        long c0 = (long) Math.floor(x0 + left / z);
        long c1 = (long) Math.ceil(x0 + right / z);
        long r0 = (long) Math.floor(y0 + top / z);
        long r1 = (long) Math.ceil(y0 + bottom / z);
        g.setStroke(Color.gray(0.5, 0.45));
        g.setLineWidth(1);
        for (long c = c0; c <= c1; c++) {
            double x = Math.round((c - x0) * z) + 0.5;
            g.strokeLine(x, top, x, bottom);
        }
        for (long r = r0; r <= r1; r++) {
            double y = Math.round((r - y0) * z) + 0.5;
            g.strokeLine(left, y, right, y);
        }
        if (z < 24 || shown == null) {
            return;
        }
        double size = Math.min(13, Math.max(8, z / 4));
        Font font = Font.font(Fonts.MONO.getFamily(), size);
        double charWidth = Fonts.CHAR_WIDTH * size / 13; // a monospace font: each character as wide
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        var reader = shown.image().getPixelReader();
        PictureRenderer.Request q = shown.request();
        for (long r = r0; r < Math.min(r1, map.height()); r++) {
            for (long c = c0; c < Math.min(c1, map.width()); c++) {
                String text = map.rgb() ? rgbText(r, c) : map.array().value(map.index(r, c));
                if (text.length() * charWidth > z - 4) {
                    continue;
                }
                Color under = colourIn(reader, q, r, c);
                g.setFill(under == null || under.getOpacity() < 0.5 || under.getBrightness() > 0.6 ? Color.BLACK : Color.WHITE);
                g.fillText(text, (c - x0 + 0.5) * z, (r - y0 + 0.5) * z);
            }
        }
    }

    private String rgbText(long r, long c) {
        StringBuilder sb = new StringBuilder();
        long channels = map.array().layout().shape(2);
        for (long k = 0; k < channels; k++) {
            long[] idx = map.index(r, c);
            idx[2] = k;
            sb.append(k == 0 ? "" : " ").append(map.array().value(idx));
        }
        return sb.toString();
    }

    private static Color colourIn(javafx.scene.image.PixelReader reader, PictureRenderer.Request q, long r, long c) {
        int i = java.util.Arrays.binarySearch(q.rows(), r);
        int j = java.util.Arrays.binarySearch(q.columns(), c);
        return i < 0 || j < 0 ? null : reader.getColor(j, i);
    }

    /** The selection (a box of elements, or the elements that read the selected bytes) and the hovered pixel. */
    private void marks(GraphicsContext g, double left, double top, double right, double bottom) {
        marked.clear();
        double z = zoom.get();
        Palette p = palette.get();
        g.save();
        g.beginPath();
        g.rect(left, top, right - left, bottom - top);
        g.clip();
        Selection s = model.selection();
        if (s instanceof Selection.Elements e) {
            long[] lo = map.pixelOf(e.low());
            long[] hi = map.pixelOf(e.high());
            if (lo != null && hi != null) {
                outline(g, lo[0], lo[1], hi[0] + 1, hi[1] + 1, p.selection(), 2);
            }
            long[] lead = map.pixelOf(e.lead());
            if (lead != null) {
                outline(g, lead[0], lead[1], lead[0] + 1, lead[1] + 1, p.focus(), 2);
                if (z < 4) { // too small to see: a ring around it
                    Point2D at = screenOf(lead[0], lead[1]);
                    g.setStroke(p.focus());
                    g.strokeOval(at.getX() + z / 2 - 7, at.getY() + z / 2 - 7, 14, 14);
                }
            }
        } else if (s instanceof Selection.Bytes b) {
            markReaders(g, b.range(), left, top, right, bottom, p.readers());
        }
        long[] hover = map.pixelOf(model.hoverElementProperty().get());
        if (hover != null) {
            outline(g, hover[0], hover[1], hover[0] + 1, hover[1] + 1, p.hover(), 1.5);
        }
        g.restore();
    }

    /** Outlines every pixel in sight whose element reads a byte of {@code bytes}. */
    private void markReaders(GraphicsContext g, ByteRange bytes, double left, double top, double right, double bottom, Color colour) {
        double z = zoom.get();
        long c0 = (long) Math.floor(x0 + left / z);
        long c1 = Math.min(map.width(), (long) Math.ceil(x0 + right / z));
        long r0 = (long) Math.floor(y0 + top / z);
        long r1 = Math.min(map.height(), (long) Math.ceil(y0 + bottom / z));
        if ((c1 - c0) * (r1 - r0) <= 1 << 18) {
            for (long r = r0; r < r1; r++) {
                for (long c = c0; c < c1; c++) {
                    if (reads(r, c, bytes)) {
                        markPixel(g, r, c, colour);
                    }
                }
            }
            return;
        }
        // Too many in sight to ask each: the first readers the model found (in C order).
        var readers = model.selectedReadersProperty().get();
        for (long[] idx : readers == null ? List.<long[]>of() : readers.first()) {
            long[] px = map.pixelOf(idx);
            if (px != null) {
                markPixel(g, px[0], px[1], colour);
            }
        }
    }

    private boolean reads(long r, long c, ByteRange bytes) {
        ByteRange first = map.array().bytesOf(map.index(r, c));
        ByteRange last = map.rgb() ? map.array().bytesOf(map.lastIndex(r, c)) : first;
        long lo = Math.min(first.start(), last.start());
        long hi = Math.max(first.endExclusive(), last.endExclusive());
        return lo < bytes.endExclusive() && bytes.start() < hi;
    }

    private void markPixel(GraphicsContext g, long r, long c, Color colour) {
        marked.add(new long[] {r, c});
        if (zoom.get() >= 4) {
            outline(g, r, c, r + 1, c + 1, colour, 2);
        } else {
            Point2D at = screenOf(r, c);
            g.setFill(colour);
            g.fillRect(at.getX() - 1, at.getY() - 1, zoom.get() + 2, zoom.get() + 2);
        }
    }

    private void outline(GraphicsContext g, long r0, long c0, long r1, long c1, Color colour, double width) {
        Point2D a = screenOf(r0, c0);
        Point2D b = screenOf(r1, c1);
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokeRect(a.getX() - width / 2, a.getY() - width / 2, b.getX() - a.getX() + width, b.getY() - a.getY() + width);
    }

    private WritableImage board;

    /** A checkerboard of 8-pixel squares at least {@code w} x {@code h}. */
    private WritableImage checkerboard(double w, double h) {
        int bw = (int) Math.ceil(w);
        int bh = (int) Math.ceil(h);
        if (board == null || board.getWidth() < bw || board.getHeight() < bh) {
            board = new WritableImage(Math.max(bw, 16), Math.max(bh, 16));
            int[] row = new int[(int) board.getWidth()];
            for (int y = 0; y < board.getHeight(); y++) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = ((x / 8 + y / 8) & 1) == 0 ? 0xffcccccc : 0xff999999;
                }
                board.getPixelWriter().setPixels(0, y, row.length, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0,
                        row.length);
            }
        }
        return board;
    }

    // ---- for the benchmark and tests -----------------------------------------------------------

    /** The pixels {@code {row, column}} marked in the last frame as reading the selected bytes. */
    List<long[]> marked() {
        return List.copyOf(marked);
    }

    /** The image drawn now and what it covers (tests read its colours). */
    PictureRenderer.Result shown() {
        return shown;
    }

    /** True while the image in sight is being made again off the FX thread. */
    boolean rendering() {
        return renderer.busy();
    }

    /** The origin, in elements: {column, row} at the canvas's top left. */
    double[] origin() {
        return new double[] {x0, y0};
    }
}
