package org.stridescope.app.gui.view;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** A button as the window's bars make them: its text, an id (tests and CSS find it by), a tooltip, its action. */
public final class Buttons {
    private Buttons() {
    }

    public static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
