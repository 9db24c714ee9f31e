package org.stridescope.app.gui.grid;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.view.Palette;

/**
 * The array's values as a grid with index headers: a 2-D slice of any N-D array (see
 * {@link GridPlane}). Paints only the visible cells, so a (10^6, 10^6) array scrolls freely.
 */
public final class ArrayGridView extends Control {
    private final MainViewModel model;
    private final ObjectProperty<GridPlane> plane = new SimpleObjectProperty<>(this, "plane", GridPlane.defaultFor(0));
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);

    public ArrayGridView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("array-grid-view");
        setFocusTraversable(true);
        model.arrayProperty().addListener((o, a, b) -> fitPlane(b));
        fitPlane(model.array());
    }

    /** A new array keeps the chosen slice if it still exists, else shows the default one. */
    private void fitPlane(ShownArray a) {
        int ndim = a == null ? 0 : a.layout().ndim();
        if (plane.get().ndim() != ndim || !fits(plane.get(), a)) {
            plane.set(GridPlane.defaultFor(ndim));
        }
    }

    private static boolean fits(GridPlane p, ShownArray a) {
        if (a == null) {
            return true;
        }
        long[] f = p.fixed();
        for (int k = 0; k < f.length; k++) {
            if (k != p.rowAxis() && k != p.colAxis() && f[k] >= a.layout().shape(k)) {
                return false;
            }
        }
        return true;
    }

    public MainViewModel model() {
        return model;
    }

    public ObjectProperty<GridPlane> planeProperty() {
        return plane;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Where the cell of element {@code index} is drawn, in this control's coordinates; null if not visible. */
    public Bounds cellBounds(long[] index) {
        return skin().cellBounds(index);
    }

    /** The text the cell of element {@code index} shows, or null if that cell is not on screen. */
    public String visibleText(long[] index) {
        return cellBounds(index) == null ? null : model.array().value(index);
    }

    /** The background the colour rules give element {@code index}'s cell (null: plain background). */
    public javafx.scene.paint.Color colourOf(long[] index) {
        return skin().colourOf(index, planeProperty().get().colOf(index));
    }

    /** Of a record array with field columns: where field column {@code column} of record {@code index} is drawn. */
    public Bounds fieldCellBounds(long[] index, long column) {
        return skin().cellBounds(index, column);
    }

    /** Of a record array with field columns: the background of that field's cell. */
    public javafx.scene.paint.Color fieldColourOf(long[] index, long column) {
        return skin().colourOf(index, column);
    }

    /** The field names heading the columns (a 0-d or 1-d array of records), else empty. */
    public java.util.List<String> fieldColumnNames() {
        org.stridescope.core.layout.RecordFields f = skin().fieldColumns();
        java.util.List<String> out = new java.util.ArrayList<>();
        for (long c = 0; f != null && c < Math.min(f.columns(), 1000); c++) {
            out.add(f.leaf(c).name());
        }
        return out;
    }

    /** Cells painted in the last frame. */
    public int paintedCells() {
        return skin().paintedCells();
    }

    public ArrayGridSkin skin() {
        return (ArrayGridSkin) getSkin();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ArrayGridSkin(this);
    }
}
