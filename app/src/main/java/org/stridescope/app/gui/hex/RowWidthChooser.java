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

    /** One choice: a fixed width, or an axis whose stride sets the width. */
    public record RowWidth(int bytes, int axis) {
        @Override
        public String toString() {
            return axis < 0 ? bytes + " bytes per row" : "stride of axis " + axis + " (" + bytes + " bytes)";
        }
    }

    private final HexView view;
    private final IntConsumer remember;

    public RowWidthChooser(HexView view, int initial, IntConsumer remember) {
        this.view = view;
        this.remember = remember;
        setId("row-width");
        view.model().arrayProperty().addListener((o, a, b) -> refresh());
        valueProperty().addListener((o, a, b) -> apply(b));
        refresh();
        setValue(new RowWidth(initial, -1));
    }

    private void refresh() {
        RowWidth current = getValue();
        List<RowWidth> items = new ArrayList<>();
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
        if (current != null && current.axis() >= 0) {
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
        if (w.axis() >= 0 && a != null) {
            long offset = a.layout().offset();
            view.rowShiftProperty().set((int) Math.floorMod(-offset, (long) w.bytes()));
        } else {
            view.rowShiftProperty().set(0);
            remember.accept(w.bytes());
        }
    }
}
