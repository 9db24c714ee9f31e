package org.stridescope.app.gui.form;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.stridescope.app.gui.model.ByteOrderChoice;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.core.StridescopeError.Argument;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.format.CountText;

/**
 * The layout form: where the bytes come from, dtype, byte order, shape, strides, offset. Every
 * field is checked as it is typed; the field at fault is marked and NumPy's message shows below
 * with a plain explanation.
 */
public final class LayoutForm extends VBox {
    private final MainViewModel model;
    private final ComboBox<String> dtype = new ComboBox<>();
    private final TextField shape = new TextField();
    private final TextField strides = new TextField();
    private final TextField offset = new TextField();
    private final SegmentedButton byteOrder = new SegmentedButton();
    private final Label errorType = new Label();
    private final Label errorMessage = new Label();
    private final Label errorDetail = new Label();
    private final Label staleNote = new Label("The views keep the last valid array until this is fixed.");
    /** Offered when a file could not be opened: any file can be looked at as plain bytes. */
    private final Button openRaw = new Button("Open as raw bytes");
    private final VBox errorBox = new VBox(4, errorType, errorMessage, errorDetail, openRaw, staleNote);
    private final ValidationSupport validation = new ValidationSupport();
    private final Region sourceRow;
    /** Room kept under the fields for NumPy's message and its explanation, shown or not. */
    private static final double RESERVED_FOR_MESSAGE = 200;
    private static final Map<Argument, String> FIELD_NAMES = Map.of(Argument.SOURCE, "the bytes", Argument.DTYPE, "dtype",
            Argument.SHAPE, "shape", Argument.STRIDES, "strides", Argument.OFFSET, "offset");

    public LayoutForm(MainViewModel model) {
        this.model = model;
        getStyleClass().add("layout-form");
        setSpacing(6);
        setPadding(new Insets(12));
        setFillWidth(true);

        dtype.setId("dtype");
        shape.setId("shape");
        strides.setId("strides");
        offset.setId("offset");
        errorMessage.setId("error-message");
        errorDetail.setId("error-detail");

        sourceRow = sourceSummary();
        Region source = sourceRow;
        Region dtypeRow = dtypeField();
        Region shapeRow = shapeField();
        Region stridesRow = stridesField();
        Region offsetRow = offsetField();
        getChildren().addAll(section("Bytes"), source);
        getChildren().addAll(section("Layout"), label("dtype", dtype), dtypeRow,
                label("byte order", byteOrder), byteOrderButtons(),
                label("shape", shape), shapeRow,
                label("strides (bytes)", strides), stridesRow,
                label("offset (bytes)", offset), offsetRow, errorBox());
        // The expression on this array has its own bar above the views (console package).
        for (Control field : new Control[] {dtype.getEditor(), shape, strides, offset}) {
            // An edit of a field runs from coming to it to leaving it.
            field.focusedProperty().addListener((o, was, now) -> model.endEdit());
        }
        validateAsTyped();
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        return l;
    }

