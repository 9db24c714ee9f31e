package org.stridescope.app.gui.view;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/** Starts the (headless) JavaFX toolkit once, for tests that build controls without a window. */
public final class FxToolkitStarted implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }
}
