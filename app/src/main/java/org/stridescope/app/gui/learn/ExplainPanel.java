package org.stridescope.app.gui.learn;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.stridescope.app.gui.view.Palette;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.model.StatusText;
import org.stridescope.core.layout.Readers;

/**
 * The Explain panel: for the selected element, where its bytes are (the address formula, each
 * axis's term in that axis's colour) and how they become its value; for the array, its flags
 * with reasons. An open lesson sits at its left. Follows the model live.
 */
public final class ExplainPanel extends HBox {
    static final String HINT = "Select an element in the array, or a byte in the hex view, to see where its bytes are "
            + "and how they become its value.";

    private boolean showing = true;
    private boolean outOfDate = true;
    private List<FlagList.Row> shownFlags = List.of();
    private final List<Label> flagMarks = new java.util.ArrayList<>();
    private final List<Label> flagReasons = new java.util.ArrayList<>();
    private final MainViewModel model;
    private final LessonBox lesson;
    private final VBox element = new VBox(4);
    private final Label elementTitle = heading("");
    private final TextFlow formula = new TextFlow();
    private final GridPane bits = new GridPane();
    /** The axis of each formula piece shown (-1 none), and the theme their colours are for. */
    private List<Integer> formulaAxes = List.of();
    private GuiOptions.Theme formulaTheme;
    /** Each bits line's label and piece kinds, as shown. */
    private List<List<Object>> bitsShape = List.of();
    /** The formula's last piece, "→ bytes 12..15", styled on its own. */
    private static final int BYTES_PART = -2;
    private final VBox flags = new VBox(3);
    private final DataInspector inspector = new DataInspector();

