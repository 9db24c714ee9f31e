package org.stridescope.app.gui.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.OpenedFile;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.model.UserPrefs;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.io.FileKind;
import org.stridescope.core.io.NpzFile;

/**
 * Data in and out of the window: File > Open…, Open Recent, drag and drop, paste (Ctrl+V and
 * the paste dialogs), Export View…, Export Window as Picture…, and Edit > Copy (also the views' right-click
 * Copy), Copy Values, Copy Bytes as Hex, Copy as NumPy Code.
 */
public final class DataFeature {
    private final FeatureContext context;
    private final MainViewModel model;
    private final UserPrefs prefs;
    private final Menu recent = new Menu("Open _Recent");
    private final ExportRunner exports = new ExportRunner();
    private final BackgroundWork opening = new BackgroundWork();
    /**
     * Members from this size on open off the FX thread: a compressed one is inflated (a few hundred
     * MB a second), a stored one has its CRC-32 read through (a few GB a second).
     */
    static long INFLATE_IN_BACKGROUND = 32L << 20;
    private Choosers choosers = Choosers.NATIVE;

    private DataFeature(FeatureContext context, UserPrefs prefs) {
        this.context = context;
        this.model = context.model();
        this.prefs = prefs;
    }

    /** Adds the menus, Ctrl+V and drag and drop to the window of {@code context}; recent files go to {@code prefs}. */
    public static DataFeature install(FeatureContext context, UserPrefs prefs) {
        DataFeature f = new DataFeature(context, prefs);
        f.fileMenu();
        f.editMenu();
        f.pasteWithShortcut();
        f.openDroppedFiles();
        context.setOnOpen(f::openChosenFile);
        // However a file got opened (menu, drop, command line), it is the most recent one.
        f.model.sourceProperty().addListener((o, a, b) -> {
            if (b instanceof OpenedFile opened) {
                prefs.addRecentFile(opened.path());
            }
        });
        if (f.model.sourceProperty().get() instanceof OpenedFile opened) {
            prefs.addRecentFile(opened.path());
        }
        return f;
    }

    /** Puts in other answers to "which file?" (tests: the native choosers block). */
    public void setChoosers(Choosers choosers) {
        this.choosers = choosers;
    }

    ExportRunner exports() {
        return exports;
    }

    /** The thread that opened the last big compressed member (tests wait for it). */
    Thread lastOpening() {
        return opening.lastWorker();
    }

    private Window owner() {
        return context.owner();
    }

    // ---- menus ---------------------------------------------------------------------------------

