package org.stridescope.app.gui.data;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stridescope.core.StridescopeError;

/**
 * A dialog to paste text into that reads it as the user types: below the text it says what it
 * recognised ("recognised as: xxd dump, 16 bytes") or the parser's error with line and column,
 * and OK stays disabled while the text cannot be read.
 *
 * @param <T> what the text turns into
 */
final class PasteDialog<T> extends Dialog<T> {
    private final TextArea text = new TextArea();
    private final Label status = new Label();
    private final Label detail = new Label();
    private final Function<String, T> parse;
    private final Function<T, String> describe;
    private T value;

    /**
     * @param id       prefix of the ids of the text area ({@code id-text}), the status line
     *                 ({@code id-status}) and the OK button ({@code id-ok})
     * @param parse    reads the text; throws StridescopeError (an InputError with a position) or
     *                 returns null for "nothing yet"
     * @param describe what was recognised, for the status line
     */
    PasteDialog(Window owner, String id, String title, String header, String prompt, String initialText,
                Function<String, T> parse, Function<T, String> describe) {
        this.parse = parse;
        this.describe = describe;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setHeaderText(header);
        setResizable(true);
        text.setId(id + "-text");
        text.setPromptText(prompt);
        text.setPrefColumnCount(60);
        text.setPrefRowCount(12);
        text.setWrapText(false);
        text.getStyleClass().add("paste-text");
        text.setStyle("-fx-font-family: monospace;");
        status.setId(id + "-status");
        status.setWrapText(true);
        detail.setWrapText(true);
        detail.getStyleClass().add("paste-detail");
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox box = new VBox(8, text, status, detail);
        box.setPrefWidth(640);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId(id + "-ok");
        text.textProperty().addListener((o, a, b) -> reread(ok));
        text.setText(initialText == null ? "" : initialText);
        reread(ok);
        setResultConverter(button -> button == ButtonType.OK ? value : null);
        setOnShown(e -> text.requestFocus());
    }

    private void reread(Button ok) {
        value = null;
        detail.setText("");
        try {
            value = parse.apply(text.getText());
            status.setText(value == null ? "Paste or type here." : "Recognised as: " + describe.apply(value));
        } catch (StridescopeError e) {
            status.setText(e.getMessage());
            detail.setText(e.detail());
        }
        status.getStyleClass().removeAll("paste-error");
        if (value == null && !text.getText().isBlank()) {
            status.getStyleClass().add("paste-error");
        }
        ok.setDisable(value == null);
    }
}