    private static Label label(String text, Control field) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        return l;
    }

    private Region sourceSummary() {
        Label name = new Label();
        name.getStyleClass().add("source-name");
        Label size = new Label();
        size.getStyleClass().add("source-size");
        Label ro = new Label("read-only");
        ro.getStyleClass().add("badge");
        name.textProperty().bind(Bindings.createStringBinding(() -> model.sourceProperty().get().name(), model.sourceProperty()));
        size.textProperty().bind(Bindings.createStringBinding(() -> sizeText(model.sourceProperty().get()), model.sourceProperty()));
        HBox line = new HBox(8, size, ro);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, name, line);
        box.setId("source-summary");
        return box;
    }

    static String sizeText(ByteSource s) {
        long n = s.size();
        String bytes = String.format("%,d byte%s", n, n == 1 ? "" : "s");
        return n < 1024 ? bytes : bytes + " (" + CountText.byteSize(n) + ")";
    }

    private Region dtypeField() {
        dtype.setEditable(true);
        dtype.setMaxWidth(Double.MAX_VALUE);
        dtype.getItems().setAll(DTypeChoices.COMMON.stream().map(DTypeChoices.Choice::code).toList());
        dtype.getEditor().textProperty().bindBidirectional(model.dtypeTextProperty());
        dtype.setPromptText("<f8, int32, >u2, S5 ...");
        dtype.setTooltip(new Tooltip("Any string np.dtype() accepts; type to search common types by name."));
        // Search by name ("float", "big") as well as by code.
        TextFields.bindAutoCompletion(dtype.getEditor(), req -> DTypeChoices.matching(req.getUserText()).stream()
                .filter(c -> !c.code().equals(req.getUserText())).map(DTypeChoices.Choice::code).toList());
        Button fields = new Button("Fields…");
        fields.setId("edit-fields");
        fields.setTooltip(new Tooltip("Edit a record (structured) dtype as a table of fields"));
        fields.setMinWidth(Region.USE_PREF_SIZE);
        fields.setOnAction(e -> editFields());
        dtype.setMinWidth(60);
        HBox.setHgrow(dtype, Priority.ALWAYS);
        HBox box = new HBox(4, dtype, fields);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Opens the record editor on the dtype as typed; OK writes its text back as one change. */
    private void editFields() {
        RecordEditor editor = new RecordEditor(model.dtypeTextProperty().get());
        if (getScene() != null) {
            editor.initOwner(getScene().getWindow());
        }
        editor.showAndWait().ifPresent(text -> model.dtypeTextProperty().set(text));
    }

    private Region byteOrderButtons() {
        Map<ByteOrderChoice, ToggleButton> buttons = new java.util.EnumMap<>(ByteOrderChoice.class);
        for (ByteOrderChoice c : ByteOrderChoice.values()) {
            ToggleButton b = new ToggleButton(c.label());
            b.setId("order-" + c.name().toLowerCase());
            b.setOnAction(e -> {
                model.setByteOrder(c);
                b.setSelected(model.byteOrderProperty().get() == c);
            });
            buttons.put(c, b);
            byteOrder.getButtons().add(b);
        }
        Runnable sync = () -> {
            ByteOrderChoice now = model.byteOrderProperty().get();
            boolean none = now == ByteOrderChoice.NOT_APPLICABLE;
            buttons.forEach((c, b) -> {
                b.setSelected(c == now);
                b.setDisable(none != (c == ByteOrderChoice.NOT_APPLICABLE));
            });
        };
        model.byteOrderProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        byteOrder.setMaxWidth(Double.MAX_VALUE);
        return byteOrder;
    }

    private Region shapeField() {
        shape.textProperty().bindBidirectional(model.shapeTextProperty());
        shape.setPromptText("2,3   (empty: np.frombuffer)");
        return shape;
    }

    private Region stridesField() {
        strides.textProperty().bindBidirectional(model.stridesTextProperty());
        strides.setPromptText("C order");
        Button c = new Button("C order");
        c.setId("fill-c-order");
        c.setTooltip(new Tooltip("Row-major: the last index moves fastest"));
        c.setOnAction(e -> model.fillCOrder());
        Button f = new Button("F order");
        f.setId("fill-f-order");
        f.setTooltip(new Tooltip("Column-major (Fortran): the first index moves fastest"));
        f.setOnAction(e -> model.fillFOrder());
        // The buttons keep their words when the form narrows (a scroll bar appears): the field gives.
        c.setMinWidth(Region.USE_PREF_SIZE);
        f.setMinWidth(Region.USE_PREF_SIZE);
        strides.setMinWidth(60);
        HBox.setHgrow(strides, Priority.ALWAYS);
        HBox box = new HBox(4, strides, c, f);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Region offsetField() {
        offset.textProperty().bindBidirectional(model.offsetTextProperty());
        offset.setPromptText("0");
        return offset;
    }

    private Region errorBox() {
        errorBox.getStyleClass().add("error-box");
        errorType.getStyleClass().add("error-type");
        errorType.setId("error-type");
        errorMessage.getStyleClass().add("error-message");
        errorDetail.getStyleClass().add("error-detail");
        staleNote.getStyleClass().add("form-hint");
        for (Label l : new Label[] {errorType, errorMessage, errorDetail, staleNote}) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        openRaw.setId("open-raw");
        openRaw.setTooltip(new Tooltip("Show the file's bytes as they are, with no header read; a .npy header is tinted"));
        openRaw.visibleProperty().bind(model.unopenedFileProperty().isNotNull());
        openRaw.managedProperty().bind(openRaw.visibleProperty());
        openRaw.setOnAction(e -> model.openRaw(model.unopenedFileProperty().get()));
        staleNote.visibleProperty().bind(model.staleProperty());
        staleNote.managedProperty().bind(staleNote.visibleProperty());
        Runnable show = () -> {
            StridescopeError e = model.errorProperty().get();
            // An expression's error shows in the expression bar, next to what was typed.
            if (model.errorFieldProperty().get() == Argument.EXPR) {
                e = null;
            }
            // Shown in a place of its own below the fields, its room kept while hidden: no field moves
            // when a message comes or goes. The field at fault is marked where it is.
            errorBox.setVisible(e != null);
            placeErrorBox(model.errorFieldProperty().get() == Argument.SOURCE ? 1 + getChildren().indexOf(sourceRow) : getChildren().size());
            if (e != null) {
                Argument field = model.errorFieldProperty().get();
                errorType.setText(e.type() + " in " + (field == null ? "the layout" : FIELD_NAMES.getOrDefault(field, "the layout")));
                errorMessage.setText(e.getMessage());
                errorDetail.setText(e.detail());
            }
        };
        model.errorProperty().addListener((o, a, b) -> show.run());
        model.errorFieldProperty().addListener((o, a, b) -> show.run());
        show.run();
        VBox.setMargin(errorBox, new Insets(8, 0, 0, 0));
        errorBox.setMinHeight(RESERVED_FOR_MESSAGE); // a longer explanation grows it downwards, below every field
        return errorBox;
    }

    /**
     * At the end of the form, its room kept: typing never moves a field. A file that cannot be
     * opened is said under the bytes' name, with the offer to open it as raw bytes, where the eye is.
     */
    private void placeErrorBox(int at) {
        int now = getChildren().indexOf(errorBox);
        if (now < 0 || (now == at || now == at - 1 && at == getChildren().size())) {
            return;
        }
        getChildren().remove(errorBox);
        getChildren().add(Math.min(at, getChildren().size()), errorBox);
    }

    /** Marks the field the current error belongs to (ControlsFX decoration), on every change. */
    private void validateAsTyped() {
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
        register(dtype.getEditor(), Argument.DTYPE);
        register(shape, Argument.SHAPE);
        register(strides, Argument.STRIDES);
        register(offset, Argument.OFFSET);
        model.errorProperty().addListener((o, a, b) -> validation.revalidate());
        model.errorFieldProperty().addListener((o, a, b) -> validation.revalidate());
    }

    private void register(Control c, Argument field) {
        validation.registerValidator(c, false, (Control ctl, Object value) -> {
            StridescopeError e = model.errorProperty().get();
            boolean mine = e != null && model.errorFieldProperty().get() == field;
            return ValidationResult.fromErrorIf(ctl, mine ? e.type() + ": " + e.getMessage() : "", mine);
        });
    }

    /**
     * Brings NumPy's message into sight (scrolling the form only now, when asked: never by itself)
     * and puts the caret in the field at fault, ready to fix it.
     */
    public void revealMessage() {
        Argument field = model.errorFieldProperty().get();
        Control at = switch (field == null ? Argument.SOURCE : field) {
            case DTYPE -> dtype.getEditor();
            case SHAPE -> shape;
            case STRIDES -> strides;
            case OFFSET -> offset;
            default -> null;
        };
        javafx.scene.Parent p = getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane scroll && errorBox.isVisible()) {
            double viewport = scroll.getViewportBounds().getHeight();
            double room = getHeight() - viewport;
            if (room > 0) {
                // The field at fault and the message both in sight when they fit; the message first.
                double top = at == null ? errorBox.getBoundsInParent().getMinY()
                        : Math.min(errorBox.getBoundsInParent().getMinY(), at.localToScene(0, 0).getY() - localToScene(0, 0).getY() - 24);
                double bottom = errorBox.getBoundsInParent().getMinY() + Math.min(errorBox.getHeight(), viewport);
                double y = bottom - top <= viewport ? top : bottom - viewport;
                scroll.setVvalue(Math.max(0, Math.min(1, y / room)));
            }
        }
        if (at != null) {
            at.requestFocus();
            if (at instanceof javafx.scene.control.TextInputControl t) {
                t.end();
            }
        }
    }

    public ValidationSupport validation() {
        return validation;
    }
}