    private void fileMenu() {
        MenuItem open = WindowMenus.item("_Open…", "menu-open", this::openChosenFile);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem openRaw = WindowMenus.item("Open as Ra_w Bytes…", "menu-open-raw", this::openChosenFileRaw);
        recent.setId("menu-open-recent");
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem pasteBytes = WindowMenus.item("_Paste Bytes…", "menu-paste-bytes", () -> pasteBytesDialog(""));
        // Shown for the key the window's own handler takes (pasteWithShortcut), which pastes at once.
        pasteBytes.setAccelerator(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        MenuItem pasteCode = WindowMenus.item("Paste _NumPy Code…", "menu-paste-code", () -> pasteCodeDialog(""));
        MenuItem exportView = WindowMenus.item("_Export View…", "menu-export-view", this::exportView);
        exportView.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportView.disableProperty().bind(noValidArray());
        MenuItem exportPicture = WindowMenus.item("Export _Window as Picture…", "menu-export-picture", this::exportPicture);
        context.menus().file().getItems().addAll(0, List.of(open, openRaw, recent, new SeparatorMenuItem(), pasteBytes, pasteCode,
                new SeparatorMenuItem(), exportView, exportPicture));
    }

    private void editMenu() {
        MenuItem copy = copyItem();
        copy.setId("menu-copy");
        context.addToViewMenus(() -> {
            MenuItem inView = copyItem();
            inView.setId("view-copy");
            return inView;
        });
        MenuItem values = WindowMenus.item("Copy _Values", "menu-copy-values", () -> copy(model.copyText()));
        values.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        values.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !(model.selection() instanceof Selection.Elements), model.selectionProperty()));
        MenuItem hex = WindowMenus.item("Copy Bytes as _Hex", "menu-copy-hex", () -> copy(Copying.hex(model)));
        hex.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        hex.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selection() instanceof Selection.Nothing, model.selectionProperty()));
        MenuItem code = WindowMenus.item("Copy as _NumPy Code", "menu-copy-numpy", this::copyNumpyCode);
        code.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        code.disableProperty().bind(noValidArray());
        context.menus().edit().getItems().addAll(copy, values, hex, code);
    }

    /**
     * Copy (Ctrl+C), in the Edit menu and the views' right-click menus: the selected values, or the
     * selected bytes as hex. Inside a text field Ctrl+C is the field's own copy.
     */
    private MenuItem copyItem() {
        MenuItem copy = new MenuItem("_Copy");
        copy.setOnAction(e -> copy(model.copyText()));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selection() instanceof Selection.Nothing, model.selectionProperty()));
        return copy;
    }

    private BooleanBinding noValidArray() {
        return Bindings.createBooleanBinding(() -> model.array() == null || model.errorProperty().get() != null,
                model.arrayProperty(), model.errorProperty());
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : prefs.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> open(p));
            recent.getItems().add(m);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().addAll(new SeparatorMenuItem(), WindowMenus.item("Clear Recent Files", "menu-clear-recent", () -> {
                prefs.forgetRecentFile(null);
                fillRecent();
            }));
        }
    }

    // ---- opening -------------------------------------------------------------------------------

    private void openChosenFile() {
        Path p = choosers.fileToOpen(owner());
        if (p != null) {
            open(p);
        }
    }

    /**
     * Opens a file read-only: raw bytes, a .npy (its header fills the form), or an .npz, asking
     * which member when it holds several. A big member is inflated (or, stored, its CRC-32 read)
     * in the background, with progress and Cancel. A failure is said under the bytes, with "Open as raw bytes".
     */
    public void open(Path path) {
        String member = null;
        NpzFile.Member info;
        boolean checkpoint;
        try {
            List<NpzFile.Member> members = DataFile.npzMembers(path);
            if (members.size() > 1) {
                member = choosers.member(owner(), path.getFileName().toString(),
                        members.stream().map(NpzFile.Member::key).toList());
                if (member == null) {
                    return;
                }
            }
            String chosen = member;
            info = members.stream().filter(m -> m.key().equals(chosen)).findFirst()
                    .orElse(members.isEmpty() ? null : members.get(0));
            checkpoint = members.isEmpty() && DataFile.isCheckpoint(path);
        } catch (StridescopeError e) {
            cannotOpen(path, e);
            return;
        }
        if (info != null && info.size() >= INFLATE_IN_BACKGROUND) {
            openInBackground(path, member, (info.compressed() ? "Inflating " : "Checking the CRC-32 of ") + info.name()
                    + " from " + path.getFileName());
            return;
        }
        if (checkpoint) { // its first tensor's storage may be deflated, of any size
            openInBackground(path, null, "Opening " + path.getFileName());
            return;
        }
        try {
            show(OpenedFile.open(path, member));
        } catch (StridescopeError e) {
            cannotOpen(path, e);
        }
    }

    /** Opens {@code member} of {@code path} off the FX thread, with progress and Cancel (which changes nothing). */
    private void openInBackground(Path path, String member, String header) {
        opening.start(owner(), "open", "Opening", header, "bytes", monitor -> {
            OpenedFile f = OpenedFile.open(path, member, monitor);
            if (monitor.cancelled()) { // cancelled just as it finished: nobody will show it
                f.close();
                throw new java.util.concurrent.CancellationException();
            }
            return f;
        }, this::show, failure -> cannotOpen(path, ErrorDialogs.asError(failure,
                "Opening stopped on a problem of Stridescope's own; nothing was changed.")));
    }

    /** Shows an opened file (the model owns it from here, and closes it if its header does not fit it). */
    private void show(OpenedFile file) {
        try {
            model.load(file);
        } catch (StridescopeError e) {
            cannotOpen(file.path(), e);
        }
    }

    /** Says why under the bytes, as for a file given on the command line, and offers it as raw bytes. */
    private void cannotOpen(Path path, StridescopeError e) {
        if (!Files.exists(path)) {
            prefs.forgetRecentFile(path);
        }
        model.cannotOpen(path, e);
    }

    private void openChosenFileRaw() {
        Path p = choosers.fileToOpen(owner());
        if (p != null) {
            model.openRaw(p);
        }
    }

    /**
     * Drag and drop: a file opens as from File > Open, dropped text is pasted as bytes (or NumPy
     * code) as with Ctrl+V. While something droppable is over the window, its edge lights up.
     */
    private void openDroppedFiles() {
        Node root = context.root();
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains("drop-target")) {
                    root.getStyleClass().add("drop-target");
                }
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> root.getStyleClass().remove("drop-target"));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            root.getStyleClass().remove("drop-target");
            boolean taken = dropped(e.getDragboard().getFiles(), e.getDragboard().getString());
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    /** What a drop does with its files (the first opens) or else its text (pasted); false if it had neither. */
    boolean dropped(List<java.io.File> files, String text) {
        if (files != null && !files.isEmpty()) {
            open(files.get(0).toPath());
            return true;
        }
        if (text != null && !text.isBlank()) {
            if (!Pasting.pasteDirectly(model, text)) {
                pasteBytesDialog(text); // shows where the text stops being readable
            }
            return true;
        }
        return false;
    }

    // ---- pasting -------------------------------------------------------------------------------

    /** Ctrl+V anywhere but in a text field: the clipboard's bytes, NumPy code, or a copied file. */
    private void pasteWithShortcut() {
        context.root().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.V && !context.typingInAField()) {
                pasteClipboard();
                e.consume();
            }
        });
    }

    void pasteClipboard() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasFiles() && !cb.getFiles().isEmpty()) {
            open(cb.getFiles().get(0).toPath());
        } else if (cb.hasString() && !Pasting.pasteDirectly(model, cb.getString())) {
            pasteBytesDialog(cb.getString()); // shows where the text stops being readable
        }
    }

    private void pasteBytesDialog(String text) {
        Pasting.bytesDialog(owner(), text).showAndWait().ifPresent(r -> Pasting.load(model, r));
    }

    private void pasteCodeDialog(String text) {
        Pasting.codeDialog(owner(), text).showAndWait().ifPresent(r -> Pasting.apply(model, r));
    }

    // ---- out -----------------------------------------------------------------------------------

    private void exportView() {
        ShownArray a = model.array();
        if (a == null || model.errorProperty().get() != null) {
            ErrorDialogs.show(owner(), "Nothing to export", StridescopeError.inputError("there is no valid array to export",
                    "Fix the layout first (the form says what NumPy objects to), then export again."));
            return;
        }
        Path out = choosers.fileToSave(owner(), "Export the view (not the whole buffer)", baseName(),
                List.of("npy", "npz", "csv", "bin"));
        if (out != null) {
            startExport(a, out);
        }
    }

    Task<Boolean> startExport(ShownArray a, Path out) {
        return exports.start(owner(), a.source(), a.layout(), out);
    }

    private void exportPicture() {
        Path out = choosers.fileToSave(owner(), "Export a picture of the window", baseName(), List.of("png"));
        if (out == null) {
            return;
        }
        try {
            WindowPicture.writePng(context.root().getScene(), out);
        } catch (IOException | RuntimeException e) {
            ErrorDialogs.show(owner(), "Export failed", StridescopeError.inputError("cannot write " + out + ": "
                    + e.getMessage(), "Choose a folder you may write to, with room for the picture."));
        }
    }

    /** "data" for data.npy: a name to suggest for what is written from it. */
    private String baseName() {
        var src = model.sourceProperty().get();
        String name = src instanceof OpenedFile f ? f.path().getFileName().toString() : "view";
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-view";
    }

    private void copyNumpyCode() {
        try {
            copy(Copying.numpyCode(model));
        } catch (StridescopeError e) {
            ErrorDialogs.show(owner(), "Cannot copy as NumPy code", e);
        }
    }

    private static void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }
}
