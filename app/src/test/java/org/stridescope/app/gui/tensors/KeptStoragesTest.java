package org.stridescope.app.gui.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.app.gui.TestWindow;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.OpenedFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A checkpoint whose storages are deflated: a storage is inflated once, then kept while the file is
 * open, so choosing another tensor of it, or going back to a storage seen before, shows at once
 * (no inflating in the background, no progress).
 */
@ExtendWith(ApplicationExtension.class)
class KeptStoragesTest {
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        TestWindow.show(stage, model);
    }

    /** The fixture {@code name} with every member deflated (as views-deflated.pt is made from views.pt). */
    private static Path deflated(String name, Path dir) throws Exception {
        Path out = dir.resolve("deflated-" + name);
        Path in = Path.of(KeptStoragesTest.class.getResource("/tensors/fixtures/" + name).toURI());
        try (ZipFile zin = new ZipFile(in.toFile()); ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(zin.entries())) {
                zout.putNextEntry(new ZipEntry(e.getName())); // deflated
                try (InputStream bytes = zin.getInputStream(e)) {
                    bytes.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
        return out;
    }

    private void open(Path file) {
        onFx(() -> {
            model.load(OpenedFile.open(file, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the list's row named {@code name}, as a person does once it is scrolled into sight. */
    static void choose(FxRobot robot, String name) {
        TensorsPanelTest.scrollTo(robot, name);
        TreeTableRow<?> row = robot.lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getItem() instanceof TensorsPanel.Row item && item.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#tensors-status").queryAs(Label.class).getText();
    }

    private String value(long... index) {
        return onFx(() -> model.array().value(index));
    }

    @Test
    void anotherTensorOfTheShownDeflatedStorageShowsAtOnceFromTheSameInflatedBytes(FxRobot robot, @TempDir Path dir)
            throws Exception {
        open(deflated("views.pt", dir)); // w, wT, cols, rows, tail: all views of one storage of 12 float32
        TensorsPanel panel = robot.lookup("#tensors-panel").queryAs(TensorsPanel.class);
        assertThat(robot.lookup("#shape").queryAs(TextField.class).getText()).as("w").isEqualTo("3,4");
        Object inflated = onFx(() -> model.sourceProperty().get());

        choose(robot, "wT");
        assertThat(panel.lastInflating()).as("nothing inflated in the background").isNull();
        assertThat(robot.lookup("#tensor-open-cancel").tryQuery()).as("no progress shown").isEmpty();
        assertThat(robot.lookup("#shape").queryAs(TextField.class).getText()).isEqualTo("4,3");
        assertThat(value(1, 0)).as("w.T[1, 0] is w[0, 1]").isEqualTo("1.0");
        assertThat(value(3, 2)).isEqualTo("11.0");
        assertThat(onFx(() -> model.sourceProperty().get())).as("the same inflated bytes").isSameAs(inflated);
        assertThat(status(robot)).startsWith("'wT': ");

        choose(robot, "tail"); // w[1:]
        assertThat(panel.lastInflating()).isNull();
        assertThat(value(0, 0)).isEqualTo("4.0");
    }

    @Test
    void goingBackToAStorageInflatedBeforeDoesNotInflateItAgain(FxRobot robot, @TempDir Path dir) throws Exception {
        // dtypes.pt: h (float16), b (int8), c (complex64), bf (bfloat16), l (int64), each its own storage
        open(deflated("dtypes.pt", dir));
        TensorsPanel panel = robot.lookup("#tensors-panel").queryAs(TensorsPanel.class);
        assertThat(value(1)).as("h, opened first").isEqualTo("-1.25");

        choose(robot, "b"); // another storage: inflated once, in the background
        Thread first = panel.lastInflating();
        assertThat(first).as("b's storage is inflated").isNotNull();
        first.join(30_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(value(0)).isEqualTo("-128");
        assertThat(status(robot)).isEqualTo("'b': its storage is compressed in the archive; shown from an inflated copy.");

        choose(robot, "h"); // the storage opened first: kept
        assertThat(panel.lastInflating()).as("not inflated again").isSameAs(first);
        assertThat(value(0)).isEqualTo("0.5");
        assertThat(value(2)).as("NumPy prints float16 65504 so").isEqualTo("65500.0");
        assertThat(status(robot)).isEqualTo("'h': its storage is compressed in the archive; shown from the copy"
                + " inflated before.");

        choose(robot, "b");
        assertThat(panel.lastInflating()).as("nor b's").isSameAs(first);
        assertThat(value(1)).isEqualTo("127");

        choose(robot, "l"); // a storage not seen yet is inflated as before
        assertThat(panel.lastInflating()).isNotSameAs(first);
        panel.lastInflating().join(30_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(value(0)).isEqualTo("1099511627776");
    }
}
