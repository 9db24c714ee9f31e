package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stridescope.app.gui.model.MainViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 item 13: at a small laptop's 900x600, the snapshot's 1400x900 and a large screen's
 * 2560x1440, with Coverage on, no labelled control shows its words cut short ("By...", "Stride ar...")
 * and the Console keeps room to read.
 */
@ExtendWith(ApplicationExtension.class)
class NoCutLabelsTest {
    private Stage stage;
    private MainViewModel model;
    private WindowAssembly assembled;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindow.seedModel();
        assembled = TestWindow.showAssembled(stage, model);
    }

    /** Every shown Labeled whose text on screen is not its whole text. */
    static List<String> cutShort(Parent root) {
        List<String> cut = new ArrayList<>();
        visit(root, cut);
        return cut;
    }

    private static void visit(Node n, List<String> cut) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            // "_File" shows as "File": the underscore marks the Alt key, it is no part of the words
            String words = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?!_)", "").replace("__", "_") : l.getText();
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && c.isVisible() && !t.getText().equals(words)) {
                    cut.add((l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + " '" + l.getText()
                            + "' shows '" + t.getText() + "'");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c, cut);
            }
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"900, 600", "1400, 900", "2560, 1440"})
    void noLabelIsCutShortAndTheConsoleHasRoom(double width, double height) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setWidth(width);
            stage.setHeight(height);
            assembled.window().hexView().coverageProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> stage.getScene().getWidth())).isEqualTo(width);
        assertThat(onFx(() -> cutShort(stage.getScene().getRoot()))).as("labels cut short at %sx%s", width, height).isEmpty();
        Node console = stage.getScene().lookup("#console-text");
        assertThat(onFx(() -> console.getBoundsInLocal().getHeight())).as("the Console has room for lines").isGreaterThan(60);
    }
}
