package org.stridescope.app.gui.hex;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The hex view with the coverage strip at its right and the strip's legend below. */
public final class BytesWithStrip extends VBox {
    /** The width besides the hex view itself: the strip and the gap before it, and the pane's edges. */
    public static final double CHROME = CoverageStrip.WIDTH + 2 + 4;

    public BytesWithStrip(HexView hex) {
        CoverageStrip strip = new CoverageStrip(hex);
        HBox row = new HBox(2, hex, strip);
        HBox.setHgrow(hex, Priority.ALWAYS);
        VBox.setVgrow(row, Priority.ALWAYS);
        // Right-aligned swatches; the explaining title gives way in a narrow pane.
        org.stridescope.app.gui.view.OverflowBar legend = new org.stridescope.app.gui.view.OverflowBar(10);
        legend.setId("strip-legend");
        legend.getStyleClass().addAll("legend", "strip-legend");
        Runnable fill = () -> {
            var p = hex.paletteProperty().get();
            Label title = new Label("Whole buffer (strip at right, click to go there):");
            title.getStyleClass().add("legend-item");
            legend.clear();
            Region push = new Region();
            HBox.setHgrow(push, Priority.ALWAYS);
            legend.add(org.stridescope.app.gui.view.OverflowBar.Fit.STAYS, push);
            legend.add(org.stridescope.app.gui.view.OverflowBar.Fit.HIDES, title);
            for (var k : org.stridescope.core.layout.Coverage.Kind.values()) {
                legend.add(org.stridescope.app.gui.view.OverflowBar.Fit.STAYS, HexLegend.swatch(CoverageStrip.colour(p, k), CoverageStrip.colour(p, k), switch (k) {
                    case NEVER -> "never read";
                    case PARTLY -> "partly";
                    case ONCE -> "once";
                    case SEVERAL -> "by several";
                }));
            }
        };
        hex.paletteProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        getChildren().addAll(row, legend);
    }
}
