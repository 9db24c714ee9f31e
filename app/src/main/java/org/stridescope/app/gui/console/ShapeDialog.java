package org.stridescope.app.gui.console;

import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.stridescope.core.layout.NumberLists;
import org.stridescope.core.StridescopeError;

/**
 * Asks for a shape (Broadcast to…, Sliding window…) and, if wanted, axes; shows the NumPy
 * call it will write as it is typed. The answer is {shape, axes}.
 */
final class ShapeDialog extends Dialog<long[][]> {
    private final TextField shape = new TextField();
    private final TextField axes = new TextField();

    /**
     * @param axesLabel null for no axes field
     * @param preview   the NumPy text for a shape and axes
     */
    ShapeDialog(String title, String header, String shapeLabel, String initial, String axesLabel,
            BiFunction<long[], long[], String> preview) {
        setTitle(title);
        setHeaderText(header);
        shape.setId("dialog-shape");
        shape.setText(initial);
        shape.getStyleClass().add("expr-field");
        axes.setId("dialog-axes");
        axes.setPromptText("blank: all");
        axes.getStyleClass().add("expr-field");
        shape.setPrefColumnCount(16);
        axes.setPrefColumnCount(16);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(shapeLabel), shape);
        if (axesLabel != null) {
            grid.addRow(1, new Label(axesLabel), axes);
        }
        Label code = new Label();
        code.setId("shape-preview");
        code.getStyleClass().add("dialog-code");
        Node ok = SliceDialog.setUp(this, new VBox(10, grid, code));
        Runnable update = () -> {
            long[][] answer = answer();
            ok.setDisable(answer == null);
            SliceDialog.showCode(code, answer == null ? null : preview.apply(answer[0], answer[1]),
                    "Whole numbers separated by commas, like 2, 3.");
        };
        shape.textProperty().addListener((o, a, b) -> update.run());
        axes.textProperty().addListener((o, a, b) -> update.run());
        update.run();
        setResultConverter(b -> b == ButtonType.OK ? answer() : null);
        setOnShown(e -> shape.requestFocus());
    }

    /** The typed shape and axes, or null while they are not lists of whole numbers. */
    private long[][] answer() {
        try {
            long[] s = NumberLists.parse(shape.getText(), "shape");
            long[] x = NumberLists.parse(axes.getText(), "axis");
            return s.length == 0 && !shape.getText().strip().startsWith("(") ? null : new long[][] {s, x};
        } catch (StridescopeError e) {
            return null;
        }
    }
}
