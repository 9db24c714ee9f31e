package org.stridescope.app.gui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stridescope.core.format.CountText;
import org.stridescope.app.gui.model.GoToTarget;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.model.StatusText;

/**
 * Edit > Go To…: a byte offset or an element index, read as it is typed; below the field it says
 * where it would go ("byte 13 (0xd), read by element [1, 1]") or what is wrong, and OK stays
 * disabled until it can go there.
 */
final class GoToDialog extends Dialog<GoToTarget> {
    private final TextField field = new TextField();
    private final Label status = new Label();
    private GoToTarget target;

    GoToDialog(Window owner, MainViewModel model, String lastText) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Go To");
        setHeaderText("Go to a byte or an element");
        field.setId("go-to-text");
        field.setPromptText("1234, 0x4d2, or [3, 5]");
        field.setPrefColumnCount(28);
        field.setStyle("-fx-font-family: monospace;");
        status.setId("go-to-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setPrefWidth(420);
        Label how = new Label("A number is a byte offset, in decimal or 0x hex. An index in brackets is an element of "
                + "the array shown; negative indices count from the end, as in NumPy.");
        how.setWrapText(true);
        how.setPrefWidth(420);
        how.getStyleClass().add("form-hint");
        getDialogPane().setContent(new VBox(8, field, status, how));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("go-to-ok");
        field.textProperty().addListener((o, a, b) -> reread(model, ok));
        field.setText(lastText == null ? "" : lastText);
        reread(model, ok);
        setResultConverter(button -> button == ButtonType.OK ? target : null);
        // Every time, after the dialog has given focus to its default button: the field takes typing at once,
        // the last text selected so that typing replaces it.
        setOnShown(e -> javafx.application.Platform.runLater(() -> {
            getDialogPane().getScene().getWindow().requestFocus();
            field.requestFocus();
            field.selectAll();
        }));
    }

    private void reread(MainViewModel model, Button ok) {
        target = null;
        ShownArray a = model.array();
        try {
            target = GoToTarget.parse(field.getText(), model.sourceProperty().get().size(), a == null ? null : a.layout().shape());
            status.setText(describe(target, a));
            status.setStyle("");
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            status.setStyle(field.getText().isBlank() ? "" : "-fx-text-fill: -color-danger-fg;");
        }
        ok.setDisable(target == null);
    }

    private static String describe(GoToTarget t, ShownArray a) {
        if (t instanceof GoToTarget.Byte b) {
            String where = "byte " + b.position() + " (0x" + Long.toHexString(b.position()) + ")";
            if (a == null) {
                return where;
            }
            long readers = a.readers(b.position(), 1).count();
            return where + (readers == 0 ? ", read by no element" : ", read by " + CountText.of(readers, "element"));
        }
        long[] index = ((GoToTarget.Element) t).index();
        return "element " + StatusText.index(index)
                + ", bytes " + a.bytesOf(index);
    }

    /** The text typed, to offer again next time. */
    String text() {
        return field.getText();
    }
}
