package org.stridescope.app.gui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.WindowMenus;

/**
 * The Help menu's own items: Keyboard Shortcuts (F1, or {@code ?} when not typing in a field),
 * a sheet made from the menus' accelerators ({@link ShortcutSheet}); Getting Started, which opens
 * the first lesson; About Stridescope ({@link AboutDialog}). Installed after the features whose
 * menus the sheet reads.
 */
public final class HelpFeature {
    private final FeatureContext context;

    private HelpFeature(FeatureContext context, Runnable firstLesson) {
        this.context = context;
        MenuItem shortcuts = WindowMenus.item("_Keyboard Shortcuts", "menu-shortcuts", this::showShortcuts);
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem start = WindowMenus.item("_Getting Started", "menu-getting-started", firstLesson);
        MenuItem about = WindowMenus.item("_About Stridescope", "menu-about", () -> new AboutDialog(context.owner()).show());
        context.menus().help().getItems().addAll(List.of(shortcuts, start, new SeparatorMenuItem(), about));
        context.root().addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !context.typingInAField()) {
                showShortcuts();
                e.consume();
            }
        });
    }

    public static void install(FeatureContext context, Runnable firstLesson) {
        new HelpFeature(context, firstLesson);
    }

    /** Every shortcut now in the menus, and in the views' own menus, grouped by menu. */
    List<ShortcutSheet.Row> rows() {
        List<ShortcutSheet.Row> rows = new ArrayList<>(ShortcutSheet.of(context.menus().bar().getMenus()));
        // The views' right-click items that the menus have too (Copy) are listed once, under their menu.
        java.util.Set<String> listed = new java.util.HashSet<>(rows.stream().map(ShortcutSheet.Row::keys).toList());
        ShortcutSheet.of("Bytes and array (right-click)", context.hexView().getContextMenu()).stream()
                .filter(r -> !listed.contains(r.keys())).forEach(rows::add);
        return rows;
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.setHgap(16);
        grid.setVgap(3);
        String menu = null;
        int r = 0;
        for (ShortcutSheet.Row row : rows()) {
            if (!row.menu().equals(menu)) {
                menu = row.menu();
                Label heading = new Label(menu);
                heading.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
                grid.add(heading, 0, r++, 2, 1);
            }
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setStyle("-fx-font-family: monospace;");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label action = new Label(row.action());
            action.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(r++, keys, action);
        }
        Label also = new Label("? (when not typing in a field) shows this sheet too.");
        also.setStyle("-fx-padding: 10 0 0 0;");
        grid.add(also, 0, r, 2, 1);
        Dialog<Void> d = new Dialog<>();
        if (context.owner() != null) {
            d.initOwner(context.owner());
        }
        d.setTitle("Keyboard Shortcuts");
        d.setHeaderText("Keyboard shortcuts, as the menus show them");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        d.show();
    }
}
