package org.stridescope.app.gui.hex;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.layout.ByteRange;

/**
 * The bytes: offset column, hex pairs and ASCII, tinted by what the array makes of each byte.
 * Paints only the visible rows, so a file of any size scrolls end to end.
 */
public final class HexView extends Control {
    private final MainViewModel model;
    private final IntegerProperty bytesPerRow = new SimpleIntegerProperty(this, "bytesPerRow", 16);
    private final IntegerProperty rowShift = new SimpleIntegerProperty(this, "rowShift", 0);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final BooleanProperty coverage = new SimpleBooleanProperty(this, "coverage", false);
    private final BooleanProperty strideArrows = new SimpleBooleanProperty(this, "strideArrows", true);
    private final ReadOnlyObjectWrapper<ByteRange> visibleBytes =
            new ReadOnlyObjectWrapper<>(this, "visibleBytes", new ByteRange(0, 0));

    public HexView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("hex-view");
        setFocusTraversable(true);
    }

    public MainViewModel model() {
        return model;
    }

    /** Bytes in one row (1 .. 4096). */
    public IntegerProperty bytesPerRowProperty() {
        return bytesPerRow;
    }

    /**
     * The width this view needs to show rows of {@code bytes} bytes whole, offset and ASCII columns
     * included, with room for the vertical scroll bar.
     */
    public double widthFor(int bytes) {
        long size = model.sourceProperty().get() == null ? 0 : model.sourceProperty().get().size();
        HexGeometry g = new HexGeometry(size, bytes, 0, org.stridescope.app.gui.view.Fonts.CHAR_WIDTH);
        return HexViewSkin.PAD + g.offsetColumnWidth() + g.contentWidth() + SCROLL_BAR;
    }

    /** A vertical scroll bar's width in the themes used (it comes and goes; keep its room). */
    private static final double SCROLL_BAR = 16;

    /** How many bytes before byte 0 the first row starts, so a chosen byte begins a row. */
    public IntegerProperty rowShiftProperty() {
        return rowShift;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** True: tint bytes by how many elements read them (never, once, several) instead of by element. */
    public BooleanProperty coverageProperty() {
        return coverage;
    }

    /** True: arrows from the selected element to its neighbours along each axis. */
    public BooleanProperty strideArrowsProperty() {
        return strideArrows;
    }

    /** The bytes in the rows on screen (updated as it scrolls). */
    public ReadOnlyObjectProperty<ByteRange> visibleBytesProperty() {
        return visibleBytes.getReadOnlyProperty();
    }

    void setVisibleBytes(ByteRange r) {
        if (!r.equals(visibleBytes.get())) {
            visibleBytes.set(r);
        }
    }

    /** Scrolls so byte {@code pos}'s row is in the middle of the view. */
    public void scrollToByte(long pos) {
        skin().centreOn(pos);
    }

    /**
     * The stride labels shown in the last frame, e.g. {@code axis 1: +4 B}: beside the arrows, or
     * in the legend under the bytes when they fill the view (there every axis's, arrow in sight or not).
     */
    public java.util.List<String> strideArrowLabels() {
        return skin().drawnArrows().stream().filter(d -> d.labelBox() != null).map(d -> d.arrow().label()).toList();
    }

    /** The boxes those labels took (beside the arrows, or in the legend), in this control's coordinates. */
    public java.util.List<javafx.geometry.Rectangle2D> strideArrowLabelBoxes() {
        return skin().drawnArrows().stream().map(StrideArrows.Drawn::labelBox).filter(java.util.Objects::nonNull).toList();
    }

    /** The boxes of the arrows' tags (the axis number on an arrow whose label is in the legend). */
    public java.util.List<javafx.geometry.Rectangle2D> strideArrowTagBoxes() {
        return skin().drawnArrows().stream().map(StrideArrows.Drawn::tagBox).filter(java.util.Objects::nonNull).toList();
    }

    /** Where byte {@code pos}'s hex pair is drawn, in this control's coordinates; null if not visible. */
    public Bounds byteBounds(long pos) {
        return skin().byteBounds(pos);
    }

    /** The background the colour rules give byte {@code pos} (null: plain background). */
    public javafx.scene.paint.Color colourOf(long pos) {
        return skin().colourOf(pos);
    }

    /** Byte positions painted in the last frame. */
    public int paintedCells() {
        return skin().paintedCells();
    }

    /** The first visible row (a long: files may have billions of rows). */
    public long firstVisibleRow() {
        return skin().firstRow();
    }

    public HexViewSkin skin() {
        return (HexViewSkin) getSkin();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new HexViewSkin(this);
    }
}
