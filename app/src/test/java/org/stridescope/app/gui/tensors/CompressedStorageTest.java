package org.stridescope.app.gui.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * A checkpoint whose storage is deflated (views-deflated.pt: w, wT, cols, ... of one storage),
 * its storage grown so inflating takes a while: choosing a tensor inflates it in the background.
 */
@ExtendWith(ApplicationExtension.class)
class CompressedStorageTest {
    /** Zeros after the storage's 48 bytes: 512 MiB inflate for long enough to press Cancel. */
    private static final int EXTRA_MIB = 512;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        TestWindow.show(stage, model);
    }

    /** views-deflated.pt with {@code EXTRA_MIB} of zeros after its storage's bytes (no tensor reads them). */
    private static Path bigCheckpoint(Path dir) throws Exception {
        Path out = dir.resolve("big-deflated.pt");
        try (InputStream in = CompressedStorageTest.class.getResourceAsStream("/tensors/fixtures/views-deflated.pt");
             ZipInputStream zin = new ZipInputStream(in);
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                zout.putNextEntry(new ZipEntry(e.getName())); // deflated
                zout.write(zin.readAllBytes());
                if (e.getName().endsWith("/data/0")) {
                    writeZeros(zout, EXTRA_MIB);
                }
                zout.closeEntry();
            }
        }
        return out;
    }

    private static void writeZeros(OutputStream out, int mib) throws IOException {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < mib; i++) {
            out.write(zeros);
        }
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void aCompressedStorageInflatesInTheBackgroundAndCancelKeepsTheTensorShown(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = bigCheckpoint(dir);
        onFx(() -> {
            model.load(OpenedFile.open(file, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).as("w, the first tensor").isEqualTo("3,4");
        Object before = onFx(() -> model.sourceProperty().get());
        TensorsPanel panel = robot.lookup("#tensors-panel").queryAs(TensorsPanel.class);

        TensorsPanelTest.scrollTo(robot, "wT");
        robot.clickOn("wT");
        robot.clickOn(TestWindow.whenVisible(robot, "#tensor-open-cancel"));
        panel.lastInflating().join(60_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.sourceProperty().get())).as("still the tensor shown before").isSameAs(before);
        assertThat(field(robot, "#shape")).isEqualTo("3,4");
        assertThat(onFx(() -> model.array().value(new long[] {1, 0}))).isEqualTo("4.0");
        assertThat(robot.lookup("#tensors-status").queryAs(Label.class).getText())
                .isEqualTo("Opening 'wT' was cancelled; still showing 'w'.");

        TensorsPanelTest.scrollTo(robot, "wT");
        robot.clickOn("wT");
        panel.lastInflating().join(60_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#shape")).isEqualTo("4,3");
        assertThat(onFx(() -> model.array().value(new long[] {1, 0}))).as("w's column, read from the same bytes").isEqualTo("1.0");
    }
}
