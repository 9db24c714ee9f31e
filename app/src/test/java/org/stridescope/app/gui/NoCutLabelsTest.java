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

    /**
     * Every shown control that lies outside the part of the window its panes show: past the window's
     * edge, or cut by a pane too small for it (content of a scroll pane may scroll, so it is not asked).
     */
    static List<String> cutOff(Parent root) {
        List<String> out = new ArrayList<>();
        javafx.geometry.Bounds window = root.localToScene(root.getLayoutBounds());
        visitShown(root, window, out);
        return out;
    }

    private static void visitShown(Node n, javafx.geometry.Bounds room, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
        if (n instanceof javafx.scene.control.Control && b.getWidth() > 0 && b.getHeight() > 0
                && (b.getMinX() < room.getMinX() - 1 || b.getMaxX() > room.getMaxX() + 1
                || b.getMinY() < room.getMinY() - 1 || b.getMaxY() > room.getMaxY() + 1)) {
            out.add(describe(n) + " at " + (int) b.getMinX() + ".." + (int) b.getMaxX() + " x " + (int) b.getMinY() + ".."
                    + (int) b.getMaxY() + " outside " + (int) room.getMinX() + ".." + (int) room.getMaxX() + " x "
                    + (int) room.getMinY() + ".." + (int) room.getMaxY());
            return; // its own parts are cut with it
        }
        if (n instanceof javafx.scene.control.ScrollPane || n instanceof javafx.scene.control.skin.VirtualFlow<?>
                || n instanceof javafx.scene.control.TextInputControl || n instanceof javafx.scene.control.ComboBoxBase<?>
                || n instanceof javafx.scene.control.Spinner<?>) {
            return; // scrolled content, or a control's own insides
        }
        // A pane that clips (split pane sides, tab contents) bounds what inside it can be seen.
        javafx.geometry.Bounds inner = room;
        if (n.getClip() != null) {
            javafx.geometry.Bounds c = n.localToScene(n.getClip().getBoundsInParent());
            inner = new javafx.geometry.BoundingBox(Math.max(room.getMinX(), c.getMinX()), Math.max(room.getMinY(), c.getMinY()),
                    Math.max(0, Math.min(room.getMaxX(), c.getMaxX()) - Math.max(room.getMinX(), c.getMinX())),
                    Math.max(0, Math.min(room.getMaxY(), c.getMaxY()) - Math.max(room.getMinY(), c.getMinY())));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visitShown(c, inner, out);
            }
        }
    }

    private static String describe(Node n) {
        String what = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName();
        return n instanceof Labeled l && l.getText() != null ? what + " '" + l.getText() + "'" : what;
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"900, 600", "1400, 900", "2560, 1440"})
    void noControlRunsOffTheWindowOrUnderAnotherPane(double width, double height) {
        // With the find bar open too (Edit > Find…).
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> assembled.window().menus().edit().getItems().stream()
                .filter(i -> "menu-find".equals(i.getId())).findFirst().orElseThrow().fire());
        showAt(width, height);
        assertThat(onFx(() -> stage.getScene().lookup("#find-bar").isVisible())).isTrue();
        assertThat(onFx(() -> cutOff(stage.getScene().getRoot()))).as("controls cut off at %sx%s", width, height).isEmpty();
        // A 3-d array adds the plane chooser above the grid; both tabs in front in turn.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.shapeTextProperty().set("2,1,2"));
        for (String tab : List.of("tab-grid", "tab-picture")) {
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                javafx.scene.control.TabPane views = (javafx.scene.control.TabPane) stage.getScene().lookup("#array-views");
                views.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst().ifPresent(t -> views.getSelectionModel().select(t));
            });
            showAt(width, height);
            assertThat(onFx(() -> cutOff(stage.getScene().getRoot()))).as("controls cut off at %sx%s, %s in front", width, height, tab)
                    .isEmpty();
        }
    }

    private void showAt(double width, double height) {
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
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"900, 600", "1400, 900", "2560, 1440"})
    void noLabelIsCutShortAndTheConsoleHasRoom(double width, double height) {
        showAt(width, height);
        assertThat(onFx(() -> stage.getScene().getWidth())).isEqualTo(width);
        assertThat(onFx(() -> cutShort(stage.getScene().getRoot()))).as("labels cut short at %sx%s", width, height).isEmpty();
        Node console = stage.getScene().lookup("#console-text");
        assertThat(onFx(() -> console.getBoundsInLocal().getHeight())).as("the Console has room for lines").isGreaterThan(60);
    }
}
