package org.stridescope.app.gui.hex;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.stridescope.app.gui.view.Palette;

/** What the hex view's colours mean, for the colouring on show (by element, or by coverage). */
public final class HexLegend extends HBox {
    private static final int MAX_FIELDS = 12;
    private final HexView hex;

    public HexLegend(HexView hex) {
        super(10);
        this.hex = hex;
        setId("hex-legend");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("legend");
        hex.paletteProperty().addListener((o, a, b) -> fill());
        hex.coverageProperty().addListener((o, a, b) -> fill());
        hex.model().headerLengthProperty().addListener((o, a, b) -> fill());
        hex.model().sourceProperty().addListener((o, a, b) -> fill()); // a tensor file tints its own bytes
        hex.model().arrayProperty().addListener((o, a, b) -> {
            if (!java.util.Objects.equals(fieldsOf(a), fieldsOf(b))) {
                fill();
            }
        });
        fill();
    }

    /** The field groups of an array's records (null: none), to refill only when they change. */
    private static List<String> fieldsOf(org.stridescope.app.gui.model.ShownArray a) {
        return a == null || a.fields() == null ? null : a.fields().groups();
    }

    private void fill() {
        Palette p = hex.paletteProperty().get();
        List<Node> items = new ArrayList<>();
        if (hex.coverageProperty().get()) {
            // Partly read is the strip's, whose own legend is under the view.
            boolean records = hex.model().array() != null && hex.model().array().fields() != null;
            items.add(swatch(p.coverNever(), p.coverNever(), records ? "never read (padding too)" : "never read"));
            items.add(swatch(p.coverOnce(), p.coverOnce(), "once"));
            items.add(swatch(p.coverSeveral(), p.coverSeveral(), "several"));
        } else if (hex.model().array() != null && hex.model().array().fields() != null) {
            // A record array: each field's colour, the same in every record (a shade darker in odd ones).
            List<String> groups = hex.model().array().fields().groups();
            for (int g = 0; g < Math.min(groups.size(), MAX_FIELDS); g++) {
                items.add(swatch(p.field(g, false), p.field(g, true), groups.get(g)));
            }
            if (groups.size() > MAX_FIELDS) {
                items.add(new Label("+" + (groups.size() - MAX_FIELDS) + " more fields"));
            }
            items.add(swatch(p.gap(), p.gap(), "padding, not read"));
        } else {
            items.add(swatch(p.readEven(), p.readOdd(), "read"));
            items.add(swatch(p.gap(), p.gap(), "not read"));
            items.add(swatch(p.background(), p.background(), "outside"));
        }
        if (hex.model().hasFileFormatBytes()) {
            items.add(swatch(p.fileHeader(), p.fileHeader(), "header"));
        }
        items.add(swatch(p.selection(), p.selection(), "selected"));
        getChildren().setAll(items);
    }

    /** Legend texts on show, in order (for tests). */
    public List<String> texts() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    static Node swatch(Color a, Color b, String text) {
        Rectangle r1 = new Rectangle(7, 12, a);
        Rectangle r2 = new Rectangle(7, 12, b);
        HBox sw = new HBox(r1, r2);
        sw.getStyleClass().add("swatch");
        Label l = new Label(text, sw);
        l.getStyleClass().add("legend-item");
        return l;
    }
}
