package org.stridescope.app.gui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.stridescope.app.gui.feature.SecondKey;

/**
 * The keyboard shortcuts, read from the menus' own accelerators: the menus are the one place a
 * shortcut is declared (a second one with {@link SecondKey}), so the sheet can never list one the
 * window does not have, nor miss one.
 */
public final class ShortcutSheet {
    private ShortcutSheet() {
    }

    /** One shortcut: where it is ("Edit"), what it does ("Go To…"), its keys ("Ctrl+G"). */
    public record Row(String menu, String action, String keys) {
    }

    /** Every item with an accelerator in these menus (submenus included), in menu order. */
    public static List<Row> of(List<Menu> menus) {
        List<Row> rows = new ArrayList<>();
        for (Menu m : menus) {
            collect(plain(m), m.getItems(), rows);
        }
        return rows;
    }

    /** The same for a view's context menu, under {@code where} ("Bytes and array"). */
    public static List<Row> of(String where, ContextMenu menu) {
        List<Row> rows = new ArrayList<>();
        if (menu != null) {
            collect(where, menu.getItems(), rows);
        }
        return rows;
    }

    private static void collect(String where, List<MenuItem> items, List<Row> rows) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(where + " > " + plain(sub), sub.getItems(), rows);
            } else if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() != null) {
                rows.add(new Row(where, plain(item), keys(item)));
            }
        }
    }

    /** "Ctrl+Shift+Z", or with a second shortcut "Ctrl+Shift+Z, Ctrl+Y". */
    static String keys(MenuItem item) {
        return item.getAccelerator().getDisplayText()
                + SecondKey.of(item).map(k -> ", " + k.getDisplayText()).orElse("");
    }

    /** The item's text as shown, without the mnemonic's underscore. */
    static String plain(MenuItem item) {
        String t = item.getText() == null ? "" : item.getText();
        int u = t.indexOf('_');
        return item.isMnemonicParsing() && u >= 0 ? t.substring(0, u) + t.substring(u + 1) : t;
    }
}
