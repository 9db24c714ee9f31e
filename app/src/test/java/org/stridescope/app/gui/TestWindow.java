package org.stridescope.app.gui;

import java.util.HexFormat;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.MainViewModelTest;
import org.stridescope.app.gui.model.UserPrefs;
import org.stridescope.core.buffer.HeapByteSource;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a TestFX stage, as a person meets it, for the tests that click and type. */
public final class TestWindow {
    private TestWindow() {
    }

    /** The seed bytes {@code b'aaabaaacaaadaaae'} read as {@code >i4}, shape (2, 2). */
    public static MainViewModel seedModel() {
        MainViewModel model = new MainViewModel();
        model.load(new HeapByteSource(HexFormat.of().parseHex(MainViewModelTest.SEED_HEX), "seed"));
        model.dtypeTextProperty().set(">i4");
        model.shapeTextProperty().set("2,2");
        return model;
    }

    /** The window on the model, shown at the snapshot size with focus, ready for typing. */
    public static MainWindow show(Stage stage, MainViewModel model) {
        return showAssembled(stage, model).window();
    }

    /** {@link #show}, with the features a test may talk to. */
    public static WindowAssembly showAssembled(Stage stage, MainViewModel model) {
        WindowAssembly assembled = WindowAssembly.build(model, UserPrefs.defaults());
        stage.setScene(StridescopeApp.scene(assembled.window(), 1400, 900));
        stage.sizeToScene(); // the stage is shared by the tests: one that resized it does not carry over
        stage.show();
        stage.requestFocus();
        return assembled;
    }

    /**
     * The node {@code query} finds once it can be clicked: a dialog's fields exist before the
     * dialog is laid out on screen, and a busy machine shows that gap.
     */
    public static javafx.scene.Node whenVisible(org.testfx.api.FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " did not come into sight", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).query();
    }

    /** Asks the FX thread and waits for the answer. */
    public static <T> T onFx(Callable<T> question) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(question));
    }
}
