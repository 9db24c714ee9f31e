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
        // A new tensor file gets its layout just after its bytes: its first tensor is revealed then.
        boolean[] revealNext = {false};
        context.model().sourceProperty().addListener((o, a, b) -> {
            revealNext[0] = panel.show(b);
            if (revealNext[0]) {
                context.showPanel(tab); // a file of tensors: the list is what to look at next
            }
        });
        context.model().arrayProperty().addListener((o, a, b) -> {
            if (revealNext[0] && b != null) {
                revealNext[0] = false;
                panel.showFirstElement();
            }
        });
        if (panel.show(context.model().sourceProperty().get())) {
            panel.showFirstElement();
        }
    }
}
