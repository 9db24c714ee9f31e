package org.stridescope.app.gui.find;

import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.gui.model.MainViewModel;

/**
 * Find, as in a hex editor: Edit > Find… (Ctrl+F) opens the find bar; a search lists its matches
 * in the Found panel and selects the first; Find Next (F3) and Find Previous (Shift+F3) step
 * through them, selecting the bytes in the hex view and, through the model, the elements that
 * read them in the grid. New bytes forget the matches of the old.
 */
public final class FindFeature {
    private final FeatureContext context;
    private final MainViewModel model;
    private final FindBar bar;
    private final FoundList list;
    private final Tab tab = new Tab("Found");
    private FindBar.Results results;
    private int current = -1;
    private boolean tabAdded;

    private FindFeature(FeatureContext context) {
        this.context = context;
        this.model = context.model();
        bar = new FindBar(model, this::found, () -> step(-1), () -> step(1), this::close);
        list = new FoundList(model, this::select);
        tab.setId("found-tab");
        tab.setContent(list);
        bar.setVisible(false);
        bar.setManaged(false);
        context.addBar(bar);
        model.sourceProperty().addListener((o, a, b) -> forget());

        MenuItem find = WindowMenus.item("_Find…", "menu-find", this::open);
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem next = WindowMenus.item("Find _Next", "menu-find-next", () -> step(1));
        next.setAccelerator(new KeyCodeCombination(KeyCode.F3));
        MenuItem previous = WindowMenus.item("Find Pre_vious", "menu-find-previous", () -> step(-1));
        previous.setAccelerator(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN));
        context.menus().edit().getItems().addAll(find, next, previous, new SeparatorMenuItem());
    }

    public static FindFeature install(FeatureContext context) {
        return new FindFeature(context);
    }

    /** Shows the find bar with the text field focused and selected. */
    public void open() {
        bar.setVisible(true);
        bar.setManaged(true);
        bar.focusText();
    }

    private void close() {
        bar.stop();
        bar.setVisible(false);
        bar.setManaged(false);
        context.focusBytes();
    }

    private void found(FindBar.Results r) {
        results = r;
        current = -1;
        list.show(r);
        if (!tabAdded) { // the panel joins the others at the first search
            context.addPanel(tab);
            tabAdded = true;
        }
        if (r.found().kept() > 0) {
            context.showPanel(tab);
            select(0);
        }
    }

    /** Steps {@code delta} matches on, round the end; without matches, opens the bar to search. */
    private void step(int delta) {
        if (results == null || results.found().kept() == 0) {
            open();
            return;
        }
        select(Math.floorMod(current + delta, results.found().kept()));
    }

    private void select(int i) {
        if (model.sourceProperty().get() != results.source()) {
            return;
        }
        current = i;
        long pos = results.found().offset(i);
        model.goToByte(pos);
        int w = results.pattern().width();
        if (w > 1) {
            model.selectByte(pos + w - 1, true);
        }
        bar.showPlace(i, results);
        list.mark(i);
    }

    private void forget() {
        bar.stop();
        results = null;
        current = -1;
        list.show(null);
        bar.say("", false);
    }

    /** The bar's line (how many matches, which one is selected, or what is wrong), for tests. */
    public String countText() {
        return bar.countText();
    }
}