    public ExplainPanel(MainViewModel model, LessonBox lesson) {
        super(18);
        this.model = model;
        this.lesson = lesson;
        setId("explain-panel");
        getStyleClass().add("explain-panel");
        setPadding(new Insets(8, 12, 8, 12));
        element.setId("explain-element");
        formula.setId("explain-formula");
        formula.getStyleClass().add("explain-formula");
        bits.setId("explain-bits");
        bits.setHgap(10);
        bits.setVgap(1);
        element.getStyleClass().add("explain-column");
        flags.setId("explain-flags");
        flags.getStyleClass().add("explain-column");
        // Fixed preferred widths: a long line in one column must not squeeze the others.
        element.setMinWidth(380);
        element.setPrefWidth(420);
        flags.setMinWidth(400);
        flags.setPrefWidth(440);
        HBox.setHgrow(element, Priority.ALWAYS);
        lesson.managedProperty().bind(lesson.visibleProperty());
        // The inspector under the element, not beside it: with a lesson open, four columns would not fit.
        VBox elementAndBytes = new VBox(12, element, inspector);
        HBox.setHgrow(elementAndBytes, Priority.ALWAYS);
        getChildren().addAll(lesson, elementAndBytes, flags);
        model.arrayProperty().addListener((o, a, b) -> changed());
        model.selectionProperty().addListener((o, a, b) -> changed());
        model.selectedReadersProperty().addListener((o, a, b) -> changed());
        model.themeProperty().addListener((o, a, b) -> changed());
        // Several model properties change for one edit: rebuild once, at the start of the next pulse.
        Runnable beforeLayout = () -> {
            if (showing && outOfDate) {
                refresh();
            }
        };
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(beforeLayout);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(beforeLayout);
            }
        });
        refresh();
    }

    /**
     * Whether the panel is in sight. Out of sight it only notes that it is out of date: rebuilding
     * its text nodes costs a CSS pass, too much to pay on every layout change nobody is reading.
     */
    public void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && outOfDate) {
            refresh();
        }
    }

    private void changed() {
        outOfDate = true;
        if (showing) {
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void refresh() {
        outOfDate = false;
        ShownArray a = model.array();
        fillElement(a, selectedElement(a));
        inspector.show(model.sourceProperty().get(), cursorByte(a));
        fillFlags(a);
    }

    /** The element to explain: the lead of an element selection, or the first reader of a selected byte. */
    private long[] selectedElement(ShownArray a) {
        if (a == null) {
            return null;
        }
        Selection s = model.selection();
        if (s instanceof Selection.Elements e && a.contains(e.lead())) {
            return e.lead();
        }
        Readers r = model.selectedReadersProperty().get();
        if (s instanceof Selection.Bytes && r != null && !r.first().isEmpty()) {
            return r.first().get(0);
        }
        return null;
    }

    /** The byte under the cursor: the first selected byte, or the selected element's first byte (-1: none). */
    private long cursorByte(ShownArray a) {
        Selection s = model.selection();
        if (s instanceof Selection.Bytes b) {
            return b.range().start();
        }
        if (a != null && s instanceof Selection.Elements e && a.contains(e.lead())) {
            long field = e.oneField() && a.fields() != null ? e.field() : -1;
            return a.bytesOf(e.lead(), field).start();
        }
        return -1;
    }

    /** The data inspector's values for a type code ("i4"), little- then big-endian, for tests. */
    public List<String> inspected(String code) {
        if (outOfDate) {
            refresh();
        }
        return inspector.values(code);
    }

    private void fillElement(ShownArray a, long[] index) {
        if (index == null) {
            if (element.lookup("#explain-hint") == null) { // else the hint is already there
                Label hint = new Label(HINT);
                hint.setId("explain-hint");
                hint.setWrapText(true);
                hint.getStyleClass().add("explain-hint");
                element.getChildren().setAll(heading("Element"), hint);
            }
            return;
        }
        // With an expression the shown array is its result, which the expression bar calls view.
        String name = (model.exprTextProperty().get().isBlank() ? "a" : "view") + StatusText.index(index);
        String title = "Element " + name;
        Selection s = model.selection();
        if (s instanceof Selection.Bytes b) {
            Readers r = model.selectedReadersProperty().get();
            title = "Byte " + b.range().start() + " is read by " + name
                    + (r.count() > 1 ? " and " + (r.count() - 1) + " more" : "");
        }
        long field = s instanceof Selection.Elements e && e.oneField() && a.fields() != null ? e.field() : -1;
        if (s instanceof Selection.Bytes b && a.fields() != null) {
            // A byte of a record: explain the field it belongs to (none for padding).
            ShownArray.FieldByte fb = a.fieldByte(b.range().start(), model.selectedReadersProperty().get());
            field = fb == null || fb.leaf() == null ? -1 : fb.leaf().column();
        }
        if (field >= 0) {
            title += ", field " + a.fields().leaf(field).name();
        }
        elementTitle.setText(title);
        AddressFormula f = field < 0 ? AddressFormula.of(a.layout(), index)
                : AddressFormula.of(a.layout(), index, a.fields(), field);
        List<AddressFormula.Part> parts = new java.util.ArrayList<>();
        if (f.symbols().size() == 1) {
            parts.add(new AddressFormula.Part(f.text(), -1));
        } else {
            parts.addAll(f.symbols());
            parts.add(new AddressFormula.Part(" = ", -1));
            parts.addAll(f.numbers());
            parts.add(new AddressFormula.Part(" = " + f.address(), -1));
        }
        // No-break spaces: "→ bytes 12..15" wraps as one piece, never "bytes" / "12..15".
        parts.add(new AddressFormula.Part("   →\u00A0" + f.bytesText().replace(' ', '\u00A0'), BYTES_PART));
        showFormula(parts);
        showBits(ElementBits.of(a.source(), field < 0 ? a.layout().dtype() : a.fields().leaf(field).dtype(), f.address()));
        if (element.getChildren().size() != 3 || element.getChildren().get(0) != elementTitle) {
            element.getChildren().setAll(elementTitle, formula, bits);
        }
    }

    /**
     * The formula's pieces, each axis's in its colour. Walking from element to element changes
     * only the numbers: the text nodes are kept and given new text (new nodes would cost a CSS
     * pass on every step).
     */
    private void showFormula(List<AddressFormula.Part> parts) {
        List<Integer> axes = parts.stream().map(AddressFormula.Part::axis).toList();
        GuiOptions.Theme theme = model.themeProperty().get();
        if (axes.equals(formulaAxes) && theme == formulaTheme) {
            for (int i = 0; i < parts.size(); i++) {
                ((Text) formula.getChildren().get(i)).setText(parts.get(i).text());
            }
            return;
        }
        formulaAxes = axes;
        formulaTheme = theme;
        List<Node> texts = new java.util.ArrayList<>();
        for (AddressFormula.Part part : parts) {
            Text t = text(part.text(), part.axis() == BYTES_PART ? null : part.axis());
            if (part.axis() == BYTES_PART) {
                t.getStyleClass().add("explain-bytes");
            }
            texts.add(t);
        }
        formula.getChildren().setAll(texts);
    }

    /** The element's bytes and bits, line by line; kept nodes get new text while the lines keep their kinds. */
    private void showBits(List<ElementBits.Line> lines) {
        List<List<Object>> shape = lines.stream().map(l -> List.<Object>of(l.label(),
                l.pieces().stream().map(ElementBits.Piece::role).toList())).toList();
        if (shape.equals(bitsShape)) {
            int k = 0;
            for (ElementBits.Line line : lines) {
                TextFlow value = (TextFlow) bits.getChildren().get(2 * k++ + 1);
                for (int i = 0; i < line.pieces().size(); i++) {
                    ((Text) value.getChildren().get(i)).setText(line.pieces().get(i).text());
                }
            }
            return;
        }
        bitsShape = shape;
        bits.getChildren().clear();
        for (int r = 0; r < lines.size(); r++) {
            ElementBits.Line line = lines.get(r);
            Label label = new Label(line.label());
            label.getStyleClass().add("explain-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            TextFlow value = new TextFlow();
            value.getStyleClass().add("explain-value");
            for (ElementBits.Piece p : line.pieces()) {
                Text t = new Text(p.text());
                t.getStyleClass().addAll("explain-mono", "bits-" + p.role().name().toLowerCase());
                value.getChildren().add(t);
            }
            bits.addRow(r, label, value);
        }
    }

    private void fillFlags(ShownArray a) {
        // Flags belong to the layout, not the selection: selecting keeps the nodes (a rebuild costs a CSS pass).
        List<FlagList.Row> rows = a == null ? List.of() : FlagList.of(a.layout(), a.ownsData());
        if (rows.equals(shownFlags) && !flags.getChildren().isEmpty()) {
            return;
        }
        if (sameNames(rows, shownFlags) && flagMarks.size() == rows.size()) {
            // Same flags, new verdicts or reasons: new texts in the nodes already styled.
            for (int i = 0; i < rows.size(); i++) {
                FlagList.Row row = rows.get(i);
                Label mark = flagMarks.get(i);
                mark.setText(row.set() ? "✓" : "✗");
                mark.getStyleClass().setAll("label", "flag-mark", row.set() ? "flag-set" : "flag-unset");
                flagReasons.get(i).setText(row.reason());
            }
            shownFlags = rows;
            return;
        }
        shownFlags = rows;
        flagMarks.clear();
        flagReasons.clear();
        flags.getChildren().setAll(heading("Flags"));
        if (a == null) {
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(3);
        int r = 0;
        for (FlagList.Row row : rows) {
            Label mark = new Label(row.set() ? "✓" : "✗");
            mark.getStyleClass().addAll("flag-mark", row.set() ? "flag-set" : "flag-unset");
            Label name = new Label(row.name());
            name.getStyleClass().add("flag-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label reason = new Label(row.reason());
            reason.getStyleClass().add("flag-reason");
            reason.setWrapText(true);
            reason.setId("flag-" + row.name().replace(' ', '-').toLowerCase());
            GridPane.setHgrow(reason, Priority.ALWAYS);
            GridPane.setValignment(mark, javafx.geometry.VPos.TOP);
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            grid.addRow(r++, mark, name, reason);
            flagMarks.add(mark);
            flagReasons.add(reason);
        }
        flags.getChildren().add(grid);
    }

    private static boolean sameNames(List<FlagList.Row> a, List<FlagList.Row> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).name().equals(b.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    private Text text(String s, Integer axis) {
        Text t = new Text(s);
        t.getStyleClass().add("explain-mono");
        if (axis != null && axis >= 0) {
            // The same colour as this axis's stride arrow in the hex view.
            Palette p = model.themeProperty().get() == GuiOptions.Theme.DARK ? Palette.DARK : Palette.LIGHT;
            Color c = p.axis(axis);
            t.setStyle("-fx-fill: " + web(c) + "; -fx-font-weight: bold;");
        }
        return t;
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("explain-heading");
        return l;
    }

    /** The element column's text, for tests: the formula, then each line. */
    public String elementText() {
        return textOf(element);
    }

    /** The flags column's text, for tests. */
    public String flagsText() {
        return textOf(flags);
    }

    /** A column's text as a user reads it on opening the tab (brought up to date first). */
    private String textOf(Node column) {
        if (outOfDate) {
            refresh();
        }
        StringBuilder sb = new StringBuilder();
        collect(column, sb);
        return sb.toString().strip();
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof Label l) {
            sb.append(l.getText()).append(l.getStyleClass().contains("explain-label") || l.getStyleClass().contains("flag-mark")
                    || l.getStyleClass().contains("flag-name") ? " " : "\n");
        } else if (n instanceof TextFlow tf) {
            tf.getChildren().forEach(c -> sb.append(c instanceof Text t ? t.getText() : ""));
            sb.append('\n');
        } else if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
        }
    }

    LessonBox lessonBox() {
        return lesson;
    }
}
