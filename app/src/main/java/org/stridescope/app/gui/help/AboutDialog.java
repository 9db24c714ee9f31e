package org.stridescope.app.gui.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stridescope.app.base.Version;

/**
 * Help > About Stridescope: what is running (Stridescope, Java and JavaFX versions, for a bug
 * report), the licence, and the README to read. Escape closes it, as every dialog here.
 */
final class AboutDialog extends Dialog<Void> {
    static final String LICENCE = "MIT License. Copyright (c) 2026 The Stridescope developers (see LICENSE).";

    AboutDialog(Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("About Stridescope");
        setHeaderText(Version.text());
        Label what = new Label("Bytes + dtype + shape + strides + offset = array, exactly as NumPy 1.24 builds it.");
        Label runtime = new Label(runtime());
        runtime.setId("about-runtime");
        Label licence = new Label(LICENCE);
        licence.setId("about-licence");
        Hyperlink readme = new Hyperlink("README.md: how to use Stridescope");
        readme.setId("about-readme");
        Optional<Path> found = readme();
        if (found.isPresent()) {
            readme.setOnAction(e -> showReadme(found.get()));
        } else {
            // An installed copy may come without the sources: say where it is instead of a dead link.
            readme.setText("README.md (with the Stridescope sources): how to use Stridescope");
            readme.setDisable(true);
        }
        VBox box = new VBox(8, what, runtime, licence, readme);
        box.setId("about");
        // Each line whole: the dialog grows to the longest instead of eliding it.
        box.getChildren().forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    /** "Java 17.0.9 (Eclipse Adoptium), JavaFX 21.0.1". */
    static String runtime() {
        String fx = System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "unknown"));
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), JavaFX " + fx;
    }

    /** The README next to the program: the jar or classes folder sits in app/target of the sources. */
    static Optional<Path> readme() {
        try {
            Path p = Path.of(AboutDialog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (int up = 0; p != null && up < 4; up++, p = p.getParent()) {
                Path r = p.resolve("README.md");
                if (Files.isRegularFile(r)) {
                    return Optional.of(r);
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no file location (a custom runtime image): no README to show
        }
        return Optional.empty();
    }

    private void showReadme(Path path) {
        TextArea text = new TextArea();
        text.setId("readme-text");
        text.setEditable(false);
        // The README is written in lines of at most 100 characters: shown as written, unwrapped.
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefSize(860, 560);
        try {
            text.setText(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            text.setText("Cannot read " + path + ": " + e.getMessage());
        }
        Dialog<Void> d = new Dialog<>();
        d.initOwner(getDialogPane().getScene().getWindow());
        d.setTitle("README — " + path);
        d.setResizable(true);
        d.getDialogPane().setContent(text);
        d.getDialogPane().setPrefWidth(900);
        d.setOnShown(e -> d.setWidth(Math.max(d.getWidth(), 900))); // some window systems keep the first size
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        d.show();
    }
}
