package org.stridescope.app.gui.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.HexFormat;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.core.buffer.HeapByteSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing {@code bfloat16} into the dtype field of a window showing a model's weights as uint16:
 * the grid shows the values, and Explain shows bfloat16's 1/8/7 bit fields of the clicked one.
 */
@ExtendWith(ApplicationExtension.class)
class MlFloatsWindowTest {
    private MainWindow window;
    private LearnFeature learn;
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new MainViewModel();
        // bfloat16 1.0, 1.2265625, -10.6875, little-endian
        model.load(new HeapByteSource(HexFormat.of().parseHex("803f9d3f2bc1"), "weights"));
        model.dtypeTextProperty().set("<u2");
        model.shapeTextProperty().set("3");
        WindowAssembly assembled = TestWindow.showAssembled(stage, model);
        window = assembled.window();
        learn = assembled.learn();
    }

    @Test
    void typingBfloat16ShowsItsValuesAndTheExplainPanelItsBitFields(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {1}))).isEqualTo("16285");
        onFx(() -> {
            stage.requestFocus();
            return null;
        });
        robot.clickOn(robot.lookup("#dtype").queryAs(ComboBox.class).getEditor())
                .press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("bfloat16")
                .type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {0}))).isEqualTo("1.0");
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {1}))).isEqualTo("1.23");
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {2}))).isEqualTo("-10.7");
        assertThat(onFx(() -> model.arraySummaryProperty().get())).contains("  ·  bfloat16  ·  strides (2,)");

        robot.clickOn("Explain");
        var cell = onFx(() -> window.gridView().cellBounds(new long[] {1}));
        robot.clickOn(window.gridView().localToScreen(cell.getCenterX(), cell.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> learn.panel().elementText())).contains("Element a[1]", "memory 9d 3f",
                "bits 0 01111111 0011101", "exponent 01111111 = 127, minus the bias 127: 2^0",
                "mantissa 1 + 29/2^7 = 1.2265625", "decodes to +1.2265625 × 2^0 = 1.23");

        // the big-endian button reads the same bytes the other way round: 0x9d3f
        robot.clickOn("#order-big");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.dtypeTextProperty().get()).isEqualTo(">bfloat16");
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {1}))).isEqualTo("-2.53e-21");
        assertThat(onFx(() -> learn.panel().elementText())).contains("memory 9d 3f", "bits 1 00111010 0111111");
    }
}
