package org.stridescope.app.gui.hex;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.view.ByteColourer;
import org.stridescope.app.gui.view.CanvasViewSkin;
import org.stridescope.app.gui.view.Fonts;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.layout.ByteRange;

/** Paints the visible rows of a {@link HexView} and turns clicks and keys into byte selections. */
public final class HexViewSkin extends CanvasViewSkin<HexView> {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    static final double PAD = 6;

    private final MainViewModel model;
    private final ByteColourer colours;
    private HexGeometry geometry;
    private final ByteRoles roles = new ByteRoles();
    private byte[] rowBytes = new byte[16];
    private ByteRange pendingReveal;
    private boolean pendingDataStart;

    public HexViewSkin(HexView view) {
        super(view);
        this.model = view.model();
        this.colours = ByteColourer.chain(List.of(
                this::selected, this::hoveredElement, this::hoveredByte, this::fileHeader, this::role));
        geometry = geometry();
        for (var p : List.of(model.sourceProperty(), model.arrayProperty(), model.selectedBytesProperty(),
                model.hoverElementProperty(), model.hoverFieldProperty(), model.hoverByteProperty(), model.staleProperty(),
                view.paletteProperty(), view.coverageProperty(), view.strideArrowsProperty(),
                model.headerLengthProperty(), model.selectionProperty())) {
            p.addListener((o, a, b) -> invalidate());
        }
        view.bytesPerRowProperty().addListener((o, a, b) -> relayout());
        view.rowShiftProperty().addListener((o, a, b) -> relayout());
        model.sourceProperty().addListener((o, a, b) -> {
            relayout();
            rows.setPosition(0, 0);
            showDataStart();
        });
        model.revealBytesProperty().addListener((o, a, b) -> {
            if (b != null) {
                reveal(b);
            }
        });
        if (model.revealBytesProperty().get() != null) {
            reveal(model.revealBytesProperty().get()); // asked for before this skin existed (--select)
        }
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> model.hoverByte(byteAt(e.getX(), e.getY())));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.hoverByte(-1));
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private HexGeometry geometry() {
        HexView v = getSkinnable();
        int bpr = Math.max(1, Math.min(4096, v.bytesPerRowProperty().get()));
        int shift = Math.floorMod(v.rowShiftProperty().get(), bpr);
        return new HexGeometry(model.sourceProperty().get().size(), bpr, shift, Fonts.CHAR_WIDTH);
    }

    /** New row width: keep the byte that was at the top left in sight. */
    private void relayout() {
        long topByte = Math.max(0, geometry.rowStart(rows.first()));
        geometry = geometry();
        measure(canvas.getWidth(), canvas.getHeight());
        rows.setPosition(geometry.rowOf(Math.min(topByte, Math.max(0, geometry.size() - 1))), 0);
        invalidate();
    }

    Color colourOf(long pos) {
        return colours.colour(pos);
    }

    long firstRow() {
        return rows.first();
    }

    // ---- colour rules, asked per visible byte, first opinion wins --------------------------

    private Color selected(long pos) {
        List<ByteRange> sel = model.selectedBytesProperty().get();
        int lo = 0;
        int hi = sel.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ByteRange r = sel.get(mid);
            if (pos < r.start()) {
                hi = mid - 1;
            } else if (pos >= r.endExclusive()) {
                lo = mid + 1;
            } else {
                return palette().selection();
            }
        }
        return null;
    }

    private Color hoveredElement(long pos) {
        ByteRange bytes = model.hoveredBytes();
        return bytes != null && bytes.contains(pos) ? palette().hover() : null;
    }

    private Color hoveredByte(long pos) {
        return pos == model.hoverByteProperty().get() ? palette().hover() : null;
    }

    private Color fileHeader(long pos) {
        return model.isFileFormatByte(pos) ? palette().fileHeader() : null;
    }

    private Color role(long pos) {
        if (getSkinnable().coverageProperty().get()) {
            long n = roles.role(pos) == ShownArray.ByteRole.OUTSIDE ? 0 : roles.readers(pos);
            return n == 0 ? palette().coverNever() : n == 1 ? palette().coverOnce() : palette().coverSeveral();
        }
        ShownArray.ByteRole role = roles.role(pos);
        int group = role == ShownArray.ByteRole.OUTSIDE || role == ShownArray.ByteRole.GAP
                ? ByteRoles.NO_FIELD : roles.group(pos);
        if (group == ByteRoles.PADDING) {
            return palette().gap(); // inside a record, but no field reads it
        }
        if (group >= 0) {
            return palette().field(group, role == ShownArray.ByteRole.READ_ODD);
        }
        return switch (role) {
            case READ_EVEN -> palette().readEven();
            case READ_ODD -> palette().readOdd();
            case GAP -> palette().gap();
            case OUTSIDE -> null;
        };
    }

    private Palette palette() {
        return getSkinnable().paletteProperty().get();
    }

    // ---- measuring and painting ------------------------------------------------------------

    private double headerHeight() {
        return Fonts.LINE_HEIGHT + 2;
    }

    @Override
    protected void measure(double width, double height) {
        // The arrows' legend needs room: in blank rows below the data if the data leaves enough,
        // else in a strip of its own below the rows, so it never hides a byte.
        List<StrideArrows.Arrow> arrows = shownArrows();
        double rowsHeight = height - headerHeight();
        // However many axes, two rows of bytes stay: the selected element's and a neighbour's.
        legendHeight = arrows.isEmpty() ? 0 : ArrowLegend.height(arrows, width, rowsHeight - 2 * Fonts.LINE_HEIGHT);
        legendStrip = legendHeight > 0 && geometry.rowCount() * Fonts.LINE_HEIGHT > rowsHeight - legendHeight ? legendHeight : 0;
        rows.setExtent(geometry.rowCount(), Fonts.LINE_HEIGHT, rowsHeight - legendStrip);
        double scrolled = width - PAD - geometry.offsetColumnWidth();
        cols.setExtent((long) Math.ceil(geometry.contentWidth() / Fonts.CHAR_WIDTH), Fonts.CHAR_WIDTH, scrolled);
    }

    /**
     * New bytes open at the top, unless a file header fills the first screen (a .npy with a 200 KB
     * header): then at the data, with one row of header above it to say where it ends.
     */
    private void showDataStart() {
        if (!measured()) {
            pendingDataStart = true;
            return;
        }
        long header = model.headerLengthProperty().get();
        if (header > 0 && header < model.sourceProperty().get().size()) {
            long dataRow = geometry.rowOf(header);
            if (dataRow >= rows.fullRows()) {
                rows.setPosition(dataRow - 1, 0);
            }
        }
    }

    @Override
    protected void afterMeasure() {
        if (pendingDataStart && measured()) {
            pendingDataStart = false;
            showDataStart();
        }
        if (pendingReveal != null && measured()) {
            ByteRange r = pendingReveal;
            pendingReveal = null;
            reveal(r);
        }
    }

    /** x where the scrolled area starts on the canvas, minus the horizontal scroll. */
    private double contentX() {
        return PAD + geometry.offsetColumnWidth() - (cols.first() * cols.unit() + cols.pixel());
    }

    @Override
    protected int paint(GraphicsContext g, double w, double h) {
        Palette p = palette();
        HexGeometry geo = geometry;
        ByteSource src = model.sourceProperty().get();
        double cw = Fonts.CHAR_WIDTH;
        double lh = Fonts.LINE_HEIGHT;
        double top = headerHeight();
        double x0 = contentX();
        int bpr = geo.bytesPerRow();
        int visible = rows.visibleRows();
        long first = rows.first();
        long firstPos = geo.rowStart(first);
        roles.prepare(model.array(), firstPos, (long) visible * bpr);

        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        g.setFont(Fonts.MONO);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        if (rowBytes.length < bpr) {
            rowBytes = new byte[bpr];
        }
        char[] hexLine = new char[bpr * 3 + bpr / HexGeometry.GROUP + 1];
        char[] asciiLine = new char[bpr];
        int painted = 0;
        for (int i = 0; i < visible; i++) {
            long row = first + i;
            long start = geo.rowStart(row);
            double y = top + i * lh - rows.pixel();
            long from = Math.max(0, start);
            long to = Math.min(src.size(), start + bpr);
            if (to <= from) {
                continue;
            }
            src.read(from, rowBytes, (int) (from - start), (int) (to - from));
            java.util.Arrays.fill(hexLine, ' ');
            java.util.Arrays.fill(asciiLine, ' ');
            for (int c = 0; c < bpr; c++) {
                long pos = start + c;
                if (pos < from || pos >= to) {
                    continue;
                }
                painted++;
                int b = rowBytes[c] & 0xff;
                int at = c * 3 + c / HexGeometry.GROUP;
                hexLine[at] = HEX[b >> 4];
                hexLine[at + 1] = HEX[b & 15];
                asciiLine[c] = b >= 0x20 && b < 0x7f ? (char) b : '·';
                Color bg = colours.colour(pos);
                if (bg != null) {
                    g.setFill(bg);
                    double hx = x0 + geo.hexX(c) - cw * 0.5;
                    // Fill the gap to the next byte too, so one element's bytes read as one band.
                    double hw = c + 1 < bpr && (c + 1) % HexGeometry.GROUP != 0 ? 3 * cw : 3 * cw + cw;
                    g.fillRect(hx, y, hw, lh);
                    g.fillRect(x0 + geo.asciiX(c), y, cw, lh);
                }
            }
            g.setFill(p.text());
            g.fillText(new String(hexLine), x0 + geo.hexX(0), y + lh / 2);
            g.fillText(new String(asciiLine), x0 + geo.asciiX(0), y + lh / 2);
            repaintSelectedText(g, geo, start, from, to, x0, y);
        }
        paintOffsets(g, geo, first, visible, top);
        paintArrows(g, w, h);
        getSkinnable().setVisibleBytes(new ByteRange(Math.max(0, firstPos),
                Math.max(0, Math.min(src.size(), geo.rowStart(first + visible)))));
        paintHeader(g, geo, w, x0);
        if (model.staleProperty().get()) {
            g.setFill(p.background().deriveColor(0, 1, 1, 0.55));
            g.fillRect(0, top, w, h - top);
        }
        return painted;
    }

    private List<StrideArrows.Drawn> drawnArrows = List.of();
    private double legendHeight;
    /** The height kept below the rows for the arrows' legend (0: none kept). */
    private double legendStrip;

    /** The selected element's stride arrows, if they are on (none for a byte selection). */
    private List<StrideArrows.Arrow> shownArrows() {
        ShownArray a = model.array();
        if (!getSkinnable().strideArrowsProperty().get() || a == null
                || !(model.selection() instanceof Selection.Elements e) || !a.contains(e.lead())) {
            return List.of();
        }
        return StrideArrows.of(a, e.lead());
    }

    /** Where the rows of bytes end on the canvas (the legend's strip, if kept, is below). */
    private double rowsBottom() {
        return canvas.getHeight() - legendStrip;
    }

    /** The selected element's stride arrows over the bytes area, their labels hiding no byte. */
    private void paintArrows(GraphicsContext g, double w, double h) {
        drawnArrows = List.of();
        List<StrideArrows.Arrow> arrows = shownArrows();
        if (arrows.isEmpty()) {
            return;
        }
        double left = PAD + geometry.offsetColumnWidth() - Fonts.CHAR_WIDTH;
        double bottom = h - legendStrip;
        var area = new javafx.geometry.Rectangle2D(left, headerHeight(), Math.max(1, w - left), Math.max(1, bottom - headerHeight()));
        var bytes = new BytesOnScreen(geometry, contentX(), headerHeight(), bottom, rows.first(), rows.pixel(), Fonts.LINE_HEIGHT,
                model.array().bytesOf(((Selection.Elements) model.selection()).lead()));
        var legend = new javafx.geometry.Rectangle2D(0, h - legendHeight, w, legendHeight);
        drawnArrows = StrideArrows.paint(g, palette(), arrows, this::nearCellCentre, area, bytes, legend, legendStrip > 0);
    }

    List<StrideArrows.Drawn> drawnArrows() {
        return drawnArrows;
    }

    /**
     * The centre of byte {@code pos}'s hex pair, if its row is on screen or within a screen of it
     * (so an arrow to a byte just out of sight still shows where it heads); else null.
     */
    private javafx.geometry.Point2D nearCellCentre(long pos) {
        if (pos < 0 || pos >= geometry.size()) {
            return null;
        }
        long i = geometry.rowOf(pos) - rows.first();
        int visible = Math.max(1, rows.visibleRows());
        if (i < -visible || i >= 2L * visible) {
            return null;
        }
        double y = headerHeight() + i * Fonts.LINE_HEIGHT - rows.pixel() + Fonts.LINE_HEIGHT / 2;
        double x = contentX() + geometry.hexX(geometry.columnOf(pos)) + Fonts.CHAR_WIDTH;
        return new javafx.geometry.Point2D(x, y);
    }

    /** Scrolls so byte {@code pos}'s row sits in the middle of the view. */
    void centreOn(long pos) {
        long row = geometry.rowOf(Math.max(0, Math.min(geometry.size() - 1, pos)));
        rows.centre(row, row);
    }

    /** Selected bytes get light text over the strong selection colour. */
    private void repaintSelectedText(GraphicsContext g, HexGeometry geo, long start, long from, long to, double x0, double y) {
        Palette p = palette();
        double lh = Fonts.LINE_HEIGHT;
        g.setFill(p.selectionText());
        for (long pos = from; pos < to; pos++) {
            if (selected(pos) != null) {
                int c = (int) (pos - start);
                int b = rowBytes[c] & 0xff;
                g.fillText(new String(new char[] {HEX[b >> 4], HEX[b & 15]}), x0 + geo.hexX(c), y + lh / 2);
                g.fillText(String.valueOf(b >= 0x20 && b < 0x7f ? (char) b : '·'), x0 + geo.asciiX(c), y + lh / 2);
            }
        }
    }

    private void paintOffsets(GraphicsContext g, HexGeometry geo, long first, int visible, double top) {
        Palette p = palette();
        double lh = Fonts.LINE_HEIGHT;
        g.setFill(p.header());
        g.fillRect(0, top, PAD + geo.offsetColumnWidth() - Fonts.CHAR_WIDTH, canvas.getHeight() - top);
        g.setFill(p.headerText());
        int digits = geo.offsetDigits();
        for (int i = 0; i < visible; i++) {
            long start = Math.max(0, geo.rowStart(first + i));
            g.fillText(hexDigits(start, digits), PAD, top + i * lh - rows.pixel() + lh / 2);
        }
    }

    private void paintHeader(GraphicsContext g, HexGeometry geo, double w, double x0) {
        Palette p = palette();
        double hh = headerHeight();
        g.setFill(p.header());
        g.fillRect(0, 0, w, hh);
        g.setStroke(p.rule());
        g.strokeLine(0, hh - 0.5, w, hh - 0.5);
        g.setFill(p.headerText());
        g.save();
        g.beginPath();
        g.rect(PAD + geo.offsetColumnWidth() - Fonts.CHAR_WIDTH, 0, w, hh);
        g.clip();
        for (int c = 0; c < geo.bytesPerRow(); c++) {
            g.fillText(hexDigits(c, 2).substring(Math.max(0, hexDigits(c, 2).length() - 2)), x0 + geo.hexX(c), hh / 2);
        }
        g.fillText("ASCII", x0 + geo.asciiX(0), hh / 2);
        g.restore();
        g.fillText("offset", PAD, hh / 2);
    }

    private static String hexDigits(long v, int digits) {
        String s = Long.toHexString(v);
        return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
    }

    // ---- hit testing and input -------------------------------------------------------------

    /** The byte under a point of the control, or -1. */
    long byteAt(double x, double y) {
        double top = headerHeight();
        if (y < top || y >= rowsBottom() || x >= canvas.getWidth()) {
            return -1;
        }
        int c = geometry.columnAt(x - contentX());
        if (c < 0) {
            return -1;
        }
        long row = rows.first() + (long) Math.floor((y - top + rows.pixel()) / Fonts.LINE_HEIGHT);
        long pos = geometry.rowStart(row) + c;
        return pos >= 0 && pos < geometry.size() ? pos : -1;
    }

    Bounds byteBounds(long pos) {
        long row = geometry.rowOf(pos);
        long i = row - rows.first();
        if (pos < 0 || pos >= geometry.size() || i < 0 || i >= rows.visibleRows()) {
            return null;
        }
        // The part in sight: a row half scrolled under the header or the legend's strip shows half.
        double y = headerHeight() + i * Fonts.LINE_HEIGHT - rows.pixel();
        double from = Math.max(y, headerHeight());
        double to = Math.min(y + Fonts.LINE_HEIGHT, rowsBottom());
        if (to <= from) {
            return null;
        }
        double x = contentX() + geometry.hexX(geometry.columnOf(pos));
        return new BoundingBox(x, from, 2 * Fonts.CHAR_WIDTH, to - from);
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        long pos = byteAt(e.getX(), e.getY());
        if (pos >= 0) {
            model.selectByte(pos, e.isShiftDown());
        }
    }

    private void dragged(MouseEvent e) {
        // Dragging past the top or bottom edge scrolls, so a range can span more than a screen.
        double top = headerHeight();
        double y = Math.max(top, Math.min(rowsBottom() - 1, e.getY()));
        if (e.getY() < top) {
            rows.scrollRows(-1);
        } else if (e.getY() >= rowsBottom()) {
            rows.scrollRows(1);
        }
        long pos = byteAt(e.getX(), y);
        if (pos >= 0) {
            model.selectByte(pos, true);
        }
    }

    /** Where keyboard moves start: the lead byte, else the selected element's first byte. */
    private long lead() {
        Selection s = model.selection();
        if (s instanceof Selection.Bytes b) {
            return b.lead();
        }
        if (s instanceof Selection.Elements el && model.array() != null) {
            return model.array().bytesOf(el.lead()).start();
        }
        return -1;
    }

    private void keyPressed(KeyEvent e) {
        long size = geometry.size();
        if (size == 0) {
            return;
        }
        long lead = lead();
        int bpr = geometry.bytesPerRow();
        long page = (long) bpr * Math.max(1, rows.fullRows() - 1);
        long target;
        KeyCode k = e.getCode();
        if (lead < 0 && (k.isArrowKey() || k.isNavigationKey())) {
            target = 0;
        } else {
            target = switch (k) {
                case LEFT, KP_LEFT -> lead - 1;
                case RIGHT, KP_RIGHT -> lead + 1;
                case UP, KP_UP -> lead - bpr;
                case DOWN, KP_DOWN -> lead + bpr;
                case PAGE_UP -> lead - page;
                case PAGE_DOWN -> lead + page;
                case HOME -> e.isShortcutDown() ? 0 : geometry.rowStart(geometry.rowOf(lead));
                case END -> e.isShortcutDown() ? size - 1 : geometry.rowStart(geometry.rowOf(lead)) + bpr - 1;
                default -> Long.MIN_VALUE;
            };
        }
        if (target == Long.MIN_VALUE) {
            return;
        }
        target = Math.max(0, Math.min(size - 1, target));
        model.selectByte(target, e.isShiftDown());
        reveal(ByteRange.ofLength(target, 1));
        e.consume();
    }

    /** Scrolls so the range's first row (and as much of the rest as fits) is visible. */
    void reveal(ByteRange r) {
        if (!measured()) {
            pendingReveal = r;
            return;
        }
        // A new selection may bring or drop the arrows' legend strip: scroll for the rows left.
        measure(canvas.getWidth(), canvas.getHeight());
        long from = geometry.rowOf(Math.max(0, r.start()));
        long to = geometry.rowOf(Math.max(0, r.last()));
        rows.ensureVisible(from, to);
        int c = geometry.columnOf(Math.max(0, r.start()));
        long col = (long) Math.floor(geometry.hexX(c) / Fonts.CHAR_WIDTH);
        cols.ensureVisible(col, col + 2);
    }
}
