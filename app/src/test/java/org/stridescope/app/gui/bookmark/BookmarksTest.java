package org.stridescope.app.gui.bookmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.MainViewModelTest;
import org.stridescope.app.gui.model.Selection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Bookmarks named, listed, gone back to, renamed, deleted, and kept with their file. */
@ExtendWith(ApplicationExtension.class)
class BookmarksTest {
    @TempDir
    static Path dir;
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        window = TestWindow.show(stage, model);
    }

    private void open(Path file) {
        onFx(() -> {
            model.open(file);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickByte(FxRobot robot, long pos) {
        var b = onFx(() -> window.hexView().byteBounds(pos));
        robot.clickOn(window.hexView().localToScreen(b.getCenterX(), b.getCenterY()));
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    private void nameIt(FxRobot robot, String name) {
        robot.clickOn(TestWindow.whenVisible(robot, "#bookmark-name"));
        if (name != null) {
            robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(name);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<String> listed(FxRobot robot) {
        ListView<Object> list = robot.lookup("#bookmark-list").queryAs(ListView.class);
        return onFx(() -> list.getItems().stream().map(Object::toString).toList());
    }

    @Test
    void aNamedRangeAndElementAreListedGoneBackToRenamedDeletedAndKeptWithTheirFile(FxRobot robot) throws Exception {
        Path a = Files.write(dir.resolve("a.bin"), HexFormat.of().parseHex(MainViewModelTest.SEED_HEX));
        Path b = Files.write(dir.resolve("b.bin"), new byte[8]);
        open(a);
        onFx(() -> { // raw bytes open as frombuffer would (1-D); the seed's 2 x 2 gives a 2-D element to name
            model.shapeTextProperty().set("2,2");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickByte(robot, 8);
        robot.press(KeyCode.SHIFT);
        clickByte(robot, 11);
        robot.release(KeyCode.SHIFT);
        ctrl(robot, KeyCode.D);
        nameIt(robot, "magic");
        var cell = onFx(() -> window.gridView().cellBounds(new long[] {1, 1}));
        robot.clickOn(window.gridView().localToScreen(cell.getCenterX(), cell.getCenterY()));
        ctrl(robot, KeyCode.D);
        nameIt(robot, null); // the name offered: where it is
        assertThat(listed(robot)).containsExactly("magic  —  bytes 8..11", "element [1, 1]  —  element [1, 1]");

        clickByte(robot, 0);
        robot.doubleClickOn("magic  —  bytes 8..11");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(model::selection)).isEqualTo(new Selection.Bytes(8, 11));

        robot.clickOn("element [1, 1]  —  element [1, 1]").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Selection.Elements) onFx(model::selection)).lead()).containsExactly(1, 1);

        ListView<?> list = robot.lookup("#bookmark-list").queryAs(ListView.class);
        onFx(() -> { // the second bookmark chosen, the list holding the keys
            list.getSelectionModel().select(1);
            list.requestFocus();
            return null;
        });
        robot.type(KeyCode.F2);
        nameIt(robot, "last one");
        assertThat(listed(robot)).containsExactly("magic  —  bytes 8..11", "last one  —  element [1, 1]");
        robot.clickOn("last one  —  element [1, 1]").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).containsExactly("magic  —  bytes 8..11");

        open(b);
        assertThat(listed(robot)).isEmpty();
        open(a);
        assertThat(listed(robot)).containsExactly("magic  —  bytes 8..11");
    }
}
