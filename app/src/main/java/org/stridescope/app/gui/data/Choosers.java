package org.stridescope.app.gui.data;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The questions the window asks before opening or writing a file. The native file choosers
 * block and cannot be driven by tests, so tests put in their own answers.
 */
public interface Choosers {

    /** A file to open, or null when the user cancels. */
    Path fileToOpen(Window owner);

    /**
     * Where to write, or null when the user cancels. {@code extensions} are the formats offered
     * ("npy", "csv"), the first being the default; the answer always ends in one of them.
     */
    Path fileToSave(Window owner, String title, String suggestedName, List<String> extensions);

    /** Which member of an .npz to show, or null when the user cancels; the first is preselected. */
    String member(Window owner, String archive, List<String> members);

    /** The system's file choosers and a choice dialog. */
    Choosers NATIVE = new Choosers() {
        private File folder;

        @Override
        public Path fileToOpen(Window owner) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open bytes (read-only)");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("All files", "*"),
                    new FileChooser.ExtensionFilter("NumPy arrays (.npy, .npz)", "*.npy", "*.npz"));
            remember(chooser);
            File f = chooser.showOpenDialog(owner);
            return done(f);
        }

        @Override
        public Path fileToSave(Window owner, String title, String suggestedName, List<String> extensions) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            for (String ext : extensions) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(describe(ext), "*." + ext));
            }
            chooser.setInitialFileName(suggestedName + "." + extensions.get(0));
            remember(chooser);
            Path p = done(chooser.showSaveDialog(owner));
            if (p == null) {
                return null;
            }
            FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
            String ext = chosen == null ? extensions.get(0) : chosen.getExtensions().get(0).substring(2);
            return withExtension(p, ext, extensions);
        }

        @Override
        public String member(Window owner, String archive, List<String> members) {
            ChoiceDialog<String> d = new ChoiceDialog<>(members.get(0), members);
            if (owner != null) {
                d.initOwner(owner);
            }
            d.setTitle("Open " + archive);
            d.setHeaderText(archive + " holds " + members.size() + " arrays. Which one?");
            d.setContentText("Array:");
            return d.showAndWait().orElse(null);
        }

        private void remember(FileChooser chooser) {
            if (folder != null && folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
        }

        private Path done(File f) {
            if (f == null) {
                return null;
            }
            folder = f.getParentFile();
            return f.toPath();
        }
    };

    /** {@code p} ending in one of {@code extensions}: as typed if it does, else with {@code ext} added. */
    static Path withExtension(Path p, String ext, List<String> extensions) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String e : extensions) {
            if (name.endsWith("." + e)) {
                return p;
            }
        }
        return p.resolveSibling(p.getFileName() + "." + ext);
    }

    private static String describe(String ext) {
        return switch (ext) {
            case "npy" -> "NumPy array (.npy)";
            case "npz" -> "NumPy archive (.npz)";
            case "csv" -> "Values as CSV (.csv)";
            case "bin" -> "Raw bytes in C order (.bin)";
            case "png" -> "PNG picture (.png)";
            default -> ext;
        };
    }
}
