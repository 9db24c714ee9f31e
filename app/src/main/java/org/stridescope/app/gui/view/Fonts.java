package org.stridescope.app.gui.view;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The monospace font the canvases draw with, and its cell size. */
public final class Fonts {
    private static final List<String> PREFERRED = List.of(
            "JetBrains Mono", "Cascadia Mono", "Consolas", "Menlo", "SF Mono", "DejaVu Sans Mono",
            "Liberation Mono", "Monospaced");

    public static final Font MONO = pick(13);
    public static final double CHAR_WIDTH = measure("0").getLayoutBounds().getWidth();
    public static final double LINE_HEIGHT = Math.ceil(measure("0Ag").getLayoutBounds().getHeight()) + 5;

    private Fonts() {
    }

    private static Font pick(double size) {
        List<String> families = Font.getFamilies();
        for (String f : PREFERRED) {
            if (families.contains(f)) {
                return Font.font(f, size);
            }
        }
        return Font.font("Monospaced", size);
    }

    private static Text measure(String s) {
        Text t = new Text(s);
        t.setFont(MONO);
        return t;
    }
}
