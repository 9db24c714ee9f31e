package org.stridescope.app.gui.form;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.RecordTable;

/**
 * The record editor (Fields… next to the dtype field): a table of fields (name, type, subarray
 * shape, offset), edited in the fields below it, with add, remove, move up and down and the
 * align switch. Shows core's itemsize and padding line, or NumPy's error (OK is off then); the
 * answer is the dtype text {@link RecordTable#text} writes.
 */
public final class RecordEditor extends Dialog<String> {
    /** A row as the table edits it. */
    static final class FieldRow {
        final StringProperty name = new SimpleStringProperty("");
        final StringProperty type = new SimpleStringProperty("");
        final StringProperty shape = new SimpleStringProperty("");
        final StringProperty offset = new SimpleStringProperty("");
        final StringProperty title = new SimpleStringProperty("");

        FieldRow(RecordTable.Row r) {
            name.set(r.name());
            type.set(r.type());
            shape.set(r.shape());
            offset.set(r.offset());
            title.set(r.title());
        }

        RecordTable.Row row() {
            return new RecordTable.Row(name.get(), type.get(), shape.get(), offset.get(), title.get());
        }

        List<StringProperty> cells() {
            return List.of(name, type, shape, offset, title);
        }
    }

    private final ObservableList<FieldRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.name, r.type, r.shape, r.offset, r.title});
    private final TableView<FieldRow> table = new TableView<>(rows);
    private final CheckBox align = new CheckBox("align (C struct padding)");
    private final TextField[] editors = {new TextField(), new TextField(), new TextField(), new TextField(), new TextField()};
    /** The record's itemsize when it is more than its fields need (trailing padding); blank: NumPy's. */
    private final TextField itemsize = new TextField();
    private final Label summary = new Label();
    private FieldRow edited;

    /** Opens on {@code dtypeText}: its fields when it is a record dtype, else an empty table. */
    public RecordEditor(String dtypeText) {
        setTitle("Record fields");
        setHeaderText("The fields of one record, in order; blank offsets are NumPy's.");
        table.setId("record-fields");
        align.setId("record-align");
        summary.setId("record-summary");
        summary.setWrapText(true);
        String[] titles = {"name", "type", "subarray shape", "offset", "title"};
        String[] ids = {"field-name", "field-type", "field-shape", "field-offset", "field-title"};
        String[] prompts = {"x", "<f4, u1, S8 ...", "blank, 3 or 2,3", "blank: automatic", "blank: none"};
        GridPane cells = new GridPane();
        cells.setHgap(8);
        cells.setVgap(4);
        for (int i = 0; i < titles.length; i++) {
            int c = i;
            TableColumn<FieldRow, String> col = new TableColumn<>(titles[i]);
            col.setCellValueFactory(d -> d.getValue().cells().get(c));
            col.setSortable(false);
            col.setPrefWidth(i == 1 ? 150 : 110);
            table.getColumns().add(col);
            editors[i].setId(ids[i]);
            editors[i].setPromptText(prompts[i]);
            editors[i].setPrefColumnCount(i == 1 ? 12 : 8);
            Label l = new Label(titles[i]);
            l.setLabelFor(editors[i]);
            cells.add(l, i, 0);
            cells.add(editors[i], i, 1);
        }
        table.setPrefHeight(220);
        table.setPlaceholder(new Label("No fields yet: Add field."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> edit(b));

        Button add = button("Add field", "field-add", this::add);
        Button remove = button("Remove", "field-remove", this::remove);
        Button up = button("Move up", "field-up", () -> move(-1));
        Button down = button("Move down", "field-down", () -> move(1));
        itemsize.setId("record-itemsize");
        itemsize.setPromptText("NumPy's");
        itemsize.setPrefColumnCount(5);
        itemsize.setTooltip(new javafx.scene.control.Tooltip("Bytes per record, when more than the fields need (padding at the end); blank: NumPy's"));
        Label itemsizeLabel = new Label("itemsize");
        itemsizeLabel.setLabelFor(itemsize);
        HBox buttons = new HBox(6, add, remove, up, down, align, itemsizeLabel, itemsize);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, table, cells, buttons, summary);
        content.setPadding(new Insets(4));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().getStyleClass().add("console-dialog");
        setResizable(true);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("record-ok");
        // Enter accepts from anywhere in the dialog (a focused check box or button would keep it); Space presses buttons
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                if (!ok.isDisabled()) {
                    ((Button) ok).fire();
                }
            }
        });

        fill(dtypeText);
        Runnable update = () -> ok.setDisable(!check());
        rows.addListener((javafx.collections.ListChangeListener<FieldRow>) c -> update.run());
        align.selectedProperty().addListener((o, a, b) -> update.run());
        itemsize.textProperty().addListener((o, a, b) -> update.run());
        update.run();
        setResultConverter(b -> b == ButtonType.OK && check() ? text() : null);
        setOnShown(e -> (rows.isEmpty() ? add : editors[0]).requestFocus());
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void fill(String dtypeText) {
        try {
            DType d = DType.parse(dtypeText);
            if (d.isStructured()) {
                RecordTable.rows(d).forEach(r -> rows.add(new FieldRow(r)));
                align.setSelected(d.fields().alignedStruct());
                itemsize.setText(RecordTable.itemsize(d));
                table.getSelectionModel().selectFirst();
            }
        } catch (StridescopeError e) {
            // not a dtype yet: start from an empty table
        }
        edit(table.getSelectionModel().getSelectedItem());
    }

    /** Binds the fields below the table to {@code r} (none selected: they are off). */
    private void edit(FieldRow r) {
        if (edited != null) {
            for (int i = 0; i < editors.length; i++) {
                editors[i].textProperty().unbindBidirectional(edited.cells().get(i));
            }
        }
        edited = r;
        for (int i = 0; i < editors.length; i++) {
            editors[i].setDisable(r == null);
            if (r != null) {
                editors[i].textProperty().bindBidirectional(r.cells().get(i));
            } else {
                editors[i].clear();
            }
        }
    }

    private void add() {
        int at = table.getSelectionModel().getSelectedIndex() + 1;
        if (at <= 0) {
            at = rows.size();
        }
        rows.add(at, new FieldRow(new RecordTable.Row(freeName(), "<f4", "", "")));
        table.getSelectionModel().clearAndSelect(at);
        editors[0].requestFocus();
        editors[0].selectAll();
    }

    /** f0, f1, ...: the first such name no row has. */
    private String freeName() {
        for (int n = 0;; n++) {
            String name = "f" + n;
            if (rows.stream().noneMatch(r -> r.name.get().strip().equals(name))) {
                return name;
            }
        }
    }

    private void remove() {
        int at = table.getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            rows.remove(at);
            if (!rows.isEmpty()) {
                table.getSelectionModel().clearAndSelect(Math.min(at, rows.size() - 1));
            }
        }
    }

    private void move(int by) {
        int at = table.getSelectionModel().getSelectedIndex();
        int to = at + by;
        if (at >= 0 && to >= 0 && to < rows.size()) {
            FieldRow r = rows.remove(at);
            rows.add(to, r);
            table.getSelectionModel().clearAndSelect(to);
        }
    }

    /** The dtype text the table makes. */
    String text() {
        return RecordTable.text(rows.stream().map(FieldRow::row).toList(), align.isSelected(), itemsize.getText());
    }

    /** Shows the itemsize and padding, or NumPy's error; true when the table is a valid record dtype. */
    private boolean check() {
        summary.getStyleClass().remove("error-message");
        if (rows.isEmpty()) {
            summary.setText("Add a field to start.");
            return false;
        }
        try {
            DType d = DType.parse(text());
            summary.setText(RecordTable.summary(d));
            return true;
        } catch (StridescopeError e) {
            summary.setText(e.type() + ": " + e.getMessage());
            summary.getStyleClass().add("error-message");
            return false;
        }
    }
}
