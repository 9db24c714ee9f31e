package org.stridescope.app.gui.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.HexFormat;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.app.gui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Learn menu and the Explain panel driven with real clicks. Values are NumPy 1.24's
 * ({@code np.ndarray((2, 2), '>i4', b'aaabaaacaaadaaae')}, its flags and addresses).
 */
@ExtendWith(ApplicationExtension.class)
class LearnMenuTest {
    private MainWindow window;
    private LearnFeature learn;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        model.load(new HeapByteSource(HexFormat.of().parseHex("0000803f"), "one float"));
        model.dtypeTextProperty().set("<f4");
        model.shapeTextProperty().set("1");
        WindowAssembly assembled = TestWindow.showAssembled(stage, model);
        window = assembled.window();
        learn = assembled.learn();
    }


    private ExplainPanel panel() {
        return learn.panel();
    }

    @Test
    void withNothingSelectedTheExplainPanelSaysHowToStartAndASelectedByteExplainsItsReader() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> panel().elementText())).isEqualTo("Element\n" + ExplainPanel.HINT);
        onFx(() -> {
            model.selectByte(2, false);
            return null;
        });
        // np.frombuffer(bytes.fromhex('0000803f'), '<f4'): 1.0 = +1.0 × 2^0, exponent 127, fraction 0
        assertThat(onFx(() -> panel().elementText())).contains("Byte 2 is read by a[0]",
                "offset + i·s0 = 0 + 0·4 = 0", "exponent 01111111 = 127, minus the bias 127: 2^0",
                "decodes to +1.0 × 2^0 = 1.0");
    }

    /** One walk through (robot clicks are slow): the menu, the panel, a click in the grid, the next lesson. */
    @Test
    void aLessonFromTheLearnMenuLoadsItsArrayAndTheExplanationFollowsTheSelection(FxRobot robot) {
        robot.clickOn("#menu-learn");
        robot.clickOn("Sixteen bytes as big-endian int32");
        WaitForAsyncUtils.waitForFxEvents();
        // the grid shows the lesson's array, with its element [1, 1] selected
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {1, 1}))).isEqualTo("1633771877");
        assertThat(onFx(() -> window.lookup("#lesson-title").isVisible())).isTrue();
        assertThat(onFx(() -> panel().lessonBox().titleText())).isEqualTo("Sixteen bytes as big-endian int32");
        assertThat(onFx(() -> panel().lessonBox().tryText())).startsWith("Try this: Click element [1, 1]");
        assertThat(onFx(() -> panel().elementText())).contains("Element a[1, 1]",
                "offset + i·s0 + j·s1 = 0 + 1·8 + 1·4 = 12   →\u00A0bytes\u00A012..15",
                "memory 61 61 61 65", "number 0x61616165 = 1633771877");
        assertThat(onFx(() -> panel().flagsText())).contains("✓ C contiguous", "✗ F contiguous", "✓ aligned",
                "✗ writeable", "✗ overlapping");

        var bounds = onFx(() -> window.gridView().cellBounds(new long[] {0, 1}));
        robot.clickOn(window.gridView().localToScreen(bounds.getCenterX(), bounds.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> panel().elementText())).contains("0 + 0·8 + 1·4 = 4   →\u00A0bytes\u00A04..7",
                "number 0x61616163 = 1633771875");

        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> panel().lessonBox().titleText())).isEqualTo("The same bytes as native int32");
        // np.ndarray((2, 2), 'int32', b'aaabaaacaaadaaae')[0, 0]
        assertThat(onFx(() -> window.gridView().visibleText(new long[] {0, 0}))).isEqualTo("1650549089");
    }

    /** The flags follow layout edits (their nodes are reused when only verdicts and reasons change). */
    @Test
    void theFlagsFollowALayoutEditThatTurnsTheArrayAround() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> panel().flagsText())).contains("✓ C contiguous", "✓ F contiguous");
        onFx(() -> {
            model.load(new HeapByteSource(HexFormat.of().parseHex("0000803f00000040"), "two floats"));
            model.shapeTextProperty().set("2");
            model.offsetTextProperty().set("4");
            model.stridesTextProperty().set("-4");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // np.ndarray((2,), '<f4', buf, 4, (-4,)).flags: neither C nor F contiguous, aligned
        assertThat(onFx(() -> model.array().layout().strides()[0])).isEqualTo(-4L);
        assertThat(onFx(() -> panel().flagsText())).contains("✗ C contiguous", "✗ F contiguous", "✓ aligned")
                .doesNotContain("✓ C contiguous");
    }
}
