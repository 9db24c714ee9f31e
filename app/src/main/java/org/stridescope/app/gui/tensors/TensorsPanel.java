package org.stridescope.app.gui.tensors;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stridescope.app.base.LayoutText;
import org.stridescope.app.gui.data.BackgroundWork;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.OpenedFile;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.format.CountText;
import org.stridescope.core.format.TupleText;
import org.stridescope.core.io.tensors.TensorEntry;
import org.stridescope.core.io.tensors.TensorFile;
import org.stridescope.core.io.tensors.TensorFormat;

/**
 * The arrays of the open tensor file as a tree (name, dtype, shape, size); a checkpoint's tensors
 * sit under the storage they view, so {@code w} and {@code w.T} are seen together. Choosing one
 * sets the layout fields to it (one undo step); the file stays open and mapped, nothing is copied.
 */
final class TensorsPanel extends VBox {
    /** One row: a storage (entry null) or an array. */
    record Row(String name, TensorEntry entry, String dtype, String shape, String size) {
    }

    private final MainViewModel model;
    private final Label status = new Label("Open a PyTorch checkpoint, safetensors or HDF5 file to list its tensors.");
    private final TreeTableView<Row> tree = new TreeTableView<>();
    private final Label shared = new Label();
    /** The list, and beside it (for a storage of a checkpoint) the bytes each of its tensors reads. */
    private final SplitPane sides = new SplitPane();
    private final ScrollPane sharedPane = new ScrollPane(shared);
    private final BackgroundWork inflating = new BackgroundWork();
    private OpenedFile file;
    /** The tensor the layout now reads. */
    private TensorEntry shown;
    private boolean filling;

