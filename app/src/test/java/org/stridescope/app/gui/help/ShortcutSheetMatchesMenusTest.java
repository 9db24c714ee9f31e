package org.stridescope.app.gui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.feature.SecondKey;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shortcut sheet lists exactly the shortcuts of every item of the menu bar, submenus included, each once. */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetMatchesMenusTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, TestWindow.seedModel());
    }

    /** "keys action" for every shortcut the sheet shows. */
    private static List<String> sheet(FxRobot robot) {
        GridPane grid = (GridPane) TestWindow.whenVisible(robot, "#shortcut-sheet");
        return onFx(() -> {
            List<String> rows = new ArrayList<>();
            String keys = null;
            for (var n : grid.getChildren()) {
                Label l = (Label) n;
                if (l.getStyleClass().contains("shortcut-keys")) {
                    keys = l.getText();
                } else if (keys != null) {
                    rows.add(keys + " " + l.getText().strip());
                    keys = null;
                }
            }
            return rows;
        });
    }

    private static void declared(List<MenuItem> items, List<String> into) {
        for (MenuItem i : items) {
            if (i instanceof Menu m) {
                declared(m.getItems(), into);
            } else if (i.getAccelerator() != null) {
                String keys = i.getAccelerator().getDisplayText();
                keys += SecondKey.of(i).map(k -> ", " + k.getDisplayText()).orElse("");
                into.add(keys + " " + i.getText().replaceFirst("_", "").strip());
            }
        }
    }

    @Test
    void theSheetListsExactlyTheShortcutsTheMenusDeclare(FxRobot robot) {
        List<String> menus = new ArrayList<>();
        onFx(() -> {
            for (Menu m : window.menus().bar().getMenus()) {
                declared(m.getItems(), menus);
            }
            return null;
        });
        robot.clickOn("#hex-view");
        robot.type(KeyCode.F1);
        List<String> sheet = sheet(robot);
        assertThat(sheet).containsExactlyInAnyOrderElementsOf(menus);
        // What used to be known only to key handlers is in the menus, so on the sheet.
        assertThat(sheet).contains("Ctrl+C Copy", "F7 Walk: Step Back", "F8 Walk: Play/Pause", "F9 Walk: Step Forward");
        assertThat(sheet).anyMatch(r -> r.startsWith("Ctrl+Shift+Z, Ctrl+Y Redo"));
        robot.type(KeyCode.ESCAPE);
    }
}
