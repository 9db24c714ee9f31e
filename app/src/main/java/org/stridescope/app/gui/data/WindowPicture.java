package org.stridescope.app.gui.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** A PNG of the window: File > Export Picture… and {@code --snapshot OUT.png} write the same picture. */
public final class WindowPicture {
    private WindowPicture() {
    }

    /** A PNG of the whole scene as it is on screen now. */
    public static void writePng(Scene scene, Path out) throws IOException {
        WritableImage image = scene.snapshot(null);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
