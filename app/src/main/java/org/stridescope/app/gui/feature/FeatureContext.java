package org.stridescope.app.gui.feature;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.stridescope.app.gui.hex.HexView;
import org.stridescope.app.gui.model.MainViewModel;

/**
 * What a window feature (console, data in and out, learning, the walk, the Edit menu's own items)
 * gets to plug itself in, instead of the whole window: the model, the menus, places for bars and
 * panels, the owner of its dialogs and a few focus helpers. Features are put together in one place
 * ({@code gui.WindowAssembly}) and talk to each other through the model.
 */
public interface FeatureContext {

    /** The window's state: what every feature reads and changes. */
    MainViewModel model();

    /** The menu bar, File to Help: each feature adds its items to the menu they belong in. */
    WindowMenus menus();

    /** Adds a bar under the tool bar (the expression bar, the walk bar). */
    void addBar(javafx.scene.Node bar);

    /** Adds a panel: a tab below the views, which stay alone while there is none. */
    void addPanel(Tab panel);

    /** Brings a panel added with {@link #addPanel} to the front. */
    void showPanel(Tab panel);

    /** What the tool bar's Open… button does (the data feature asks for a file and opens it). */
    void setOnOpen(Runnable action);

    /** The window's content: where key presses and drops arrive; its scene is the window's picture. */
    Parent root();

    /** The window dialogs belong to; null while the content is in no shown window. */
    default Window owner() {
        return root().getScene() == null ? null : root().getScene().getWindow();
    }

    /** The hex view of the bytes (the walk draws on it and switches its arrows and tint). */
    HexView hexView();

    /** Keyboard focus to the bytes, so arrow keys go on from the byte just selected. */
    default void focusBytes() {
        hexView().requestFocus();
    }

    /** Adds an item (made anew for each) to the right-click menu of the bytes and of the array. */
    void addToViewMenus(java.util.function.Supplier<javafx.scene.control.MenuItem> item);

    /** Keyboard focus to the array grid, so arrow keys go on from the element just selected. */
    void focusArray();

    /** Whether keys now go into a text (a field, an editable combo or spinner): single-key shortcuts stay out of its way. */
    default boolean typingInAField() {
        javafx.scene.Node focus = root().getScene() == null ? null : root().getScene().getFocusOwner();
        return focus instanceof javafx.scene.control.TextInputControl
                || focus instanceof javafx.scene.control.ComboBoxBase<?> c && c.isEditable()
                || focus instanceof javafx.scene.control.Spinner<?> s && s.isEditable();
    }

    /** Adds another view of the array as a tab beside the grid's (which is first, "Grid"). */
    void addArrayView(Tab view);

    /** Which 2-D slice of an N-D array the grid shows (its plane chooser sets it): other array views show the same. */
    javafx.beans.property.ObjectProperty<org.stridescope.app.gui.grid.GridPlane> gridPlane();
}
