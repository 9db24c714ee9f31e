package org.stridescope.app.gui.tensors;

import javafx.scene.control.Tab;
import org.stridescope.app.gui.feature.FeatureContext;

/**
 * The Tensors panel: opening a PyTorch checkpoint, safetensors or HDF5 file (File > Open, the
 * command line's FILE) lists its arrays, and choosing one shows it, read in place from the file.
 */
public final class TensorsFeature {
    private TensorsFeature() {
    }

    public static void install(FeatureContext context) {
        TensorsPanel panel = new TensorsPanel(context.model());
        Tab tab = new Tab("Tensors", panel);
        tab.setId("tensors-tab");
        context.addPanel(tab);
        context.model().sourceProperty().addListener((o, a, b) -> {
            if (panel.show(b)) {
                context.showPanel(tab); // a file of tensors: the list is what to look at next
            }
        });
        panel.show(context.model().sourceProperty().get());
    }
}
