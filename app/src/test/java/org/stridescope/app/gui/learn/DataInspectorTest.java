package org.stridescope.app.gui.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

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

/**
 * The data inspector in the Explain panel, on the seed b'aaabaaacaaadaaae'. The values are
 * NumPy 1.24's: {@code str(np.frombuffer(seed, '<i4', 1, 8)[0])} and so on.
 */
@ExtendWith(ApplicationExtension.class)
class DataInspectorTest {
    private MainWindow window;
    private LearnFeature learn;

    @Start
    void start(Stage stage) {
        MainViewModel model = TestWindow.seedModel();
        WindowAssembly assembled = TestWindow.showAssembled(stage, model);
        window = assembled.window();
        learn = assembled.learn();
    }

    private void clickByte(FxRobot robot, long pos) {
        var b = onFx(() -> window.hexView().byteBounds(pos));
        robot.clickOn(window.hexView().localToScreen(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theClickedByteIsReadAsEveryTypeInBothByteOrdersAsNumpyPrintsThem(FxRobot robot) {
        robot.clickOn("Explain");
        clickByte(robot, 8);
        ExplainPanel p = learn.panel();
        assertThat(onFx(() -> p.inspected("u1"))).containsExactly("97", "97");
        assertThat(onFx(() -> p.inspected("b1"))).containsExactly("True", "True");
        assertThat(onFx(() -> p.inspected("i4"))).containsExactly("1684103521", "1633771876");
        assertThat(onFx(() -> p.inspected("u8"))).containsExactly("7305227141495480673", "7016996778178339173");
        assertThat(onFx(() -> p.inspected("f2"))).containsExactly("688.5", "688.5");
        assertThat(onFx(() -> p.inspected("f4"))).containsExactly("1.6630137e+22", "2.5984595e+20");
        assertThat(onFx(() -> p.inspected("f8"))).containsExactly("2.2537565184421956e+180", "1.221767062078282e+161");
        assertThat(onFx(() -> window.lookup("#data-inspector").isVisible())).isTrue();

        clickByte(robot, 13); // three bytes left: no room for 4 or 8
        assertThat(onFx(() -> p.inspected("i2"))).containsExactly("24929", "24929");
        assertThat(onFx(() -> p.inspected("i4"))).containsExactly("—", "—");
        assertThat(onFx(() -> p.inspected("f8"))).containsExactly("—", "—");
    }

    @Test
    void aSelectedElementIsReadFromItsFirstByte(FxRobot robot) {
        robot.clickOn("Explain");
        var bounds = onFx(() -> window.gridView().cellBounds(new long[] {1, 1}));
        robot.clickOn(window.gridView().localToScreen(bounds.getCenterX(), bounds.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        // a[1, 1] is bytes 12..15, 61 61 61 65
        assertThat(onFx(() -> learn.panel().inspected("i4"))).containsExactly("1700880737", "1633771877");
    }
}
