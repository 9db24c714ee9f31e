package org.stridescope.app.gui.grid;

import java.util.Arrays;
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
import org.stridescope.app.gui.view.CanvasViewSkin;
import org.stridescope.app.gui.view.CellColourer;
import org.stridescope.app.gui.view.Fonts;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.RecordFields;

/**
 * Paints the visible cells of an {@link ArrayGridView} and turns clicks and keys into element selections.
 * A 0-d or 1-d array of records shows a column per leaf field ({@code x}, {@code pos[1]}, {@code sub.a});
 * a cell is one field of one record, a row header the whole record. An N-d array of records keeps
 * its axes, a cell per record (its fields would make a third axis across the screen).
 */
public final class ArrayGridSkin extends CanvasViewSkin<ArrayGridView> {
    private static final int MIN_CHARS = 3;
    private static final String VALUE_HEADER = "value"; // the one column of a 0-d or 1-d array

    private final MainViewModel model;
    private final CellColourer colours;
    private int valueChars = MIN_CHARS; // widest value seen for this array: columns only ever grow
    private long[] pendingReveal;
    /** The element the last reveal brought into sight, until the next paint has shown it. */
    private long[] revealed;

    public ArrayGridSkin(ArrayGridView view) {
        super(view);
        this.model = view.model();
        this.colours = CellColourer.chain(List.of(
                this::selectedElement, this::readsSelectedBytes, this::hovered, this::readsHoveredByte));
        model.arrayProperty().addListener((o, a, b) -> {
            valueChars = MIN_CHARS;
            invalidate();
        });
        for (var p : List.of(model.selectionProperty(), model.hoverElementProperty(), model.hoverFieldProperty(), model.hoverByteProperty(),
                model.staleProperty(), model.errorProperty(), view.paletteProperty(), view.planeProperty())) {
            p.addListener((o, a, b) -> invalidate());
        }
        model.revealElementProperty().addListener((o, a, b) -> {
            if (b != null) {
                reveal(b);
            }
        });
        if (model.revealElementProperty().get() != null) {
            reveal(model.revealElementProperty().get()); // asked for before this skin existed (--select)
        }
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        // On a record's field column the pointer names that field, and only its bytes light up.
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> model.hoverField(cellAt(e.getX(), e.getY()),
                fieldColumns() == null ? -1 : fieldColumnAt(e.getX())));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.hoverElement(null));
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    // ---- colour rules, asked per visible cell ----------------------------------------------

    Color colourOf(long[] index, long column) {
        return colours.colour(index, cellBytes(index, column));
    }

    /** The bytes a cell shows: the element's, or in a field column that field's of the record. */
    private ByteRange cellBytes(long[] index, long column) {
        return fieldColumns() == null ? model.array().bytesOf(index) : model.array().bytesOf(index, column);
    }

    private Color selectedElement(long[] index, ByteRange bytes) {
        if (model.selection() instanceof Selection.Elements e && e.contains(index)) {
            // One field selected: only that field's cells (known by their bytes), else the whole row.
            boolean in = !e.oneField() || fieldColumns() == null || bytes.equals(model.array().bytesOf(index, e.field()));
            return in ? palette().selection() : null;
        }
        return null;
    }

    private Color readsSelectedBytes(long[] index, ByteRange bytes) {
        if (model.selection() instanceof Selection.Bytes b) {
            ByteRange r = b.range();
            return bytes.start() < r.endExclusive() && r.start() < bytes.endExclusive() ? palette().readers() : null;
        }
        return null;
    }

    private Color hovered(long[] index, ByteRange bytes) {
        if (!Arrays.equals(index, model.hoverElementProperty().get())) {
            return null;
        }
        ByteRange field = model.hoveredBytes();
        return fieldColumns() == null || model.hoverFieldProperty().get() < 0 || bytes.equals(field) ? palette().hover() : null;
    }

    private Color readsHoveredByte(long[] index, ByteRange bytes) {
        return bytes.contains(model.hoverByteProperty().get()) ? palette().hover() : null;
    }

    private Palette palette() {
        return getSkinnable().paletteProperty().get();
    }

    // ---- measuring and painting ------------------------------------------------------------

    private GridPlane plane() {
        return getSkinnable().planeProperty().get();
    }

    /** The leaf fields shown as columns (a 0-d or 1-d array of records), else null. */
    RecordFields fieldColumns() {
        ShownArray a = model.array();
        return a == null || plane().colAxis() >= 0 ? null : a.fields();
    }

    private long columnCount() {
        RecordFields f = fieldColumns();
        return f != null ? f.columns() : plane().cols(shape());
    }

    private long[] shape() {
        ShownArray a = model.array();
        return a == null ? new long[0] : a.layout().shape();
    }

    private double headerHeight() {
        return Fonts.LINE_HEIGHT + 4;
    }

    private double rowHeaderWidth() {
        long rows = plane().rows(shape());
        return (Math.max(3, Long.toString(Math.max(0, rows - 1)).length()) + 2) * Fonts.CHAR_WIDTH;
    }

    private double columnWidth() {
        long cols = plane().cols(shape());
        int headerChars = fieldColumns() != null ? 1 // field names widen the columns as they come into sight
                : plane().colAxis() < 0 ? VALUE_HEADER.length() : Long.toString(Math.max(0, cols - 1)).length();
        return (Math.max(valueChars, headerChars) + 2) * Fonts.CHAR_WIDTH;
    }

    @Override
    protected void measure(double width, double height) {
        long[] shape = shape();
        boolean has = model.array() != null;
        rows.setExtent(has ? plane().rows(shape) : 0, Fonts.LINE_HEIGHT, height - headerHeight());
        cols.setExtent(has ? columnCount() : 0, columnWidth(), width - rowHeaderWidth());
    }

    @Override
    protected void afterMeasure() {
        if (pendingReveal != null && measured()) {
            long[] idx = pendingReveal;
            pendingReveal = null;
            reveal(idx);
        }
    }

    /** Words in the middle of the view, wrapped to its width (a narrow pane still reads them whole). */
    private static void centred(GraphicsContext g, String text, double w, double h) {
        int perLine = Math.max(8, (int) ((w - 16) / Fonts.CHAR_WIDTH));
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        double top = h / 2 - (lines.size() - 1) * Fonts.LINE_HEIGHT / 2;
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), w / 2, top + i * Fonts.LINE_HEIGHT);
        }
    }

    @Override
    protected int paint(GraphicsContext g, double w, double h) {
        Palette p = palette();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        g.setFont(Fonts.MONO);
        g.setTextBaseline(VPos.CENTER);
        ShownArray a = model.array();
        if (a == null || a.layout().size() == 0) {
            g.setFill(p.dimText());
            g.setTextAlign(TextAlignment.CENTER);
            String say;
            if (a == null && model.errorProperty().get() != null) { // refused from the start: nothing to keep dimmed
                say = "No array: NumPy raises " + model.errorProperty().get().type() + ". The form says why.";
            } else {
                say = a == null ? "No array yet: give bytes and a layout." : "Empty array: size 0 "
                        + org.stridescope.app.base.LayoutText.tuple(a.layout().shape());
            }
            centred(g, say, w, h);
            return 0;
        }
        GridPlane plane = plane();
        RecordFields fields = fieldColumns();
        int vr = rows.visibleRows();
        int vc = cols.visibleRows();
        // Texts first (core decodes only visible cells), so a wider value widens the columns before painting.
        String[] texts = new String[vr * vc];
        int widest = valueChars;
        for (int i = 0; i < vr; i++) {
            for (int j = 0; j < vc; j++) {
                long col = cols.first() + j;
                long[] idx = plane.index(rows.first() + i, col);
                String v = fields == null ? a.value(idx) : a.fieldValue(idx, col);
                texts[i * vc + j] = v;
                widest = Math.max(widest, v.length());
            }
        }
        for (int j = 0; fields != null && j < vc; j++) {
            widest = Math.max(widest, fields.leaf(cols.first() + j).name().length());
        }
        long[] justRevealed = revealed;
        revealed = null;
        if (widest > valueChars) {
            valueChars = widest;
            measure(w, h);
            long firstCol = cols.first();
            if (justRevealed != null && plane.shows(justRevealed)) {
                // The element just brought into sight must stay there now that columns are wider.
                cols.ensureVisible(plane.colOf(justRevealed), plane.colOf(justRevealed));
            }
            if (cols.visibleRows() != vc || cols.first() != firstCol) {
                return paint(g, w, h); // wider columns: fewer fit; decode again for the new set (cached)
            }
        }
        double lh = Fonts.LINE_HEIGHT;
        double top = headerHeight();
        double left = rowHeaderWidth();
        double colW = columnWidth();
        int painted = 0;
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i < vr; i++) {
            long row = rows.first() + i;
            double y = top + i * lh - rows.pixel();
            for (int j = 0; j < vc; j++) {
                long col = cols.first() + j;
                double x = left + j * colW - cols.pixel();
                long[] idx = plane.index(row, col);
                ByteRange bytes = fields == null ? a.bytesOf(idx) : a.bytesOf(idx, col);
                Color bg = colours.colour(idx, bytes);
                if (bg != null) {
                    g.setFill(bg);
                    g.fillRect(x, y, colW, lh);
                }
                g.setFill(bg == p.selection() ? p.selectionText() : p.text());
                g.fillText(texts[i * vc + j], x + colW - Fonts.CHAR_WIDTH, y + lh / 2);
                painted++;
            }
        }
        paintRules(g, vr, vc, top, left, colW, w, h);
        paintHeaders(g, plane, vr, vc, top, left, colW, w);
        if (model.staleProperty().get()) {
            g.setFill(p.background().deriveColor(0, 1, 1, 0.55));
            g.fillRect(0, 0, w, h);
        }
        return painted;
    }

    private void paintRules(GraphicsContext g, int vr, int vc, double top, double left, double colW, double w, double h) {
        g.setStroke(palette().rule());
        g.setLineWidth(1);
        double bottom = Math.min(h, top + vr * Fonts.LINE_HEIGHT - rows.pixel());
        double right = Math.min(w, left + vc * colW - cols.pixel());
        for (int j = 0; j <= vc; j++) {
            double x = Math.floor(left + j * colW - cols.pixel()) + 0.5;
            g.strokeLine(x, top, x, bottom);
        }
        for (int i = 0; i <= vr; i++) {
            double y = Math.floor(top + i * Fonts.LINE_HEIGHT - rows.pixel()) + 0.5;
            g.strokeLine(left, y, right, y);
        }
    }

    private void paintHeaders(GraphicsContext g, GridPlane plane, int vr, int vc, double top, double left, double colW, double w) {
        Palette p = palette();
        double lh = Fonts.LINE_HEIGHT;
        Selection s = model.selection();
        long[] lead = s instanceof Selection.Elements e ? e.lead() : null;
        g.setFill(p.header());
        g.fillRect(0, top, left, canvas.getHeight() - top);
        g.fillRect(0, 0, w, top);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i < vr; i++) {
            long row = rows.first() + i;
            boolean current = lead != null && plane.shows(lead) && plane.rowOf(lead) == row;
            // The selected element's index in its axis's colour: the same as its term in the
            // Explain formula and its stride arrow.
            g.setFill(current ? axisColour(p, plane.rowAxis()) : p.headerText());
            g.fillText(plane.rowAxis() < 0 ? "" : Long.toString(row), left - Fonts.CHAR_WIDTH, top + i * lh - rows.pixel() + lh / 2);
        }
        g.fillRect(0, 0, w, top);
        g.setFill(p.header());
        g.fillRect(0, 0, w, top);
        RecordFields fields = fieldColumns();
        long leadField = s instanceof Selection.Elements e && e.oneField() ? e.field() : -1;
        for (int j = 0; j < vc; j++) {
            long col = cols.first() + j;
            double x = left + j * colW - cols.pixel();
            if (fields != null) {
                // Each field's column carries its colour in the hex view, so the two views name it alike.
                RecordFields.Leaf leaf = fields.leaf(col);
                g.setFill(p.field(leaf.group(), false));
                g.fillRect(x + 1, top - 5, colW - 2, 4);
                g.setFill(col == leadField ? p.focus() : p.headerText());
                g.fillText(leaf.name(), x + colW - Fonts.CHAR_WIDTH, top / 2);
                continue;
            }
            boolean current = lead != null && plane.shows(lead) && plane.colOf(lead) == col;
            g.setFill(current ? axisColour(p, plane.colAxis()) : p.headerText());
            String label = plane.colAxis() < 0 ? VALUE_HEADER : Long.toString(col);
            g.fillText(label, x + colW - Fonts.CHAR_WIDTH, top / 2);
        }
        g.setFill(p.header());
        g.fillRect(0, 0, left, top);
        g.setStroke(p.rule());
        g.strokeLine(0, top - 0.5, w, top - 0.5);
        g.strokeLine(left - 0.5, 0, left - 0.5, canvas.getHeight());
        // Which axis runs down and which across, in the axes' colours.
        if (plane.colAxis() >= 0) {
            g.setFill(p.axis(plane.colAxis()));
            g.fillRect(left, top - 2, w - left, 2);
        }
        if (plane.rowAxis() >= 0) {
            g.setFill(p.axis(plane.rowAxis()));
            g.fillRect(left - 2, top, 2, canvas.getHeight() - top);
        }
    }

    private static javafx.scene.paint.Color axisColour(Palette p, int axis) {
        return axis < 0 ? p.focus() : p.axis(axis);
    }

    // ---- hit testing and input -------------------------------------------------------------

    /** The row's element under a point in the row header (x left of the cells), or null. */
    long[] rowHeaderAt(double x, double y) {
        return x < rowHeaderWidth() && x >= 0 ? cellAt(rowHeaderWidth(), y) : null;
    }

    /** The field column under x (of a record array), or -1. */
    long fieldColumnAt(double x) {
        double left = rowHeaderWidth();
        if (fieldColumns() == null || x < left) {
            return -1;
        }
        long col = cols.first() + (long) Math.floor((x - left + cols.pixel()) / columnWidth());
        return col < cols.count() ? col : -1;
    }

    /** The element under a point of the control, or null. */
    long[] cellAt(double x, double y) {
        ShownArray a = model.array();
        double top = headerHeight();
        double left = rowHeaderWidth();
        if (a == null || a.layout().size() == 0 || y < top || x < left || x >= canvas.getWidth() || y >= canvas.getHeight()) {
            return null;
        }
        long row = rows.first() + (long) Math.floor((y - top + rows.pixel()) / Fonts.LINE_HEIGHT);
        long col = cols.first() + (long) Math.floor((x - left + cols.pixel()) / columnWidth());
        if (row >= rows.count() || col >= cols.count()) {
            return null;
        }
        return plane().index(row, col);
    }

    Bounds cellBounds(long[] index) {
        return cellBounds(index, plane().colOf(index));
    }

    /** Where the cell of {@code index} in column {@code column} is drawn (a field column for records); null if not visible. */
    Bounds cellBounds(long[] index, long column) {
        GridPlane plane = plane();
        if (!plane.shows(index)) {
            return null;
        }
        long i = plane.rowOf(index) - rows.first();
        long j = column - cols.first();
        if (i < 0 || j < 0 || i >= rows.visibleRows() || j >= cols.visibleRows()) {
            return null;
        }
        double colW = columnWidth();
        return new BoundingBox(rowHeaderWidth() + j * colW - cols.pixel(), headerHeight() + i * Fonts.LINE_HEIGHT - rows.pixel(),
                colW, Fonts.LINE_HEIGHT);
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        long[] idx = cellAt(e.getX(), e.getY());
        long[] row = fieldColumns() == null ? null : rowHeaderAt(e.getX(), e.getY());
        if (row != null) {
            model.selectElement(row, e.isShiftDown()); // a record's row header: the whole record
        } else if (idx != null && fieldColumns() != null) {
            model.selectField(idx, fieldColumnAt(e.getX()), e.isShiftDown());
        } else if (idx != null) {
            model.selectElement(idx, e.isShiftDown());
        }
    }

    private void dragged(MouseEvent e) {
        // Dragging past an edge scrolls, so a box of elements can span more than a screen.
        double top = headerHeight();
        double left = rowHeaderWidth();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        rows.scrollRows(e.getY() < top ? -1 : e.getY() >= h ? 1 : 0);
        cols.scrollRows(e.getX() < left ? -1 : e.getX() >= w ? 1 : 0);
        double x = Math.max(left, Math.min(w - 1, e.getX()));
        long[] idx = cellAt(x, Math.max(top, Math.min(h - 1, e.getY())));
        if (idx != null && fieldColumns() != null && model.selection() instanceof Selection.Elements s) {
            model.selectField(idx, s.field(), true); // dragging down a field's column: that field of each record
        } else if (idx != null) {
            model.selectElement(idx, true);
        }
    }

    private void keyPressed(KeyEvent e) {
        ShownArray a = model.array();
        if (a == null || a.layout().size() == 0) {
            return;
        }
        GridPlane plane = plane();
        Selection s = model.selection();
        long[] lead = s instanceof Selection.Elements el ? el.lead() : null;
        RecordFields fields = fieldColumns();
        long row = lead == null ? 0 : plane.rowOf(lead);
        long col = lead == null ? 0 : fields != null ? Math.max(0, ((Selection.Elements) s).field()) : plane.colOf(lead);
        long page = Math.max(1, rows.fullRows() - 1);
        KeyCode k = e.getCode();
        if (lead != null) {
            switch (k) {
                case UP, KP_UP -> row--;
                case DOWN, KP_DOWN -> row++;
                case LEFT, KP_LEFT -> col--;
                case RIGHT, KP_RIGHT -> col++;
                case PAGE_UP -> row -= page;
                case PAGE_DOWN -> row += page;
                case HOME -> {
                    col = 0;
                    if (e.isShortcutDown()) {
                        row = 0;
                    }
                }
                case END -> {
                    col = cols.count() - 1;
                    if (e.isShortcutDown()) {
                        row = rows.count() - 1;
                    }
                }
                default -> {
                    return;
                }
            }
        } else if (!(k.isArrowKey() || k.isNavigationKey())) {
            return;
        }
        row = Math.max(0, Math.min(rows.count() - 1, row));
        col = Math.max(0, Math.min(cols.count() - 1, col));
        long[] target = plane.shows(lead == null ? plane.index(row, col) : lead) ? plane.index(row, col)
                : plane.through(lead).index(row, col);
        if (fields != null) {
            model.selectField(target, col, e.isShiftDown());
            cols.ensureVisible(col, col);
        } else {
            model.selectElement(target, e.isShiftDown());
        }
        reveal(target);
        e.consume();
    }

    /** Shows the slice holding the element and scrolls it into sight. */
    void reveal(long[] index) {
        if (!measured()) {
            pendingReveal = index;
            return;
        }
        ShownArray a = model.array();
        if (a == null || !a.contains(index)) {
            return;
        }
        GridPlane plane = plane();
        if (!plane.shows(index)) {
            getSkinnable().planeProperty().set(plane.through(index));
            plane = plane();
        }
        rows.ensureVisible(plane.rowOf(index), plane.rowOf(index));
        if (fieldColumns() == null) {
            cols.ensureVisible(plane.colOf(index), plane.colOf(index));
        } else if (model.selection() instanceof Selection.Elements e && e.oneField()) {
            cols.ensureVisible(e.field(), e.field()); // a field's cell; a whole record keeps the columns in sight
        }
        revealed = index.clone();
    }
}