    TensorsPanel(MainViewModel model) {
        this.model = model;
        setId("tensors-panel");
        status.setId("tensors-status");
        status.setWrapText(true);
        tree.setId("tensors-tree");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().setAll(List.of(column("Name", Row::name, 260), column("dtype", Row::dtype, 90),
                column("Shape", Row::shape, 110), column("Size", Row::size, 90)));
        shared.setId("tensors-shared");
        shared.setWrapText(true);
        shared.setStyle("-fx-font-family: monospace;");
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            showSharing(item);
            if (!filling && item != null && item.getValue().entry() != null) {
                choose(item.getValue().entry());
            }
        });
        sharedPane.setFitToWidth(true);
        sides.getItems().setAll(tree);
        VBox.setVgrow(sides, Priority.ALWAYS);
        setSpacing(4);
        setPadding(new javafx.geometry.Insets(4));
        getChildren().setAll(status, sides);
    }

    private static TreeTableColumn<Row, String> column(String title, java.util.function.Function<Row, String> text,
                                                       double width) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? ""
                : text.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /**
     * Shows the arrays of {@code source} if it is a tensor file, else empties the list; a source
     * that is the same file again (a tensor chosen from a compressed storage) keeps the list.
     *
     * @return whether {@code source} is a tensor file newly shown
     */
    boolean show(ByteSource source) {
        OpenedFile f = source instanceof OpenedFile o && o.data().tensors() != null ? o : null;
        boolean same = f != null && file != null && f.path().equals(file.path());
        file = f;
        if (f == null) {
            tree.setRoot(null);
            showSharing(null);
            status.setText("Open a PyTorch checkpoint, safetensors or HDF5 file to list its tensors.");
            return false;
        }
        if (!same) {
            shown = f.data().tensor();
            fill(f.data().tensors(), f.data().tensor());
        }
        return !same;
    }

    private void fill(TensorFile tensors, TensorEntry shown) {
        TreeItem<Row> root = new TreeItem<>();
        TreeItem<Row> chosen = null;
        if (tensors.format() == TensorFormat.PYTORCH) {
            Map<String, TreeItem<Row>> storages = new LinkedHashMap<>();
            Map<String, Long> bytes = new LinkedHashMap<>();
            for (TensorEntry e : tensors.arrays()) {
                String key = e.storage() == null ? "?" : e.storage();
                storages.computeIfAbsent(key, k -> {
                    TreeItem<Row> s = new TreeItem<>();
                    s.setExpanded(true);
                    root.getChildren().add(s);
                    return s;
                }).getChildren().add(leaf(e));
                bytes.merge(key, e.nbytes(), Math::max);
            }
            for (Map.Entry<String, TreeItem<Row>> s : storages.entrySet()) {
                int n = s.getValue().getChildren().size();
                s.getValue().setValue(new Row("storage " + s.getKey() + " (" + n + (n == 1 ? " tensor" : " tensors")
                        + " share its bytes)", null, "", "", ""));
            }
        } else {
            tensors.arrays().forEach(e -> root.getChildren().add(leaf(e)));
        }
        for (TreeItem<Row> top : root.getChildren()) {
            for (TreeItem<Row> item : top.getValue() != null && top.getValue().entry() == null ? top.getChildren() : List.of(top)) {
                if (shown != null && item.getValue().entry().name().equals(shown.name())) {
                    chosen = item;
                }
            }
        }
        filling = true;
        try {
            tree.setRoot(root);
            if (chosen != null) {
                tree.getSelectionModel().select(chosen);
            }
        } finally {
            filling = false;
        }
        int n = tensors.arrays().size();
        String what = tensors.format().title() + ", " + n + (n == 1 ? " array" : " arrays")
                + ". Tinted bytes are the file's own (headers, pickle, metadata).";
        status.setText(tensors.problem().map(p -> what + " Stopped early: " + p.getMessage() + ".").orElse(what));
    }

    /**
     * Beside the list, for a checkpoint: which bytes each tensor of the chosen storage (or of the
     * chosen tensor's storage) reads, so w and w.T are seen to read the same bytes.
     */
    private void showSharing(TreeItem<Row> item) {
        TreeItem<Row> group = item == null ? null : item.getValue().entry() == null ? item : item.getParent();
        boolean isStorage = group != null && group.getValue() != null && group.getValue().entry() == null
                && !group.getChildren().isEmpty();
        if (isStorage != sides.getItems().contains(sharedPane)) {
            if (isStorage) {
                sides.getItems().add(sharedPane);
                sides.setDividerPositions(0.55);
            } else {
                sides.getItems().remove(sharedPane);
            }
        }
        if (isStorage) {
            List<TensorEntry> tensors = group.getChildren().stream().map(c -> c.getValue().entry()).toList();
            shared.setText(SharedBytes.legend(java.util.Objects.toString(tensors.get(0).storage(), "?"), tensors,
                    item.getValue().entry()));
        }
    }

    private static TreeItem<Row> leaf(TensorEntry e) {
        String size = CountText.byteSize(e.nbytes()) + (e.readable() ? "" : " (not shown: " + e.note() + ")");
        return new TreeItem<>(new Row(e.name(), e, e.dtypeStr(), TupleText.tuple(e.shape()), size));
    }

    /**
     * Selects the shown tensor's element [0, ..., 0], which brings its first byte into sight in
     * the hex view (as Go To does): the tensor's bytes, not the file's header, are what to see.
     */
    void showFirstElement() {
        var a = model.array();
        if (a != null && model.errorProperty().get() == null) {
            model.selectElement(new long[a.layout().shape().length], false); // an empty tensor: nothing to select
        }
    }

    /**
     * Shows {@code e}: in place by setting the layout (in the file, or in the inflated storage
     * shown), at once from a storage inflated before, or by inflating its storage in the background.
     */
    private void choose(TensorEntry e) {
        if (file == null) {
            return;
        }
        if (!e.readable()) {
            status.setText("'" + e.name() + "' cannot be shown: " + e.note() + ".");
            return;
        }
        TensorEntry opened = file.data().tensor();
        String openedStorage = opened == null || opened.packed() == null ? null : opened.packed().member();
        String storage = e.packed() == null ? null : e.packed().member();
        if (java.util.Objects.equals(storage, openedStorage)) { // the bytes shown hold it: one undo step
            String shape = e.shape().length == 0 ? "()" : LayoutText.commaList(e.shape());
            shown = e;
            model.setLayout(e.dtype(), shape, e.shape().length == 0 ? "" : LayoutText.commaList(e.strides()),
                    Long.toString(e.layoutSpec().offset()), "");
            status.setText(describe(e));
            showFirstElement();
            return;
        }
        if (file.data().showsAtOnce(e)) { // a storage inflated before, or back from one to the file
            try {
                showOpened(file.withTensor(e.name(), org.stridescope.core.io.ProgressMonitor.NONE), e, true);
            } catch (StridescopeError err) {
                status.setText("'" + e.name() + "' cannot be shown: " + err.getMessage());
            }
            return;
        }
        inflate(file, e);
    }

    /** What the status line says of the tensor shown, and where its bytes are. */
    private static String describe(TensorEntry e) {
        String where = e.packed() == null ? "at byte " + e.offset() + " of the file"
                : "at byte " + e.packed().offset() + " of its storage's inflated copy";
        return "'" + e.name() + "': " + e.dtypeStr() + ", shape " + TupleText.tuple(e.shape()) + ", strides "
                + TupleText.tuple(e.strides()) + ", " + where + (e.storage() == null ? "." : ", storage " + e.storage() + ".");
    }

    /** Shows {@code f}, the same file showing {@code e}; {@code kept}: its storage was inflated before. */
    private void showOpened(OpenedFile f, TensorEntry e, boolean kept) {
        try {
            model.load(f);
            shown = e;
            showFirstElement();
            status.setText(e.packed() == null ? describe(e) : "'" + e.name() + "': its storage is compressed in the archive; "
                    + (kept ? "shown from the copy inflated before." : "shown from an inflated copy."));
        } catch (StridescopeError err) {
            status.setText("'" + e.name() + "' cannot be shown: " + err.getMessage());
        }
    }

    /**
     * Opens {@code e} from its compressed storage in the background, with progress and Cancel (a
     * storage can be gigabytes); Cancel leaves the tensor shown before, and its row chosen again.
     * The inflated storage is kept with the file, for its other tensors and for coming back.
     */
    private void inflate(OpenedFile from, TensorEntry e) {
        Path path = from.path();
        String what = e.packed() != null ? "Inflating " + e.packed().member() : "Opening " + e.name();
        Task<OpenedFile> task = inflating.start(getScene() == null ? null : getScene().getWindow(), "tensor-open",
                "Opening", what + " from " + path.getFileName(), "bytes", monitor -> {
                    OpenedFile f = from.withTensor(e.name(), monitor);
                    if (monitor.cancelled()) { // cancelled just as it finished: nobody will show it
                        f.close();
                        throw new CancellationException();
                    }
                    return f;
                }, f -> showOpened(f, e, false), failure -> status.setText("'" + e.name() + "' cannot be shown: "
                        + (failure instanceof StridescopeError err
                        ? err.getMessage() : "opening stopped on a problem of Stridescope's own; nothing was changed.")));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, ev -> {
            status.setText("Opening '" + e.name() + "' was cancelled"
                    + (shown == null ? "." : "; still showing '" + shown.name() + "'."));
            selectRowOf(shown);
        });
    }

    /** Marks the row of {@code e} as chosen without showing it again. */
    private void selectRowOf(TensorEntry e) {
        filling = true;
        try {
            tree.getSelectionModel().clearSelection();
            for (int i = 0; e != null && i < tree.getExpandedItemCount(); i++) {
                TreeItem<Row> item = tree.getTreeItem(i);
                if (item.getValue().entry() != null && item.getValue().entry().name().equals(e.name())) {
                    tree.getSelectionModel().select(item);
                }
            }
        } finally {
            filling = false;
        }
    }

    /** The thread of the last inflating (tests wait for it). */
    Thread lastInflating() {
        return inflating.lastWorker();
    }
}
