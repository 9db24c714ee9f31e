package org.stridescope.app.gui.rawimage;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.analysis.RowWidthFinder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.NumberLists;

/**
 * The row width of a raw image (not the hex view's bytes per row): the pitches the finder proposes,
 * best first with their scores, and the width, channels and pitch that make the layout. Choosing
 * a pitch, moving the width slider, ÷2, ×2 and the channels each set shape {@code (rows, width[,
 * channels])} and strides {@code (pitch, ...)} at once, one undo step each (a drag is one step).
 */
final class RowWidthPanel extends VBox {
    /** The slider's end when rows are back to back (a wider image is typed in the spinner). */
    static final int SLIDER_MAX = RowWidthFinder.MAX_PITCH_ELEMENTS;

    private final MainViewModel model;
    private static final String HINT = "Find Row Width… (View menu) proposes row pitches for the bytes from the offset on.";
    private final Label found = new Label(HINT);
    private final ListView<RowWidthFinder.Candidate> candidates = new ListView<>();
    private final Button findAgain = new Button("Find Again");
    private final ToggleGroup channelGroup;
    private final List<ToggleButton> channelButtons = List.of(channel("1 (gray)", 1), channel("3 (RGB)", 3),
            channel("4 (RGBA)", 4));
    private final Slider slider = new Slider(1, SLIDER_MAX, 1);
    private final Spinner<Integer> widthField = new Spinner<>();
    private final CheckBox keepPitch = new CheckBox("Keep the pitch");
    private final Label layoutLine = new Label();
    private final Label paddingLine = new Label();
    private final Label problem = new Label();
    private ImageRows rows; // what the panel last set, null until it set something
    private boolean syncing; // controls being set to match rows: not a user's change

