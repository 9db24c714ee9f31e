package org.stridescope.app.gui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help: the shortcut sheet (F1, or ? outside a field) made from the menus, and Getting Started. */
@ExtendWith(ApplicationExtension.class)
class HelpTest {
    private MainViewModel model;
    private WindowAssembly assembled;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        assembled = TestWindow.showAssembled(stage, model);
    }

    private static List<String> sheetLines(FxRobot robot) {
        GridPane sheet = (GridPane) TestWindow.whenVisible(robot, "#shortcut-sheet");
        return onFx(() -> {
            List<String> lines = new ArrayList<>();
            String keys = null;
            for (var n : sheet.getChildren()) {
                Label l = (Label) n;
                if (l.getStyleClass().contains("shortcut-keys")) {
                    keys = l.getText();
                } else if (keys != null) {
                    lines.add(keys + " " + l.getText());
                    keys = null;
                } else {
                    lines.add(l.getText());
                }
            }
            return lines;
        });
    }

    @Test
    void questionMarkOutsideAFieldShowsTheShortcutsOfEveryMenu(FxRobot robot) {
        robot.clickOn("#hex-view");
        robot.write("?");
        List<String> lines = sheetLines(robot);
        assertThat(lines).contains("File", "Ctrl+O Open…", "Ctrl+V Paste Bytes…", "Edit", "Ctrl+G Go To…",
                "Ctrl+F Find…", "F3 Find Next", "Shift+F3 Find Previous", "F8 Walk: Play/Pause", "F1 Keyboard Shortcuts",
                "Ctrl+C Copy");
        // Each shortcut the menus declare is on the sheet, once.
        List<String> declared = new ArrayList<>();
        onFx(() -> {
            for (Menu m : assembled.window().menus().bar().getMenus()) {
                for (MenuItem i : m.getItems()) {
                    if (i.getAccelerator() != null) {
                        declared.add(i.getAccelerator().getDisplayText());
                    }
                }
            }
            return null;
        });
        for (String keys : declared) {
            assertThat(lines.stream().filter(l -> l.startsWith(keys + " ") || l.startsWith(keys + ", ")).count()).as(keys).isEqualTo(1);
        }
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void questionMarkInAFieldIsJustTyped(FxRobot robot) {
        robot.clickOn("#expr");
        robot.write("a?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup("#expr").queryAs(TextField.class).getText())).isEqualTo("a?");
        assertThat(robot.lookup("#shortcut-sheet").tryQuery()).isEmpty();
    }

    @Test
    void gettingStartedOpensTheFirstLesson(FxRobot robot) {
        robot.clickOn("#menu-help");
        robot.clickOn(TestWindow.whenVisible(robot, "#menu-getting-started"));
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow w = assembled.window();
        assertThat(onFx(() -> w.lookup("#lesson-title").isVisible())).isTrue();
        String firstInLearnMenu = onFx(() -> w.menus().learn().getItems().get(0).getText());
        assertThat(onFx(() -> ((Label) w.lookup("#lesson-title")).getText())).isEqualTo(firstInLearnMenu);
    }
}
