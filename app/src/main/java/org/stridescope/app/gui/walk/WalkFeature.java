package org.stridescope.app.gui.walk;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.gui.hex.HexView;

/**
 * Seeing strides move: the walk (bar and Learn menu items), and in the View menu the stride
 * arrows and the coverage tint of the hex view.
 */
public final class WalkFeature {
    private WalkFeature() {
    }

    public static Walker install(FeatureContext context) {
        HexView hex = context.hexView();
        Walker walker = new Walker(context.model());
        context.addBar(new WalkBar(walker, hex));

        CheckMenuItem arrows = new CheckMenuItem("Stride _Arrows");
        arrows.setId("menu-stride-arrows");
        arrows.selectedProperty().bindBidirectional(hex.strideArrowsProperty());
        CheckMenuItem coverage = new CheckMenuItem("_Coverage Tint");
        coverage.setId("menu-coverage");
        coverage.selectedProperty().bindBidirectional(hex.coverageProperty());
        // Right after the theme item: above submenus other features add, so reaching them
        // never passes over these.
        var items = context.menus().view().getItems();
        items.addAll(Math.min(1, items.size()), java.util.List.of(arrows, coverage, new SeparatorMenuItem()));

        context.menus().learn().getItems().addAll(
                item("Walk: _Play/Pause", "menu-walk-play", KeyCode.F8, walker::togglePlay),
                item("Walk: Step _Forward", "menu-walk-forward", KeyCode.F9, walker::stepForward),
                item("Walk: Step _Back", "menu-walk-back", KeyCode.F7, walker::stepBack));
        return walker;
    }

    private static MenuItem item(String text, String id, KeyCode key, Runnable action) {
        MenuItem m = WindowMenus.item(text, id, action);
        m.setAccelerator(new KeyCodeCombination(key));
        return m;
    }
}
