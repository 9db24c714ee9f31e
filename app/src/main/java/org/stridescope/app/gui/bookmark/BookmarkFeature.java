package org.stridescope.app.gui.bookmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.model.UserPrefs;
import org.stridescope.core.buffer.ByteSource;

/**
 * Bookmarks: Edit > Add Bookmark… (Ctrl+D) names the selected bytes or element; the Bookmarks
 * panel lists them, and double-click or Enter goes back there, F2 renames, Delete removes. A
 * file's bookmarks are remembered with the preferences, by its absolute path and size (a file
 * rewritten to another size starts afresh); pasted bytes keep theirs until the window closes.
 */
public final class BookmarkFeature {
    private final FeatureContext context;
    private final MainViewModel model;
    private final UserPrefs prefs;
    private final ObservableList<Bookmark> marks = FXCollections.observableArrayList();
    private final ListView<Bookmark> list = new ListView<>(marks);
    private final Label message = new Label();
    private final Tab tab = new Tab("Bookmarks");
    /** Bookmarks of bytes that are no file, by {@link #key}, for this run only. */
    private final Map<String, List<String>> unsaved = new HashMap<>();
    private String key;

    private BookmarkFeature(FeatureContext context, UserPrefs prefs) {
        this.context = context;
        this.model = context.model();
        this.prefs = prefs;
        MenuItem add = WindowMenus.item("Add _Bookmark…", "menu-add-bookmark", this::addFromSelection);
        add.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        add.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selection() instanceof Selection.Nothing, model.selectionProperty()));
        context.menus().edit().getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), add);
        tab.setId("bookmarks-tab");
        tab.setContent(panel());
        context.addPanel(tab);
        model.sourceProperty().addListener((o, a, b) -> switchTo(b));
        switchTo(model.sourceProperty().get());
    }

    public static void install(FeatureContext context, UserPrefs prefs) {
        new BookmarkFeature(context, prefs);
    }

    private BorderPane panel() {
        list.setId("bookmark-list");
        list.setPlaceholder(new Label("Select bytes or an element, then Edit > Add Bookmark… (Ctrl+D)."));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                goToSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ENTER -> goToSelected();
                case DELETE, BACK_SPACE -> deleteSelected();
                case F2 -> renameSelected();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        Button go = button("Go To", "bookmark-go", this::goToSelected);
        Button rename = button("Rename…", "bookmark-rename", this::renameSelected);
        Button delete = button("Delete", "bookmark-delete", this::deleteSelected);
        for (Button b : List.of(go, rename, delete)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        message.setId("bookmark-message");
        HBox buttons = new HBox(6, go, rename, delete, message);
        buttons.setStyle("-fx-padding: 4 6 4 6; -fx-alignment: center-left;");
        BorderPane pane = new BorderPane(list);
        pane.setTop(buttons);
        return pane;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The key a source's bookmarks are kept under: the file's absolute path, what is read of it, and its size. */
    static String key(ByteSource source) {
        String where = source.file() == null ? "memory:" : source.file().toAbsolutePath().normalize().toString();
        return where + "|" + source.name() + "|" + source.size();
    }

    private void switchTo(ByteSource source) {
        key = key(source);
        List<String> lines = source.file() == null ? unsaved.getOrDefault(key, List.of()) : prefs.bookmarks(key);
        marks.setAll(lines.stream().map(Bookmark::parse).filter(Objects::nonNull).toList());
        message.setText("");
    }

    private void save() {
        List<String> lines = marks.stream().map(Bookmark::line).toList();
        if (key.startsWith("memory:")) {
            unsaved.put(key, lines);
        } else {
            prefs.saveBookmarks(key, lines);
        }
    }

    private void addFromSelection() {
        Selection s = model.selection();
        Bookmark proposed;
        if (s instanceof Selection.Bytes b) {
            proposed = Bookmark.bytes("", b.range().start(), b.range().endExclusive() - 1);
        } else if (s instanceof Selection.Elements e) {
            proposed = Bookmark.element("", e.lead());
        } else {
            return;
        }
        askName("Add Bookmark", "Name " + proposed.where(), proposed.where()).ifPresent(name -> {
            marks.add(proposed.renamed(name));
            save();
            context.showPanel(tab);
            list.getSelectionModel().selectLast();
        });
    }

    private Optional<String> askName(String title, String header, String suggested) {
        TextInputDialog d = new TextInputDialog(suggested);
        if (context.owner() != null) {
            d.initOwner(context.owner());
        }
        d.setTitle(title);
        d.setHeaderText(header);
        d.getEditor().setId("bookmark-name");
        d.setOnShown(e -> {
            d.getEditor().requestFocus();
            d.getEditor().selectAll();
        });
        return d.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
    }

    private void goToSelected() {
        Bookmark b = list.getSelectionModel().getSelectedItem();
        if (b == null) {
            return;
        }
        ShownArray a = model.array();
        if (b.isElement()) {
            if (a == null || !a.contains(b.element())) {
                message.setText(b.where() + " is not in the array shown"
                        + (a == null ? "" : ", whose shape is " + org.stridescope.app.base.LayoutText.tuple(a.layout().shape())));
                return;
            }
            model.selectElement(b.element(), false);
            context.focusArray();
        } else {
            long size = model.sourceProperty().get().size();
            if (b.last() >= size) {
                message.setText(b.where() + " is past the end of these " + size + " bytes");
                return;
            }
            model.goToByte(b.first());
            if (b.last() > b.first()) {
                model.selectByte(b.last(), true);
            }
            context.focusBytes();
        }
        message.setText("");
    }

    private void renameSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        Bookmark b = marks.get(i);
        askName("Rename Bookmark", "Rename " + b.where(), b.name()).ifPresent(name -> {
            marks.set(i, b.renamed(name));
            save();
            list.getSelectionModel().select(i);
        });
    }

    private void deleteSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            marks.remove(i);
            save();
        }
    }
}
