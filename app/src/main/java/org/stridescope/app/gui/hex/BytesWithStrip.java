package org.stridescope.app.gui.hex;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The hex view with the coverage strip at its right and the strip's legend below. */
public final class BytesWithStrip extends VBox {

    public BytesWithStrip(HexView hex) {
        CoverageStrip strip = new CoverageStrip(hex);
        HBox row = new HBox(2, hex, strip);
        HBox.setHgrow(hex, Priority.ALWAYS);
        VBox.setVgrow(row, Priority.ALWAYS);
        HBox legend = new HBox(10);
        legend.setId("strip-legend");
        legend.setAlignment(Pos.CENTER_RIGHT);
        legend.getStyleClass().addAll("legend", "strip-legend");
        Runnable fill = () -> {
            var p = hex.paletteProperty().get();
            Label title = new Label("Whole buffer (strip at right, click to go there):");
            title.getStyleClass().add("legend-item");
            legend.getChildren().setAll(title);
            for (var k : org.stridescope.core.layout.Coverage.Kind.values()) {
                legend.getChildren().add(HexLegend.swatch(CoverageStrip.colour(p, k), CoverageStrip.colour(p, k), switch (k) {
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
