package org.stridescope.app.gui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.SecondKey;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.gui.model.GoToTarget;
import org.stridescope.app.gui.model.LayoutHistory;
import org.stridescope.app.gui.model.MainViewModel;

/**
 * The Edit menu's own items: Undo and Redo over the layout ({@link LayoutHistory}) and Go To…
 * ({@link GoToDialog}). Installed first by {@link WindowAssembly}, before the features that add
 * their copy items below.
 */
final class EditFeature {
    private final FeatureContext context;
    private String lastGoTo = "";

    private EditFeature(FeatureContext context) {
        this.context = context;
    }

    static void install(FeatureContext context) {
        EditFeature f = new EditFeature(context);
        f.undoItems(new LayoutHistory(context.model()));
        f.goToItem();
    }

    /**
     * Undo and Redo, named for what they put back ("Undo strides"). Inside a text field Ctrl+Z is
     * the field's own undo; anywhere else it steps back through the layout's states.
     */
    private void undoItems(LayoutHistory history) {
        MenuItem undo = WindowMenus.item("_Undo", "menu-undo", history::undo);
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.disableProperty().bind(history.canUndoProperty().not());
        undo.textProperty().bind(Bindings.concat("_Undo ", history.undoNameProperty()));
        MenuItem redo = WindowMenus.item("_Redo", "menu-redo", history::redo);
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.disableProperty().bind(history.canRedoProperty().not());
        redo.textProperty().bind(Bindings.concat("_Redo ", history.redoNameProperty()));
        // Ctrl+Y redoes too, as on Windows.
        SecondKey.add(redo, new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), context.root());
        context.menus().edit().getItems().addAll(undo, redo, new SeparatorMenuItem());
    }

    /** Go To… (Ctrl+G): a byte offset or an element index, selected and brought into sight. */
    private void goToItem() {
        MenuItem goTo = WindowMenus.item("_Go To…", "menu-go-to", () -> {
            MainViewModel model = context.model();
            GoToDialog d = new GoToDialog(context.owner(), model, lastGoTo);
            d.showAndWait().ifPresent(target -> {
                lastGoTo = d.text();
                if (target instanceof GoToTarget.Byte b) {
                    model.goToByte(b.position());
                    context.focusBytes(); // arrow keys go on from there
                } else if (target instanceof GoToTarget.Element e) {
                    model.goToElement(e.index());
                    context.focusArray();
                }
            });
        });
        goTo.setAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        context.menus().edit().getItems().addAll(goTo, new SeparatorMenuItem());
    }
}
