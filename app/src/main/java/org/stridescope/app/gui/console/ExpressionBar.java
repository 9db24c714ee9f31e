package org.stridescope.app.gui.console;

import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.view.OverflowBar;
import org.stridescope.core.StridescopeError;

/**
 * The expression bar: a NumPy expression on {@code a} (the form's array) whose result the views
 * show. Enter applies, Up and Down walk the history, Escape goes back to what is applied. A bad
 * expression shows NumPy's error under it; the views keep the last valid array, dimmed.
 */
public final class ExpressionBar extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final MainViewModel model;
    private final ExpressionHistory history;
    private final TextField field = new TextField();
    /** The field first; the operation buttons move into a » menu when the window is narrow. */
    private final OverflowBar row = new OverflowBar(6).moreId("expr-more");

    public ExpressionBar(MainViewModel model, ExpressionHistory history) {
        this.model = model;
        this.history = history;
        getStyleClass().add("expression-bar");
        field.setId("expr");
        field.getStyleClass().add("expr-field");
        field.setPromptText("a.T,  a[::2, 1:],  np.flip(a, 0) …   (a is the array the form builds; empty: a itself)");
        field.setTooltip(new Tooltip("A NumPy expression on the array a, giving a view of the same bytes.\n"
                + "Enter applies it, Up/Down walk the history, Escape goes back to the applied one."));
        field.setText(model.exprTextProperty().get());
        // Set elsewhere (--expr, a lesson): show what is applied.
        model.exprTextProperty().addListener((o, a, b) -> field.setText(b));
        field.setOnAction(e -> apply());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMinWidth(220); // room to read an expression before the buttons give way
        field.setPrefWidth(420);

        Label prompt = new Label("view =");
        prompt.getStyleClass().add("expr-prompt");
        prompt.setLabelFor(field);
        prompt.setTooltip(new Tooltip("The views show this expression on a, the array the form builds."));
        Label pending = new Label("Enter applies · Esc reverts");
        pending.setId("expr-pending");
        pending.getStyleClass().add("expr-pending");
        pending.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !field.getText().strip().equals(model.exprTextProperty().get()),
                field.textProperty(), model.exprTextProperty()));
        pending.managedProperty().bind(pending.visibleProperty());
        row.add(OverflowBar.Fit.STAYS, prompt, field, pending);
        getChildren().addAll(row, errorLine());
    }

    /** Puts buttons (the operations for people who do not type NumPy) at the end of the bar. */
    public void addButtons(Node... buttons) {
        row.add(OverflowBar.Fit.MENU, buttons);
    }

    private void keys(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.UP) {
            history.older(field.getText()).ifPresent(this::show);
        } else if (k == KeyCode.DOWN) {
            history.newer().ifPresent(this::show);
        } else if (k == KeyCode.ESCAPE) {
            show(model.exprTextProperty().get());
        } else {
            return;
        }
        e.consume();
    }

    private void show(String text) {
        field.setText(text);
        field.positionCaret(text.length());
    }

    /** Applies what the field says, records it in the history, and the console prints it. */
    public void apply() {
        String text = field.getText().strip();
        history.add(text);
        model.applyExpression(text);
        show(text);
    }

    /** Rewrites the expression with an operation ({@code .T}, a slice...) and applies the result. */
    public void compose(UnaryOperator<String> operation) {
        field.setText(operation.apply(field.getText()));
        apply();
    }

    /** The text the operations compose onto: what the field says now. */
    public String text() {
        return field.getText();
    }

    public TextField field() {
        return field;
    }

    /** NumPy's error for the expression, under the field, while the expression is at fault. */
    private Node errorLine() {
        Label type = new Label();
        type.setId("expr-error-type");
        type.getStyleClass().add("error-type");
        Label message = new Label();
        message.setId("expr-error-message");
        message.getStyleClass().add("expr-error-message");
        Label detail = new Label();
        detail.setId("expr-error-detail");
        detail.getStyleClass().add("error-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(2, new HBox(6, type, message), detail);
        box.getStyleClass().add("expr-error");
        Runnable show = () -> {
            StridescopeError e = model.errorProperty().get();
            boolean mine = e != null && model.errorFieldProperty().get() == StridescopeError.Argument.EXPR;
            box.setVisible(mine);
            box.setManaged(mine);
            field.pseudoClassStateChanged(INVALID, mine);
            if (mine) {
                type.setText(e.type() + ":");
                message.setText(e.getMessage());
                detail.setText(e.detail() + (model.staleProperty().get() ? " The views keep the last valid array, dimmed." : ""));
            }
        };
        model.errorProperty().addListener((o, a, b) -> show.run());
        model.errorFieldProperty().addListener((o, a, b) -> show.run());
        model.staleProperty().addListener((o, a, b) -> show.run());
        show.run();
        return box;
    }
}
