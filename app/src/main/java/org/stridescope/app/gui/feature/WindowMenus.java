package org.stridescope.app.gui.feature;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The window's menu bar. Each feature adds its own items to the menu it belongs in, so the
 * menus read the same way in every build: File, Edit, View, Learn, Help.
 */
public final class WindowMenus {
    private final Menu file = menu("File", "menu-file");
    private final Menu edit = menu("Edit", "menu-edit");
    private final Menu view = menu("View", "menu-view");
    private final Menu learn = menu("Learn", "menu-learn");
    private final Menu help = menu("Help", "menu-help");
    private final MenuBar bar = new MenuBar(file, edit, view, learn, help);

    public WindowMenus() {
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        // A menu with nothing in it yet stays out of the bar.
        for (Menu m : bar.getMenus()) {
            m.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(m.getItems()));
        }
    }

    /** A menu item as the window's features make them: its text (with a mnemonic), an id, its action. */
    public static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Menu menu(String text, String id) {
        Menu m = new Menu("_" + text);
        m.setId(id);
        return m;
    }

    public MenuBar bar() {
        return bar;
    }

    public Menu file() {
        return file;
    }

    public Menu edit() {
        return edit;
    }

    public Menu view() {
        return view;
    }

    public Menu learn() {
        return learn;
    }

    public Menu help() {
        return help;
    }
}
