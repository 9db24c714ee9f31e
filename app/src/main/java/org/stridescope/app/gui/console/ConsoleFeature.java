package org.stridescope.app.gui.console;

import javafx.scene.control.Tab;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.gui.model.UserPrefs;

/**
 * The NumPy console in the window: the expression bar (with the operations' buttons), the
 * View ▸ Array menu, and the Console panel that prints each applied expression.
 */
public final class ConsoleFeature {
    private ConsoleFeature() {
    }

    public static void install(FeatureContext context, UserPrefs prefs) {
        ExpressionHistory history = new ExpressionHistory(prefs.expressions(), prefs::saveExpressions);
        ExpressionBar bar = new ExpressionBar(context.model(), history);
        ArrayOperations operations = new ArrayOperations(context.model(), bar,
                context::owner);
        bar.addButtons(operations.buttons());
        context.addBar(bar);
        // Ctrl+L, as a browser's address bar: type an expression without reaching for the mouse.
        javafx.scene.control.MenuItem edit = WindowMenus.item("Edit _Expression", "menu-edit-expression", () -> {
            bar.field().requestFocus();
            bar.field().selectAll();
        });
        edit.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.L,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        // The Array submenu stays last: a pointer moving into it must not cross another submenu.
        context.menus().view().getItems().addAll(edit, operations.menu());

        ConsolePane console = new ConsolePane();
        context.model().onExpressionRun(console::add);
        Tab tab = new Tab("Console", console);
        tab.setId("console-tab");
        context.addPanel(tab);
    }
}
