package org.stridescope.app.gui.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 * A checkpoint whose storages are deflated (dtypes.pt: h, b, c, bf, l, each its own storage),
 * b's storage grown so inflating takes a while: choosing b inflates it in the background.
 */
@ExtendWith(ApplicationExtension.class)
class CompressedStorageTest {
    /** Zeros after b's 3 bytes: 512 MiB inflate for long enough to press Cancel. */
    private static final int EXTRA_MIB = 512;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindow.seedModel();
        TestWindow.show(stage, model);
    }

    /** dtypes.pt, every member deflated, with {@code EXTRA_MIB} of zeros after b's storage bytes (no tensor reads them). */
    private static Path bigCheckpoint(Path dir) throws Exception {
        Path out = dir.resolve("big-deflated.pt");
        Path in = Path.of(CompressedStorageTest.class.getResource("/tensors/fixtures/dtypes.pt").toURI());
        try (ZipFile zin = new ZipFile(in.toFile()); ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(zin.entries())) {
                zout.putNextEntry(new ZipEntry(e.getName())); // deflated
                try (InputStream bytes = zin.getInputStream(e)) {
                    bytes.transferTo(zout);
                }
                if (e.getName().endsWith("/data/1")) {
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
        assertThat(onFx(() -> model.dtypeTextProperty().get())).as("h, the first tensor").isEqualTo("<f2");
        Object before = onFx(() -> model.sourceProperty().get());
        TensorsPanel panel = robot.lookup("#tensors-panel").queryAs(TensorsPanel.class);

        KeptStoragesTest.choose(robot, "b");
        robot.clickOn(TestWindow.whenVisible(robot, "#tensor-open-cancel"));
        panel.lastInflating().join(60_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.sourceProperty().get())).as("still the tensor shown before").isSameAs(before);
        assertThat(onFx(() -> model.dtypeTextProperty().get())).isEqualTo("<f2");
        assertThat(onFx(() -> model.array().value(new long[] {1}))).isEqualTo("-1.25");
        assertThat(robot.lookup("#tensors-status").queryAs(Label.class).getText())
                .isEqualTo("Opening 'b' was cancelled; still showing 'h'.");

        KeptStoragesTest.choose(robot, "b");
        panel.lastInflating().join(60_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.dtypeTextProperty().get())).isEqualTo("|i1");
        assertThat(onFx(() -> model.array().value(new long[] {0}))).isEqualTo("-128");
    }
}
