package org.stridescope.app.gui.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.core.analysis.RowWidthFinder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The three picture lessons (issue 14) done as a learner would: open from the Learn menu, see the
 * picture's rows in the grid, do what "Try this" says in the form or the expression buttons, and
 * find what the text promises. Values are NumPy's ({@code scripts/lessons/check_lessons.py}).
 */
@ExtendWith(ApplicationExtension.class)
class PictureLessonsTest {
    private MainWindow window;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        WindowAssembly assembled = TestWindow.showAssembled(stage, model);
        window = assembled.window();
    }

    private void open(FxRobot robot, String title) {
        robot.clickOn("#menu-learn");
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.lookup("#lesson-title").isVisible())).isTrue();
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.doubleClickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String cell(long... index) {
        return onFx(() -> window.gridView().visibleText(index));
    }

    private String value(long... index) {
        return onFx(() -> model.array().value(index));
    }

    @Test
    void rowPaddingTheBandGoesWhenTheWidthIsThirtyAndThePitchStaysThirtyTwo(FxRobot robot) throws Exception {
        open(robot, "Row padding: pitch vs width");
        assertThat(value(0, 30)).isEqualTo("255"); // the padding, drawn as part of the picture
        assertThat(value(5, 31)).isEqualTo("255");
        assertThat(cell(1, 0)).isEqualTo("13");
        // the finder agrees: rows start every 32 bytes
        robot.clickOn("#menu-view").clickOn("#menu-find-row-width");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !robot.lookup("#find-row-width-candidates")
                .queryAs(ListView.class).getItems().isEmpty()));
        assertThat(onFx(() -> ((RowWidthFinder.Candidate) robot.lookup("#find-row-width-candidates")
                .queryAs(ListView.class).getItems().get(0)).bytes())).isEqualTo(32);

        type(robot, "#shape", "24,30");
        type(robot, "#strides", "32,1");
        assertThat(onFx(() -> model.errorProperty().get())).isNull();
        assertThat(onFx(() -> model.array().layout().shape())).containsExactly(24, 30);
        assertThat(cell(1, 0)).isEqualTo("13");
        assertThat(value(23, 29)).isEqualTo("195");
        // no element reads the padding bytes 30, 31 of any row
        onFx(() -> {
            model.selectByte(32 + 30, false);
            return null;
        });
        assertThat(onFx(() -> model.selectedReadersProperty().get().count())).isZero();
    }

    @Test
    void aWrongStrideShearsTheBarAndMakesTheRowsOverlap(FxRobot robot) {
        open(robot, "A wrong stride shears the picture");
        for (int row : new int[] {0, 5, 10}) {
            assertThat(cell(row, 3)).as("the bar stands upright in row " + row).isEqualTo("220");
        }
        type(robot, "#strides", "31,1");
        assertThat(onFx(() -> model.array().layout().strides())).containsExactly(31, 1);
        // row r moves r pixels right: the bar leans
        for (int row : new int[] {0, 3, 6}) {
            assertThat(cell(row, 3 + row)).as("the bar in row " + row).isEqualTo("220");
        }
        assertThat(cell(6, 3)).isEqualTo("40");
        assertThat(value(10, 13)).isEqualTo("220");
        assertThat(onFx(() -> panelFlags())).contains("✓ overlapping");
        type(robot, "#strides", "33,1");
        assertThat(onFx(() -> model.errorProperty().get())).as("33 reaches past the 768 bytes").isNotNull();
    }

    @Test
    void aTransposedPictureStandsUprightWithTranspose(FxRobot robot) {
        open(robot, "A transposed picture");
        assertThat(onFx(() -> model.array().layout().shape())).containsExactly(32, 24);
        // the F on its side: its stem along row 2, its top bar down column 2
        assertThat(cell(2, 5)).isEqualTo("230");
        assertThat(cell(8, 2)).isEqualTo("230");
        assertThat(cell(8, 5)).isEqualTo("30");
        robot.clickOn("#button-transpose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.array().layout().strides())).containsExactly(1, 24);
        assertThat(cell(5, 2)).isEqualTo("230"); // the stem now runs down
        assertThat(cell(2, 8)).isEqualTo("230"); // the top bar across
        assertThat(value(2, 27)).isEqualTo("230");
        assertThat(onFx(() -> panelFlags())).contains("✓ F contiguous");
    }

    private String panelFlags() {
        return ((ExplainPanel) window.lookup("#explain-panel")).flagsText();
    }
}
