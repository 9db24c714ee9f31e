package org.stridescope.app.gui.find;

import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.CountText;
import org.stridescope.core.io.ProgressMonitor;
import org.stridescope.core.search.ByteFinder;
import org.stridescope.core.search.Found;
import org.stridescope.core.search.SearchPattern;

/**
 * The find bar under the tool bar (Edit > Find…, Ctrl+F): what to look for and as what, Enter
 * searches the whole buffer in the background with progress and Cancel, then says how many
 * matches there are; arrows (or F3 / Shift+F3) step through them. Escape closes it.
 */
final class FindBar extends HBox {
    /** Offsets kept for stepping and listing; the count is exact however many more there are. */
    static final int KEPT = 1_000_000;

    private final MainViewModel model;
    private final ComboBox<FindMode> mode = new ComboBox<>();
    private final TextField text = new TextField();
    private final TextField tolerance = new TextField("0");
    private final Label toleranceLabel = new Label("±");
    private final Button find = new Button("Find");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Label count = new Label();
    private Task<Found> running;

    FindBar(MainViewModel model, Consumer<Results> onFound, Runnable previous, Runnable next, Runnable close) {
        super(6);
        this.model = model;
        setId("find-bar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        mode.getItems().setAll(FindMode.values());
        mode.setValue(FindMode.BYTES);
        mode.setId("find-mode");
        text.setId("find-text");
        text.setPrefColumnCount(24);
        HBox.setHgrow(text, Priority.SOMETIMES);
        tolerance.setId("find-tolerance");
        tolerance.setPrefColumnCount(6);
        tolerance.setTooltip(new javafx.scene.control.Tooltip("A float matches within this distance of the value"));
        mode.valueProperty().addListener((o, a, m) -> modeChanged());
        // The tolerance is for floats: it comes and goes with the dtype.
        model.arrayProperty().addListener((o, a, b) -> modeChanged());
        modeChanged();
        find.setId("find-run");
        find.setOnAction(e -> run(onFound));
        text.setOnAction(e -> run(onFound));
        progress.setId("find-progress");
        progress.setPrefWidth(120);
        cancel.setId("find-cancel");
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel(false);
            }
        });
        showRunning(false);
        count.setId("find-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button up = new Button("▲");
        up.setId("find-previous");
        up.setTooltip(new javafx.scene.control.Tooltip("Previous match (Shift+F3)"));
        up.setOnAction(e -> previous.run());
        Button down = new Button("▼");
        down.setId("find-next");
        down.setTooltip(new javafx.scene.control.Tooltip("Next match (F3)"));
        down.setOnAction(e -> next.run());
        Button x = new Button("✕");
        x.setId("find-close");
        x.setTooltip(new javafx.scene.control.Tooltip("Close the find bar (Escape)"));
        x.setOnAction(e -> close.run());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        getChildren().addAll(new Label("Find"), mode, text, toleranceLabel, tolerance, find, progress, cancel, count,
                up, down, x);
    }

    /** A search's answer: what was looked for and what was found. */
    record Results(SearchPattern pattern, Found found, ByteSource source) {
    }

    /** Focus in the text, all of it selected, so typing replaces the last pattern. */
    void focusText() {
        text.requestFocus();
        text.selectAll();
    }

    /** Says where in the matches the selection is: "match 2 of 4". */
    void showPlace(int at, Results r) {
        Found f = r.found();
        String of = f.count() == f.kept() ? String.format("%,d", f.count())
                : String.format("the first %,d (%,d in all)", f.kept(), f.count());
        count.setText("match " + (at + 1) + " of " + of);
        count.setStyle("");
    }

    private void modeChanged() {
        boolean value = mode.getValue() == FindMode.VALUE;
        text.setPromptText(mode.getValue().prompt());
        boolean isFloat = value && currentDType() != null && currentDType().kind() == org.stridescope.core.dtype.Kind.FLOAT;
        for (var n : java.util.List.of(tolerance, toleranceLabel)) {
            n.setVisible(isFloat);
            n.setManaged(isFloat);
        }
    }

    /** The dtype values are read as: the shown array's, else the form's if it reads. */
    private DType currentDType() {
        if (model.array() != null) {
            return model.array().layout().dtype();
        }
        try {
            return DType.parse(model.dtypeTextProperty().get());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void run(Consumer<Results> onFound) {
        modeChanged();
        if (running != null) {
            running.cancel(false);
        }
        SearchPattern pattern;
        try {
            double tol = tolerance.isVisible() ? parseTolerance() : 0;
            DType dtype = currentDType();
            if (mode.getValue() == FindMode.VALUE && dtype == null) {
                throw StridescopeError.inputError("The dtype field does not read yet", "Fix the dtype, then find a value.");
            }
            pattern = mode.getValue().pattern(text.getText(), dtype, tol);
        } catch (StridescopeError e) {
            say(e.getMessage() + (e.detail().isBlank() ? "" : ". " + e.detail()), true);
            return;
        }
        ByteSource source = model.sourceProperty().get();
        Task<Found> task = new Task<>() {
            @Override
            protected Found call() {
                return ByteFinder.find(source, pattern, KEPT, new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, Math.max(1, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        showRunning(true);
        say("searching " + CountText.byteSize(source.size()) + "…", false);
        task.setOnSucceeded(e -> {
            if (running == task) {
                showRunning(false);
                Found f = task.getValue();
                say(f.count() == 0 ? "no match for " + pattern.description()
                        : matches(f.count()), f.count() == 0);
                onFound.accept(new Results(pattern, f, source));
            }
        });
        task.setOnCancelled(e -> {
            if (running == task) {
                showRunning(false);
                say("cancelled", false);
            }
        });
        task.setOnFailed(e -> {
            if (running == task) {
                showRunning(false);
                say("could not search: " + task.getException().getMessage(), true);
            }
        });
        Thread worker = new Thread(task, "stridescope-find");
        worker.setDaemon(true);
        worker.start();
    }

    static String matches(long n) {
        return String.format("%,d match%s", n, n == 1 ? "" : "es");
    }

    private double parseTolerance() {
        try {
            return Double.parseDouble(tolerance.getText().strip());
        } catch (NumberFormatException e) {
            throw StridescopeError.inputError("The tolerance '" + tolerance.getText() + "' is not a number",
                    "Type 0 for equal values, or a distance such as 0.001.");
        }
    }

    /** Stops a search still running (the bytes are going away). */
    void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
            showRunning(false);
        }
    }

    private void showRunning(boolean on) {
        for (var n : java.util.List.of(progress, cancel)) {
            n.setVisible(on);
            n.setManaged(on);
        }
        find.setDisable(on);
    }

    void say(String message, boolean problem) {
        count.setText(message);
        count.setStyle(problem ? "-fx-text-fill: -color-danger-fg;" : "");
    }

    /** The line beside the field: how many matches, where the selection is, or what is wrong. */
    String countText() {
        return count.getText();
    }
}
