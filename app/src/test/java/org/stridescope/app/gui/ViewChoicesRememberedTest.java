package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.UserPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view switches and the panel in front, as left in one run, are how the next run starts. */
@ExtendWith(ApplicationExtension.class)
class ViewChoicesRememberedTest {
    private final Preferences node = Preferences.userRoot().node("org/stridescope/test-view-" + ProcessHandle.current().pid());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainViewModel model = TestWindow.seedModel();
        window = WindowAssembly.build(model, UserPrefs.from(node)).window();
        stage.setScene(StridescopeApp.scene(window, 1400, 900));
        stage.show();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void coverageStrideArrowsAndTheExplainTabAreAsLeft(FxRobot robot) {
        assertThat(window.hexView().coverageProperty().get()).as("first run: coverage off").isFalse();
        assertThat(window.hexView().strideArrowsProperty().get()).as("first run: arrows on").isTrue();
        robot.clickOn("#toggle-coverage");
        robot.clickOn("Explain");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.hexView().coverageProperty().get()).isTrue();

        MainWindow next = onFx(() -> WindowAssembly.build(TestWindow.seedModel(), UserPrefs.from(node)).window());
        assertThat(next.hexView().coverageProperty().get()).as("the next run: coverage on").isTrue();
        assertThat(next.hexView().strideArrowsProperty().get()).isTrue();
        assertThat(next.panels().getSelectionModel().getSelectedItem().getId()).isEqualTo("explain-tab");
        // and snapshots and tests, on the defaults, are not affected
        MainWindow plain = onFx(() -> WindowAssembly.build(TestWindow.seedModel(), UserPrefs.defaults()).window());
        assertThat(plain.hexView().coverageProperty().get()).isFalse();
        assertThat(plain.panels().getSelectionModel().getSelectedItem().getId()).isEqualTo("console-tab");
    }

    @Test
    void theDividersAreWhereTheUserLeftThem(FxRobot robot) {
        // the divider between the hex view and the grid, dragged 150 px to the right
        javafx.scene.control.SplitPane views = robot.lookup("#split-views").queryAs(javafx.scene.control.SplitPane.class);
        double before = views.getDividerPositions()[0];
        javafx.scene.Node divider = robot.lookup("#split-views > .split-pane-divider").query();
        robot.drag(divider, javafx.scene.input.MouseButton.PRIMARY).moveBy(150, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double after = views.getDividerPositions()[0];
        assertThat(after).isGreaterThan(before + 0.05);
        onFx(() -> {
            window.saveLayout(UserPrefs.from(node)); // what closing the window does
            return null;
        });
        // the next run: a window on the saved preferences, shown
        double restored = onFx(() -> {
            Stage second = new Stage();
            second.setScene(StridescopeApp.scene(WindowAssembly.build(TestWindow.seedModel(), UserPrefs.from(node)).window(), 1400, 900));
            second.show();
            double at = ((javafx.scene.control.SplitPane) second.getScene().lookup("#split-views")).getDividerPositions()[0];
            second.close();
            return at;
        });
        assertThat(restored).isCloseTo(after, org.assertj.core.data.Offset.offset(1e-6));
    }
}
