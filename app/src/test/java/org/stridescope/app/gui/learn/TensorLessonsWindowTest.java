package org.stridescope.app.gui.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.OpenedFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tensor lesson opens its checkpoint as a file: the Tensors panel lists it and its pickle is tinted. */
@ExtendWith(ApplicationExtension.class)
class TensorLessonsWindowTest {
    private MainWindow window;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        WindowAssembly assembled = TestWindow.showAssembled(stage, model);
        window = assembled.window();
    }

    @Test
    void theTransposeLessonShowsItsCheckpointInTheTensorsPanel(FxRobot robot) {
        robot.clickOn("#menu-learn");
        robot.clickOn("Why .T makes a tensor non-contiguous");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.lookup("#lesson-title").isVisible())).isTrue();

        assertThat(onFx(() -> model.sourceProperty().get())).isInstanceOf(OpenedFile.class);
        assertThat(onFx(() -> model.sourceProperty().get().name())).startsWith("transpose.pt (PyTorch checkpoint, 2 arrays)");
        assertThat(robot.lookup("#tensors-status").queryAs(Label.class).getText()).startsWith("PyTorch checkpoint, 2 arrays.");
        assertThat(robot.lookup("storage 0 (2 tensors share its bytes)").tryQuery()).isPresent();
        assertThat(onFx(() -> model.isFileFormatByte(100))).as("the pickle is tinted").isTrue();
        // the lesson's own layout (wT) and selection, not the file's first tensor
        assertThat(robot.lookup("#strides").queryAs(TextField.class).getText()).isEqualTo("1,3");
        assertThat(onFx(() -> model.array().value(new long[] {0, 1}))).isEqualTo("4");
        assertThat(onFx(() -> model.selectedBytesProperty().get().get(0).start())).isEqualTo(387);
    }
}
