package org.stridescope.app.gui.view;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;

/**
 * No words cut short ("Stride ar...", "By..."), at any window size: buttons and choosers keep the
 * width their words need, and a label that has not the room for its words shows none of them
 * until it has (it keeps its place, so nothing moves). What such a label says is said elsewhere
 * too: a pane's title in its tab or menu, a legend in the tooltips, the array summary in the
 * form and the Explain tab; a hidden toggle's switch is in the View menu.
 */
public final class WholeWords {
    private WholeWords() {
    }

    /** Checks the whole window after each layout (labels come and go: legends, summaries). */
    public static void keep(Scene scene) {
        scene.addPostLayoutPulseListener(() -> {
            if (scene.getRoot() != null) {
                visit(scene.getRoot());
            }
        });
    }

    private static void visit(Node n) {
        if (n instanceof ButtonBase || n instanceof ChoiceBox || n instanceof ComboBoxBase || n instanceof Spinner) {
            Region r = (Region) n;
            if (r.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
            return; // their insides are sized to them
        }
        if (n instanceof Label l && !l.isWrapText() && !l.visibleProperty().isBound()) {
            boolean hiddenHere = l.getProperties().get(WholeWords.class) != null;
            boolean whole = l.getText() == null || l.getText().isEmpty() || l.getWidth() == 0
                    || l.getWidth() >= Math.ceil(l.prefWidth(-1)) - 0.5;
            if (l.isVisible() && !whole) {
                l.setVisible(false);
                l.getProperties().put(WholeWords.class, Boolean.TRUE);
            } else if (hiddenHere && whole) {
                l.getProperties().remove(WholeWords.class);
                l.setVisible(true);
            }
        }
        if (n instanceof Parent p && n.isVisible()) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c);
            }
        }
    }
}
