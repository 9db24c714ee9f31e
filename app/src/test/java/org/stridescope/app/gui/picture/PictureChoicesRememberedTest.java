package org.stridescope.app.gui.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.StridescopeApp;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.UserPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The colour table and the picture in front, as left in one run, are how the next run starts. */
@ExtendWith(ApplicationExtension.class)
class PictureChoicesRememberedTest {
    private final Preferences node = Preferences.userRoot().node("org/stridescope/test-picture-" + ProcessHandle.current().pid());
    private WindowAssembly assembled;

    @Start
    void start(Stage stage) {
        assembled = WindowAssembly.build(TestWindow.seedModel(), UserPrefs.from(node));
        stage.setScene(StridescopeApp.scene(assembled.window(), 1400, 900));
        stage.show();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theColourTableAndThePictureInFrontAreAsLeft(FxRobot robot) {
        assertThat(onFx(() -> assembled.picture().pane().colormapProperty().get())).as("first run").isEqualTo("gray");
        robot.clickOn("#tab-picture");
        robot.clickOn("#picture-colormap");
        robot.clickOn("inferno");
        WaitForAsyncUtils.waitForFxEvents();

        WindowAssembly next = onFx(() -> WindowAssembly.build(TestWindow.seedModel(), UserPrefs.from(node)));
        assertThat(next.picture().pane().colormapProperty().get()).isEqualTo("inferno");
        assertThat(next.picture().inFront()).as("the picture in front of the grid").isTrue();
        WindowAssembly plain = onFx(() -> WindowAssembly.build(TestWindow.seedModel(), UserPrefs.defaults()));
        assertThat(plain.picture().pane().colormapProperty().get()).as("snapshots and tests: the defaults").isEqualTo("gray");
        assertThat(plain.picture().inFront()).isFalse();
    }

    @Test
    void withThePictureInFrontTheKeyboardStartsOnThePictureNotOnAButton(FxRobot robot) {
        robot.clickOn("#tab-picture");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> assembled.window().focusFrontView());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> assembled.window().getScene().getFocusOwner().getId())).isEqualTo("picture-view");
        robot.clickOn("#tab-grid");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> assembled.window().focusFrontView());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> assembled.window().getScene().getFocusOwner().getId())).isEqualTo("array-grid");
    }
}
