package org.stridescope.app.gui.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.ComboBox;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.core.layout.Layout;

/**
 * Bytes per hex row: a fixed width, or "the stride of axis k", which makes each row of the hex
 * view one step along that axis, starting at the array's offset, so the array's rows line up.
 */
public final class RowWidthChooser extends ComboBox<RowWidthChooser.RowWidth> {
    private static final int MAX_WIDTH = 4096;

    /** The widths "fit the pane" picks from: whole groups of 8 where they fit, and never more than 16. */
    private static final int[] FIT_WIDTHS = {16, 8, 4};

    /** One choice: a fixed width, an axis whose stride sets the width, or ({@link #FIT}) what the pane fits. */
    public record RowWidth(int bytes, int axis) {
        /** The axis value of the "fit the pane" choice. */
        public static final int FIT = -2;

        @Override
        public String toString() {
            return axis == FIT ? "fit: " + bytes + " bytes per row"
                    : axis < 0 ? bytes + " bytes per row" : "stride of axis " + axis + " (" + bytes + " bytes)";
        }
    }

    private final HexView view;
    private final IntConsumer remember;

    public RowWidthChooser(HexView view, int initial, IntConsumer remember) {
        this.view = view;
        this.remember = remember;
        setId("row-width");
        view.model().arrayProperty().addListener((o, a, b) -> refresh());
        // A narrow pane (a small window, a dragged divider) fits fewer bytes rather than cutting off the ASCII.
        view.widthProperty().addListener((o, a, b) -> refresh());
        view.model().sourceProperty().addListener((o, a, b) -> refresh()); // a bigger file: wider offsets
        valueProperty().addListener((o, a, b) -> apply(b));
        refresh();
        setValue(initial == org.stridescope.app.gui.model.UserPrefs.FIT ? fit() : new RowWidth(initial, -1));
    }

    /** The "fit the pane" choice at the view's width now (16 before the view is laid out). */
    private RowWidth fit() {
        double width = view.getWidth();
        int bytes = width <= 0 ? FIT_WIDTHS[0] : fitting(width).orElse(FIT_WIDTHS[FIT_WIDTHS.length - 1]);
        return new RowWidth(bytes, RowWidth.FIT);
    }

    /** The widest row "fit" picks that shows whole in a hex view {@code width} wide; empty when none does. */
    public java.util.OptionalInt fitting(double width) {
        for (int w : FIT_WIDTHS) {
            if (view.widthFor(w) <= width) {
                return java.util.OptionalInt.of(w);
            }
        }
        return java.util.OptionalInt.empty();
    }

    private void refresh() {
        RowWidth current = getValue();
        List<RowWidth> items = new ArrayList<>();
        RowWidth fit = fit();
        items.add(fit);
        for (int w : new int[] {8, 16, 24, 32, 48, 64}) {
            items.add(new RowWidth(w, -1));
        }
        ShownArray a = view.model().array();
        if (a != null) {
            Layout l = a.layout();
            for (int k = 0; k < l.ndim(); k++) {
                long s = Math.abs(l.stride(k));
                if (s >= 1 && s <= MAX_WIDTH) {
                    items.add(new RowWidth((int) s, k));
                }
            }
        }
        if (!items.equals(getItems())) {
            getItems().setAll(items);
        }
        if (current != null && current.axis() == RowWidth.FIT) {
            if (getValue() != fit) {
                setValue(fit); // the list's own item, or the combo shows nothing
            }
        } else if (current != null && current.axis() >= 0) {
            // Follow the axis: its stride may have changed with the layout.
            RowWidth same = items.stream().filter(r -> r.axis() == current.axis()).findFirst().orElse(new RowWidth(16, -1));
            if (!same.equals(current)) {
                setValue(same);
            }
            apply(same);
        } else if (current != null && getValue() != current) {
            setValue(current);
        }
    }

    private void apply(RowWidth w) {
        if (w == null) {
            return;
        }
        view.bytesPerRowProperty().set(w.bytes());
        ShownArray a = view.model().array();
        if (w.axis() == RowWidth.FIT) {
            view.rowShiftProperty().set(0);
            remember.accept(org.stridescope.app.gui.model.UserPrefs.FIT);
        } else if (w.axis() >= 0 && a != null) {
            long offset = a.layout().offset();
            view.rowShiftProperty().set((int) Math.floorMod(-offset, (long) w.bytes()));
        } else {
            view.rowShiftProperty().set(0);
            remember.accept(w.bytes());
        }
    }
}
