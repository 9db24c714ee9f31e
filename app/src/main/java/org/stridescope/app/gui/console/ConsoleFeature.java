package org.stridescope.app.gui.console;

import javafx.scene.control.Tab;
import org.stridescope.app.gui.WindowMenus;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.model.UserPrefs;

/**
 * The NumPy console in the window: the expression bar (with the operations' buttons), the
 * View ▸ Array menu, and the Console panel that prints each applied expression.
 */
public final class ConsoleFeature {
    private ConsoleFeature() {
    }

    public static void install(MainWindow window, UserPrefs prefs) {
        ExpressionHistory history = new ExpressionHistory(prefs.expressions(), prefs::saveExpressions);
        ExpressionBar bar = new ExpressionBar(window.model(), history);
        ArrayOperations operations = new ArrayOperations(window.model(), bar,
                () -> window.getScene() == null ? null : window.getScene().getWindow());
        bar.addButtons(operations.buttons());
        window.addBar(bar);
        // Ctrl+L, as a browser's address bar: type an expression without reaching for the mouse.
        javafx.scene.control.MenuItem edit = WindowMenus.item("Edit _Expression", "menu-edit-expression", () -> {
            bar.field().requestFocus();
            bar.field().selectAll();
        });
        edit.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.L,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        // The Array submenu stays last: a pointer moving into it must not cross another submenu.
        window.menus().view().getItems().addAll(edit, operations.menu());

        ConsolePane console = new ConsolePane();
        window.model().onExpressionRun(console::add);
        Tab tab = new Tab("Console", console);
        tab.setId("console-tab");
        window.addPanel(tab);
    }
}
