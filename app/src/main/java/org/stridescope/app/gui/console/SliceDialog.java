package org.stridescope.app.gui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Slice…: start, stop and step for each axis, written as NumPy's {@code a[start:stop:step, ...]}
 * (shown as it is typed). Blank parts mean NumPy's defaults: the whole axis, step 1.
 */
final class SliceDialog extends Dialog<List<String[]>> {
    private final List<TextField[]> rows = new ArrayList<>();

    SliceDialog(long[] shape, Function<List<String[]>, String> preview) {
        setTitle("Slice");
        setHeaderText("Each axis: every step-th position from start up to, not\n"
                + "including, stop. Blank: NumPy's default (the whole axis,\n"
                + "step 1). Negative numbers count from the end.");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("console-dialog-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        String[] heads = {"axis", "length", "start", "stop", "step"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("form-label");
            grid.add(h, c, 0);
        }
        for (int k = 0; k < shape.length; k++) {
            TextField[] f = {field("0", "slice-start-" + k), field(Long.toString(shape[k]), "slice-stop-" + k), field("1", "slice-step-" + k)};
            rows.add(f);
            grid.add(new Label(Integer.toString(k)), 0, k + 1);
            grid.add(new Label(Long.toString(shape[k])), 1, k + 1);
            for (int c = 0; c < 3; c++) {
                grid.add(f[c], c + 2, k + 1);
            }
        }
        Label code = new Label();
        code.setId("slice-preview");
        code.getStyleClass().add("dialog-code");
        Node ok = setUp(this, new VBox(10, grid, code));
        Runnable update = () -> {
            boolean valid = valid();
            ok.setDisable(!valid);
            showCode(code, valid ? preview.apply(texts()) : null, "Whole numbers only, and a step other than 0.");
        };
        rows.forEach(r -> {
            for (TextField f : r) {
                f.textProperty().addListener((o, a, b) -> update.run());
            }
        });
        update.run();
        setResultConverter(b -> b == ButtonType.OK ? texts() : null);
    }

    /** OK and Cancel, the content, the app's stylesheet; gives the OK button. */
    static Node setUp(Dialog<?> d, Node content) {
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().getStyleClass().add("console-dialog");
        d.setResizable(true);
        return d.getDialogPane().lookupButton(ButtonType.OK);
    }

    /** The NumPy text the dialog will write, or (null code) what to fix, muted. */
    static void showCode(Label label, String code, String fix) {
        label.setText(code != null ? code : fix);
        label.getStyleClass().remove("form-hint");
        if (code == null) {
            label.getStyleClass().add("form-hint");
        }
    }

    private static TextField field(String prompt, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(5);
        f.getStyleClass().add("expr-field");
        return f;
    }

    private List<String[]> texts() {
        List<String[]> out = new ArrayList<>();
        for (TextField[] r : rows) {
            out.add(new String[] {r[0].getText(), r[1].getText(), r[2].getText()});
        }
        return out;
    }

    private boolean valid() {
        for (TextField[] r : rows) {
            for (int c = 0; c < 3; c++) {
                String t = r[c].getText().strip();
                if (!t.isEmpty() && !(t.matches("-?\\d{1,18}") && !(c == 2 && Long.parseLong(t) == 0))) {
                    return false;
                }
            }
        }
        return true;
    }
}
