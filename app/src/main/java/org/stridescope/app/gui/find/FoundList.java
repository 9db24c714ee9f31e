package org.stridescope.app.gui.find;

import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.model.StatusText;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Readers;

/**
 * The Found panel: one line per match, its byte offset and the elements of the array shown that
 * read its bytes ("byte 8 (0x8), bytes 8..11: read by a[1, 0]"). The readers are asked of core
 * only for the lines in sight. Double-click or Enter selects a match.
 */
final class FoundList extends ListView<Integer> {
    private final MainViewModel model;
    private FindBar.Results results;

    FoundList(MainViewModel model, IntConsumer select) {
        this.model = model;
        setId("found-list");
        setPlaceholder(new javafx.scene.control.Label("Edit > Find… (Ctrl+F) lists every match here."));
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || results == null ? null : describe(item));
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getSelectionModel().getSelectedItem() != null) {
                select.accept(getSelectionModel().getSelectedItem());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                select.accept(getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        // The readers depend on the layout: reword the lines when it changes.
        model.arrayProperty().addListener((o, a, b) -> refresh());
    }

    /** Lists these results (null: none). */
    void show(FindBar.Results r) {
        results = r;
        int n = r == null ? 0 : r.found().kept();
        ObservableList<Integer> numbers = FXCollections.observableArrayList();
        // Indices only: a line's words are made when it scrolls into sight.
        Integer[] all = new Integer[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        numbers.setAll(all);
        setItems(numbers);
    }

    /** Marks the {@code i}-th match as the current one, in sight. */
    void mark(int i) {
        getSelectionModel().select(i);
        scrollTo(Math.max(0, i - 2));
    }

    /** "byte 8 (0x8): read by a[1, 0]" for match {@code i}. */
    String describe(int i) {
        long pos = results.found().offset(i);
        int w = results.pattern().width();
        String where = "byte " + pos + " (0x" + Long.toHexString(pos) + ")" + (w > 1 ? ", to " + (pos + w - 1) : "");
        ShownArray a = model.array();
        if (a == null || a.source() != results.source()) {
            return where;
        }
        Readers r = a.readersOf(ByteRange.ofLength(pos, w), 3);
        if (r.count() == 0) {
            return where + ": read by no element";
        }
        String name = model.exprTextProperty().get().isBlank() ? "a" : "view";
        StringBuilder sb = new StringBuilder(where).append(": read by ");
        for (int k = 0; k < r.first().size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(name).append(StatusText.index(r.first().get(k)));
        }
        if (r.count() > r.first().size()) {
            sb.append(String.format(" and %,d more", r.count() - r.first().size()));
        }
        return sb.toString();
    }
}