    /** {@code coverage}: the hex view's coverage tint, which shows padding as bytes never read. */
    RowWidthPanel(MainViewModel model, Runnable find, javafx.beans.property.BooleanProperty coverage) {
        super(8);
        this.model = model;
        setId("row-width-panel");
        setPadding(new Insets(8));
        found.setId("find-row-width-found");
        found.setWrapText(true);
        candidates.setId("find-row-width-candidates");
        candidates.setPrefHeight(130);
        candidates.setPrefWidth(340);
        candidates.setCellFactory(v -> {
            ListCell<RowWidthFinder.Candidate> cell = new ListCell<>() {
                @Override
                protected void updateItem(RowWidthFinder.Candidate c, boolean empty) {
                    super.updateItem(c, empty);
                    setText(empty || c == null ? null : describe(c, getIndex()));
                }
            };
            // A click on the pitch already chosen sets it again (after the width was moved, say).
            cell.setOnMouseClicked(e -> {
                if (!cell.isEmpty() && cell.getItem() == candidates.getSelectionModel().getSelectedItem()) {
                    choose(cell.getItem());
                }
            });
            return cell;
        });
        // Choosing is clicking (or arrowing to) a pitch: the layout follows at once.
        candidates.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null && !syncing) {
                choose(c);
            }
        });
        // Other bytes: what was found and chosen was about the old ones.
        model.sourceProperty().addListener((o, a, b) -> forget());
        findAgain.setId("find-row-width-again");
        findAgain.setOnAction(e -> find.run());
        findAgain.setTooltip(new Tooltip("Look again with the dtype and offset now in the form"));

        SegmentedButton channels = new SegmentedButton(channelButtons.toArray(ToggleButton[]::new));
        channels.setId("find-row-width-channels");
        channelGroup = channels.getToggleGroup(); // the segmented button puts its own group on its buttons
        channelButtons.get(0).setSelected(true);
        channelGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                channelGroup.selectToggle(a); // one is always chosen
            } else if (!syncing && rows != null) {
                set(() -> keepPitch.isSelected() ? ImageRows.fillingPitch(rows.pitch(), channels(), itemsize(), available())
                        : fresh(rows.width() * rows.channels() / channels(), channels()));
            }
        });

        slider.setId("find-row-width-slider");
        slider.setPrefWidth(320);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                setWidth(Math.round(b.doubleValue()));
            }
        });
        // A drag sets the layout as it moves, and undoes in one step.
        slider.valueChangingProperty().addListener((o, a, b) -> model.adjustingProperty().set(b));
        widthField.setId("find-row-width-width");
        widthField.setEditable(true);
        widthField.setPrefWidth(110);
        widthField.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, Integer.MAX_VALUE, 1));
        widthField.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                setWidth(b);
            }
        });
        Button half = button("÷2", "find-row-width-half", "Half the width (and pitch): each row was two rows side by side",
                () -> set(() -> current().scaled(false)));
        Button twice = button("×2", "find-row-width-double", "Twice the width (and pitch): each row was half a row",
                () -> set(() -> current().scaled(true)));
        keepPitch.setId("find-row-width-keep-pitch");
        keepPitch.setTooltip(new Tooltip("On: the width changes within the pitch, the rest of each row is padding. "
                + "Off: rows follow each other with no padding."));
        keepPitch.selectedProperty().addListener((o, a, b) -> {
            if (!syncing && !b && rows != null) {
                set(() -> fresh(rows.width(), rows.channels()));
            }
        });
        layoutLine.setId("find-row-width-layout");
        paddingLine.setId("find-row-width-padding");
        paddingLine.setWrapText(true);
        problem.setId("find-row-width-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);

        Label widthLabel = new Label("Width");
        HBox widthRow = new HBox(6, widthLabel, half, slider, twice, widthField, new Label("pixels"));
        widthRow.setAlignment(Pos.CENTER_LEFT);
        HBox channelRow = new HBox(6, new Label("Channels"), channels, keepPitch);
        channelRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox tint = new CheckBox("Tint bytes no element reads");
        tint.setId("find-row-width-tint");
        tint.setTooltip(new Tooltip("The coverage tint of the bytes: row padding shows as bytes never read"));
        tint.selectedProperty().bindBidirectional(coverage);
        HBox paddingRow = new HBox(12, paddingLine, tint);
        paddingRow.setAlignment(Pos.CENTER_LEFT);
        VBox controls = new VBox(8, channelRow, widthRow, layoutLine, paddingRow, problem);
        HBox.setHgrow(controls, Priority.ALWAYS);
        VBox list = new VBox(6, candidates, findAgain);
        getChildren().addAll(found, new HBox(16, list, controls));
    }

    private static ToggleButton channel(String text, int n) {
        ToggleButton b = new ToggleButton(text);
        b.setId("find-row-width-channels-" + n);
        b.setUserData(n);
        return b;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** "40 bytes = 40 × |u1, score 0.93 (best)": the first is the best. */
    private String describe(RowWidthFinder.Candidate c, int index) {
        String per = "";
        try {
            DType d = DType.parse(model.dtypeTextProperty().get());
            per = c.bytes() % d.itemsize() == 0 ? " = " + c.bytes() / d.itemsize() + " × " + d.str() : "";
        } catch (StridescopeError e) {
            // the form shows why; the bytes say enough
        }
        return c.bytes() + " bytes" + per + ", score " + String.format("%.2f", c.score()) + (index == 0 ? " (best)" : "");
    }

    // ---- what the finder says ------------------------------------------------------------------

    /** Shows what the finder proposes for {@code where} ("u1 from byte 0 of x.raw"); the best is not chosen yet. */
    void show(List<RowWidthFinder.Candidate> found, String where) {
        syncing = true;
        try {
            candidates.getItems().setAll(found);
            candidates.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
        this.found.setText(found.isEmpty() ? "No row pitch stands out in " + where + ": the bytes may be no picture, "
                + "or another dtype or offset fits them. The width slider still sets rows by hand."
                : "Row pitches for " + where + ", best first (click one to set the layout):");
        problem.setText("");
        if (rows == null && !found.isEmpty()) {
            // The controls start at the best pitch, so that ÷2, ×2 and the slider start from somewhere sensible.
            try {
                rows = ImageRows.fillingPitch(found.get(0).bytes(), channels(), itemsize(), available());
                sync();
                layoutLine.setText("Not set yet: click a pitch, or move the width, to set the layout.");
                paddingLine.setText("");
            } catch (StridescopeError | IllegalArgumentException e) {
                rows = null; // the form changed meanwhile; a click on a pitch says why
            }
        }
    }

    private void forget() {
        rows = null;
        syncing = true;
        try {
            candidates.getItems().clear();
            keepPitch.setSelected(false);
        } finally {
            syncing = false;
        }
        found.setText(HINT);
        layoutLine.setText("");
        paddingLine.setText("");
        problem.setText("");
    }

    /** Says why nothing could be found (too few elements, a dtype of no numbers). */
    void showProblem(String why) {
        candidates.getItems().clear();
        found.setText(HINT);
        problem.setText(why);
    }

    void searching(String where) {
        found.setText("Looking for the row pitch of " + where + "…");
        problem.setText("");
    }

    ListView<RowWidthFinder.Candidate> candidates() {
        return candidates;
    }

    // ---- setting the layout --------------------------------------------------------------------

    private void choose(RowWidthFinder.Candidate c) {
        set(() -> ImageRows.fillingPitch(c.bytes(), channels(), itemsize(), available()));
        syncing = true;
        keepPitch.setSelected(true); // narrowing the width now leaves the rest of the pitch as padding
        syncing = false;
        sync();
    }

    private void setWidth(long w) {
        set(() -> keepPitch.isSelected() && rows != null ? reread(rows.pitch(), 1, channels()).withWidthInPitch(w)
                : fresh(w, channels()));
    }

    /** Rows back to back, {@code width} pixels each, over the bytes now in the window. */
    private ImageRows fresh(long width, int channels) {
        return reread(0, width, channels);
    }

    /** What the panel set last, read again against the dtype and bytes now in the window. */
    private ImageRows current() {
        return rows == null ? fresh(1, channels()) : reread(rows.pitch(), rows.width(), channels());
    }

    /** A pitch, width and channels against the dtype and bytes now in the window (the pitch grows to hold the width). */
    private ImageRows reread(long pitch, long width, int channels) {
        int size = itemsize();
        long w = Math.max(1, width);
        return new ImageRows(Math.max(pitch, w * channels * size), w, channels, size, available());
    }

    private void set(java.util.function.Supplier<ImageRows> next) {
        ImageRows r;
        try {
            r = next.get();
        } catch (StridescopeError e) {
            problem.setText(e.getMessage() + ". " + e.detail());
            return;
        }
        if (r.rows() == 0) {
            problem.setText("A row of " + r.width() + " pixels (" + r.width() * r.pixelBytes()
                    + " bytes) is more than the " + r.available() + " bytes after the offset.");
            return;
        }
        problem.setText("");
        rows = r;
        // One step: the expression is cleared, as for a file that brings its own layout (a.T of
        // the old shape would mean something else here).
        model.setLayout(null, r.shapeText(), r.stridesText(), null);
        sync();
    }

    /** The controls and lines to match {@link #rows}. */
    private void sync() {
        if (rows == null) {
            return;
        }
        syncing = true;
        try {
            for (ToggleButton b : channelButtons) {
                b.setSelected((int) b.getUserData() == rows.channels());
            }
            long max = keepPitch.isSelected() ? rows.pitch() / rows.pixelBytes() : Math.min(SLIDER_MAX, Math.max(2,
                    rows.available() / rows.pixelBytes()));
            slider.setMax(Math.max(2, Math.max(max, rows.width())));
            slider.setValue(rows.width());
            widthField.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, rows.width()));
        } finally {
            syncing = false;
        }
        layoutLine.setText("shape (" + rows.shapeText().replace(",", ", ") + "), strides ("
                + rows.stridesText().replace(",", ", ") + "): " + rows.rows() + " rows of " + rows.width()
                + " pixels, a new row every " + rows.pitch() + " bytes");
        paddingLine.setText(rows.padding() == 0 ? rows.paddingText()
                : rows.paddingText() + ", bytes no element reads (the tint marks them never read)");
    }

    private int channels() {
        return channelButtons.stream().filter(ToggleButton::isSelected).mapToInt(b -> (int) b.getUserData()).findFirst().orElse(1);
    }

    private int itemsize() {
        return DType.parse(model.dtypeTextProperty().get()).itemsize();
    }

    /** Bytes from the offset to the end of the source. */
    private long available() {
        long offset = NumberLists.single(model.offsetTextProperty().get(), "offset", 0);
        return Math.max(0, model.sourceProperty().get().size() - offset);
    }
}
