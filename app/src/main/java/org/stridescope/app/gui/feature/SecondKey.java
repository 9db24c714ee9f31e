package org.stridescope.app.gui.feature;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * A menu item's second shortcut (Redo on Ctrl+Y as well as Ctrl+Shift+Z). A menu shows one
 * accelerator only, so the second is kept on the item itself: the key works through it and the
 * shortcut sheet reads it from there, so the two cannot disagree.
 */
public final class SecondKey {
    private static final String KEY = "stridescope.second-key";

    private SecondKey() {
    }

    /** Makes {@code keys} do what {@code item} does, in the window {@code inWindow} is in. */
    public static void add(MenuItem item, KeyCombination keys, Node inWindow) {
        item.getProperties().put(KEY, keys);
        inWindow.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(keys, () -> {
                    if (!item.isDisable()) {
                        item.fire();
                    }
                });
            }
        });
    }

    /** The item's second shortcut, if it has one. */
    public static Optional<KeyCombination> of(MenuItem item) {
        return item.getProperties().get(KEY) instanceof KeyCombination k ? Optional.of(k) : Optional.empty();
    }
}
