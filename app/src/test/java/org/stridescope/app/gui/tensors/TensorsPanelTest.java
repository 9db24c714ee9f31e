package org.stridescope.app.gui.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.base.LayoutText;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.hex.HexView;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.OpenedFile;
import org.stridescope.core.layout.ByteRange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Tensors panel on a PyTorch checkpoint of views (t2.pt: w, w.T, w[:, ::2], expand, ...), used with the mouse. */
@ExtendWith(ApplicationExtension.class)
class TensorsPanelTest {
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        TestWindow.show(stage, model);
    }

    private static Path sample(String name) throws Exception {
        return Path.of(TensorsPanelTest.class.getResource("/tensors/vectors/" + name).toURI());
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    /** Opens {@code file} as the command line's FILE does. */
    private void open(Path file) {
        onFx(() -> {
            model.load(OpenedFile.open(file, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the list to {@code name}, as a person scrolls to find a row. */
    static void scrollTo(FxRobot robot, String name) {
        @SuppressWarnings("unchecked")
        TreeTableView<TensorsPanel.Row> tree = robot.lookup("#tensors-tree").queryAs(TreeTableView.class);
        onFx(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue().name().equals(name)) {
                    tree.scrollTo(i);
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void choosingATensorReadsItInPlaceAndUndoGoesBack(FxRobot robot) throws Exception {
        open(sample("t2.pt"));
        Object before = onFx(() -> model.sourceProperty().get());
        assertThat(robot.lookup("#tensors-status").queryAs(Label.class).getText()).startsWith("PyTorch checkpoint, 8 arrays.");
        assertThat(robot.lookup("storage 0 (6 tensors share its bytes)").tryQuery()).isPresent();
        assertThat(field(robot, "#shape")).isEqualTo("14");
        assertThat(onFx(() -> model.isFileFormatByte(100))).as("the pickle is tinted").isTrue();
        assertThat(onFx(() -> model.isFileFormatByte(770))).as("storage bytes are data").isFalse();

        scrollTo(robot, "model.layer.wT");
        robot.clickOn("model.layer.wT");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).isEqualTo(LayoutText.commaList(new long[] {3, 5}));
        assertThat(field(robot, "#strides")).isEqualTo(LayoutText.commaList(new long[] {1, 3}));
        assertThat(field(robot, "#offset")).isEqualTo("768");
        // w is [[38, -49, -9], [4, 64, -57], ...]: w.T's first row is w's first column, read from the same bytes
        assertThat(onFx(() -> model.array().value(new long[] {0, 1}))).isEqualTo("4");
        assertThat(onFx(() -> model.sourceProperty().get())).as("the same mapped file, nothing copied").isSameAs(before);

        robot.clickOn("#hex-view");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).isEqualTo("14");
        assertThat(field(robot, "#offset")).isEqualTo("769");
    }

    private static ByteRange bytesOnScreen(FxRobot robot) {
        HexView hex = robot.lookup("#hex-view").queryAs(HexView.class);
        return onFx(() -> hex.visibleBytesProperty().get());
    }

    @Test
    void openingAFileAndChoosingATensorBringItsFirstByteIntoSight(FxRobot robot) throws Exception {
        open(sample("t2.pt"));
        // the first tensor (model.layer.flat) starts at byte 769, past the zip header and pickle
        assertThat(bytesOnScreen(robot).contains(769)).as("%s", bytesOnScreen(robot)).isTrue();
        assertThat(bytesOnScreen(robot).contains(0)).as("the zip header scrolled away").isFalse();
        assertThat(onFx(() -> model.selectedBytesProperty().get())).containsExactly(ByteRange.ofLength(769, 1));

        HexView hex = robot.lookup("#hex-view").queryAs(HexView.class);
        onFx(() -> { // as a click at the top of the coverage strip does
            hex.scrollToByte(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bytesOnScreen(robot).contains(0)).as("back at the top").isTrue();
        scrollTo(robot, "model.extra.0");
        robot.clickOn("model.extra.0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bytesOnScreen(robot).contains(896)).as("%s", bytesOnScreen(robot)).isTrue();
        assertThat(onFx(() -> model.selectedBytesProperty().get())).containsExactly(ByteRange.ofLength(896, 8));
    }

    @Test
    void choosingAStorageSaysWhichBytesEachOfItsTensorsReads(FxRobot robot) throws Exception {
        open(sample("t2.pt"));
        robot.clickOn("storage 0 (6 tensors share its bytes)");
        WaitForAsyncUtils.waitForFxEvents();
        String legend = robot.lookup("#tensors-shared").queryAs(Label.class).getText();
        assertThat(legend).startsWith("Bytes each tensor of storage 0 reads (of the file):")
                .contains("model.layer.wT: bytes 768..782, all 15\n")
                .contains("model.layer.w: bytes 768..782, all 15 (the same bytes as model.layer.wT, in another order)")
                .contains("model.layer.cols: bytes 768..782, 10 of them\n")
                .contains("model.layer.bcast: bytes 768..770, all 3\n");
        assertThat(field(robot, "#shape")).as("choosing a storage keeps the layout").isEqualTo("14");

        scrollTo(robot, "model.extra.1");
        robot.clickOn("model.extra.1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tensors-shared").queryAs(Label.class).getText())
                .contains("   model.extra.0: bytes 896..951, all 56")
                .contains("▶ model.extra.1: bytes 896..951, 24 of them");
        HexView hex = robot.lookup("#hex-view").queryAs(HexView.class);
        // extra.1 is extra.0[::3]: of each 24 bytes it reads the first 8 (896.., 920.., 944..)
        assertThat(onFx(() -> hex.colourOf(920))).as("a byte extra.1 reads is tinted")
                .isNotEqualTo(onFx(() -> hex.colourOf(912)));
    }

    @Test
    void anHdf5FileListsItsDatasetsByPath(FxRobot robot) throws Exception {
        open(sample("h7.h5"));
        TreeTableView<?> tree = robot.lookup("#tensors-tree").queryAs(TreeTableView.class);
        assertThat(onFx(() -> tree.getRoot().getChildren().size())).isEqualTo(4);
        scrollTo(robot, "group/d1");
        robot.clickOn("group/d1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dtype").tryQuery()).isPresent();
        assertThat(onFx(() -> model.array().value(new long[] {0, 0, 1}))).isEqualTo("51");
        assertThat(field(robot, "#offset")).isEqualTo("2108");
    }
}
