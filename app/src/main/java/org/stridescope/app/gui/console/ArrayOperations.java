package org.stridescope.app.gui.console;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.base.LayoutText;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.ShownArray;

/**
 * The common operations for people who do not type NumPy: transpose, flip an axis, slice,
 * broadcast, sliding window, reset. Each writes its NumPy spelling onto the expression and
 * applies it, from the View ▸ Array menu or the buttons on the expression bar.
 */
final class ArrayOperations {
    private final MainViewModel model;
    private final ExpressionBar bar;
    private final Supplier<Window> owner;

    ArrayOperations(MainViewModel model, ExpressionBar bar, Supplier<Window> owner) {
        this.model = model;
        this.bar = bar;
        this.owner = owner;
    }

    void transpose() {
        bar.compose(ExpressionText::transpose);
    }

    void flip(int axis) {
        bar.compose(e -> ExpressionText.flip(e, axis));
    }

    void slice() {
        SliceDialog d = new SliceDialog(shape(), texts -> ExpressionText.argument(ExpressionText.slice(bar.text(), texts)));
        show(d).ifPresent(texts -> bar.compose(e -> ExpressionText.slice(e, texts)));
    }

    void broadcast() {
        ShapeDialog d = new ShapeDialog("Broadcast to", """
                Repeat the array to a bigger shape without copying: new
                leading axes, and axes of length 1, get stride 0, so their
                positions all read the same bytes.""",
                "shape", LayoutText.commaList(shape()), null,
                (s, x) -> ExpressionText.broadcastTo(bar.text(), s));
        show(d).ifPresent(a -> bar.compose(e -> ExpressionText.broadcastTo(e, a[0])));
    }

    void slidingWindow() {
        ShapeDialog d = new ShapeDialog("Sliding window", """
                Every window of this shape, as new last axes: neighbouring
                windows overlap and read the same bytes again, no copy.""",
                "window shape", "", "axis",
                (w, x) -> ExpressionText.slidingWindow(bar.text(), w, x));
        show(d).ifPresent(a -> bar.compose(e -> ExpressionText.slidingWindow(e, a[0], a[1])));
    }

    void reset() {
        bar.compose(e -> "");
    }

    private <T> java.util.Optional<T> show(javafx.scene.control.Dialog<T> d) {
        Window w = owner.get();
        if (w != null) {
            d.initOwner(w);
            d.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
        }
        return d.showAndWait();
    }

    /** The shape on screen (the last valid one while the expression is at fault). */
    private long[] shape() {
        ShownArray a = model.array();
        return a == null ? new long[0] : a.layout().shape();
    }

    /** One "Flip axis k" item per axis of the array on screen, built when the menu opens. */
    private List<MenuItem> flipItems() {
        long[] shape = shape();
        List<MenuItem> items = new java.util.ArrayList<>();
        for (int k = 0; k < shape.length; k++) {
            int axis = k;
            MenuItem item = new MenuItem("Axis " + k + " (length " + shape[k] + ")   np.flip(…, " + k + ")");
            item.setId("flip-axis-" + k);
            item.setOnAction(e -> flip(axis));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No axes to flip");
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    /** View ▸ Array. */
    Menu menu() {
        Menu flip = new Menu("_Flip axis");
        flip.setId("menu-flip");
        flip.getItems().add(new MenuItem("…")); // a submenu opens only with an item in it
        flip.setOnShowing(e -> flip.getItems().setAll(flipItems()));
        Menu m = new Menu("_Array", null,
                WindowMenus.item("_Transpose   .T", "menu-transpose", this::transpose),
                flip,
                WindowMenus.item("_Slice…   a[start:stop:step]", "menu-slice", this::slice),
                WindowMenus.item("_Broadcast to…   np.broadcast_to", "menu-broadcast", this::broadcast),
                WindowMenus.item("Sliding _window…   sliding_window_view", "menu-sliding-window", this::slidingWindow),
                new SeparatorMenuItem(),
                WindowMenus.item("_Reset to a", "menu-reset", this::reset));
        m.setId("menu-array");
        return m;
    }

    /** The same operations as small buttons. */
    javafx.scene.Node[] buttons() {
        MenuButton flip = new MenuButton("Flip");
        flip.setId("button-flip");
        flip.setTooltip(new Tooltip("np.flip(a, k): read axis k backwards (negative stride)"));
        flip.getItems().add(new MenuItem("…"));
        flip.setOnShowing(e -> flip.getItems().setAll(flipItems()));
        return new javafx.scene.Node[] {
            button("Transpose", "button-transpose", "Transpose: reverse the axes (.T swaps the strides, no copy)", this::transpose),
            flip,
            button("Slice…", "button-slice", "a[start:stop:step, ...]: every step-th position of each axis", this::slice),
            button("Broadcast…", "button-broadcast", "np.broadcast_to(a, shape): repeat with stride 0", this::broadcast),
            button("Window…", "button-sliding-window", "sliding_window_view(a, window): overlapping windows", this::slidingWindow),
            button("Reset", "button-reset", "Back to a itself (an empty expression)", this::reset),
        };
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        return org.stridescope.app.gui.view.Buttons.button(text, id, tip, action);
    }
}
