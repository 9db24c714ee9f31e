package org.stridescope.app.gui.grid;

import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.stridescope.app.gui.model.ShownArray;

/**
 * For N-D arrays: which axis runs down the grid, which runs across, and a spinner for the index
 * of each other axis. Empty (and hidden) below three dimensions, where there is nothing to pick.
 */
public final class PlaneChooser extends FlowPane {
    private final ArrayGridView grid;
    private boolean updating;
    /** "showing a[1, :, :]": follows every spinner step, which does not rebuild the bar. */
    private final Label slice = label("");

    public PlaneChooser(ArrayGridView grid) {
        this.grid = grid;
        getStyleClass().add("plane-chooser");
        slice.getStyleClass().add("slice-text");
        setHgap(12);
        setVgap(4);
        setAlignment(Pos.TOP_LEFT); // when squeezed, rows run over the grid below, never over the title above
        grid.planeProperty().addListener((o, a, b) -> {
            slice.setText("showing a" + sliceText(b));
            rebuild();
        });
        grid.model().arrayProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** Every wrapped row of choices, whatever room the pane has: none may hide under the title or the tabs. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width > 0 ? width : getWidth());
    }

    private void rebuild() {
        if (updating) {
            return;
        }
        getChildren().clear();
        ShownArray a = grid.model().array();
        GridPlane plane = grid.planeProperty().get();
        if (a == null || a.layout().ndim() < 3 || plane.ndim() != a.layout().ndim()) {
            return;
        }
        int ndim = a.layout().ndim();
        ChoiceBox<Integer> rowAxis = axisChoice(a, plane.rowAxis());
        rowAxis.setId("row-axis");
        ChoiceBox<Integer> colAxis = axisChoice(a, plane.colAxis());
        colAxis.setId("col-axis");
        rowAxis.setOnAction(e -> choose(rowAxis.getValue(), plane.colAxis() == rowAxis.getValue() ? plane.rowAxis() : plane.colAxis()));
        colAxis.setOnAction(e -> choose(plane.rowAxis() == colAxis.getValue() ? plane.colAxis() : plane.rowAxis(), colAxis.getValue()));
        getChildren().addAll(pair("rows", rowAxis), pair("cols", colAxis));
        long[] fixed = plane.fixed();
        for (int k = 0; k < ndim; k++) {
            if (k == plane.rowAxis() || k == plane.colAxis()) {
                continue;
            }
            int axis = k;
            int max = (int) Math.min(Integer.MAX_VALUE, a.layout().shape(k) - 1);
            Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Math.max(0, max), (int) fixed[k]));
            s.setId("axis-" + k + "-index");
            s.setEditable(true);
            s.setPrefWidth(90);
            s.valueProperty().addListener((o, old, v) -> {
                updating = true;
                try {
                    grid.planeProperty().set(grid.planeProperty().get().withFixed(axis, v));
                } finally {
                    updating = false;
                }
            });
            getChildren().add(pair("axis " + k, s));
        }
        slice.setText("showing a" + sliceText(plane));
        getChildren().add(slice);
    }

    /** A label and its control, kept on one line when the bar wraps. */
    private static javafx.scene.layout.HBox pair(String text, javafx.scene.Node control) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(4, label(text), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** NumPy's spelling of the slice on screen: {@code [1, :, :]}. */
    public static String sliceText(GridPlane plane) {
        StringBuilder sb = new StringBuilder("[");
        long[] f = plane.fixed();
        for (int k = 0; k < f.length; k++) {
            sb.append(k > 0 ? ", " : "").append(k == plane.rowAxis() || k == plane.colAxis() ? ":" : Long.toString(f[k]));
        }
        return sb.append(']').toString();
    }

    private void choose(int rows, int cols) {
        if (rows != cols) {
            grid.planeProperty().set(grid.planeProperty().get().withAxes(rows, cols));
        }
    }

    private static ChoiceBox<Integer> axisChoice(ShownArray a, int selected) {
        ChoiceBox<Integer> box = new ChoiceBox<>();
        for (int k = 0; k < a.layout().ndim(); k++) {
            box.getItems().add(k);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer k) {
                return k == null ? "" : "axis " + k + " (" + a.layout().shape(k) + ")";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        box.setValue(selected);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }
}
