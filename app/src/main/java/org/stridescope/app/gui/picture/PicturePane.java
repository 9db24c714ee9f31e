package org.stridescope.app.gui.picture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.stridescope.app.gui.grid.GridPlane;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.format.CountText;
import org.stridescope.core.picture.Colormap;
import org.stridescope.core.picture.Picture;
import org.stridescope.core.picture.Shading;
import org.stridescope.core.picture.ValueSample;

/**
 * The Picture tab: the colour table, vmin and vmax (typed, dragged on the histogram, from the
 * finite values, or the 1st to 99th percentile), zoom buttons, and the picture of the array on
 * screen (of the grid's plane for more than two axes), or why there is none.
 */
final class PicturePane extends VBox {
    /** Values read to find the range and percentiles: all of a view up to this size, an even grid of a bigger one. */
    static final int SAMPLE = 1 << 18;
    /** Views up to this size are sampled on the FX thread. */
    static final long SAMPLE_AT_ONCE = 1 << 16;

    private final MainViewModel model;
    private final ObjectProperty<GridPlane> plane;
    private final StringProperty colormap = new SimpleStringProperty(this, "colormap", Colormap.DEFAULT);
    /** Typed or dragged; null: the smallest / largest finite value. */
    private final ObjectProperty<Double> vmin = new SimpleObjectProperty<>(this, "vmin");
    private final ObjectProperty<Double> vmax = new SimpleObjectProperty<>(this, "vmax");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final PictureView view;
    private final Histogram histogram;
    private final ComboBox<String> tables = new ComboBox<>();
    private final TextField vminField = new TextField();
    private final TextField vmaxField = new TextField();
    private final Label zoomText = new Label();
    /** vmin and vmax set for the user (off while the picture has no values to range: RGB, none). */
    private final Button auto;
    private final Button robust;
    /** Below this height the pane leaves out the histogram: the picture needs the room more. */
    private static final double SHORT = 360;
    /** The least height the picture keeps. */
    private static final double MIN_PICTURE = 120;
    private final Label note = new Label();
    private final Label refusal = new Label();
    private final ExecutorService sampler = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stridescope-picture-sample");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong sampling = new AtomicLong();
    private PixelMap map;
    private ValueSample sample;
    private Shading shading;
    private boolean active = true; // in sight: a hidden picture reads nothing
    private boolean stale; // the array or plane changed while hidden

    PicturePane(MainViewModel model, ObjectProperty<GridPlane> plane) {
        this.model = model;
        this.plane = plane;
        getStyleClass().add("picture-pane");
        setId("picture-pane");
        view = new PictureView(model);
        view.setId("picture-view");
        histogram = new Histogram((white, v) -> (white ? vmax : vmin).set(v));
        histogram.setId("picture-histogram");

        tables.getItems().setAll(Colormap.names());
        tables.setId("picture-colormap");
        tables.valueProperty().bindBidirectional(colormap);
        tables.setTooltip(new Tooltip("The colour table values go through (RGB(A) uint8 pictures are drawn as they are)"));
        field(vminField, "picture-vmin", vmin, "The value drawn in the table's first colour (blank: the smallest finite value)");
        field(vmaxField, "picture-vmax", vmax, "The value drawn in the table's last colour (blank: the largest finite value)");
        auto = button("Min/Max", "picture-auto", "vmin and vmax from the smallest and largest finite value", () -> {
            vmin.set(null);
            vmax.set(null);
        });
        robust = button("Robust", "picture-robust", "vmin and vmax at the 1st and 99th percentile: a few outliers no longer wash the picture out",
                this::robust);
        Button fit = button("Fit", "picture-fit", "The whole picture in sight (0)", view::fit);
        Button one = button("1:1", "picture-one", "One element to one screen pixel (1)", view::oneToOne);
        zoomText.setId("picture-zoom");
        zoomText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> zoomText(view.zoom()), view.zoomProperty()));
        zoomText.setMinWidth(Label.USE_PREF_SIZE);
        // One flowing bar: the table, the range, its buttons and the zoom, each group kept whole, wrapping onto
        // more lines in a narrow pane rather than running off its edge.
        HBox zoom = new HBox(4, fit, one, zoomText);
        zoom.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 4,
                pair("Colours", tables), pair("vmin", vminField), pair("vmax", vmaxField), new HBox(4, auto, robust), zoom);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("picture-controls");
        HBox.setHgrow(histogram, Priority.ALWAYS);
        HBox strip = new HBox(6, histogram);
        strip.setPadding(new Insets(2, 6, 2, 6));
        // A short pane keeps its height for the picture: vmin and vmax are still typed or set by the buttons,
        // and the note is the zoom's tooltip.
        javafx.beans.binding.BooleanBinding tall = heightProperty().greaterThan(SHORT);
        strip.visibleProperty().bind(histogram.visibleProperty().and(tall));
        strip.managedProperty().bind(strip.visibleProperty());
        note.setId("picture-note");
        note.getStyleClass().add("pane-subtitle");
        note.setWrapText(true);
        note.setPadding(new Insets(0, 10, 2, 10));
        note.visibleProperty().bind(tall);
        note.managedProperty().bind(tall);
        Tooltip noteTip = new Tooltip();
        noteTip.textProperty().bind(note.textProperty());
        zoomText.setTooltip(noteTip);
        refusal.setId("picture-refusal");
        refusal.setWrapText(true);
        refusal.setPadding(new Insets(16));
        refusal.setAlignment(Pos.TOP_LEFT);
        refusal.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        StackPane middle = new StackPane(view, refusal);
        middle.setMinHeight(MIN_PICTURE); // below this the tab scrolls: a sliver of picture helps no one
        VBox.setVgrow(middle, Priority.ALWAYS);
        getChildren().addAll(bar, strip, note, middle);

        model.arrayProperty().addListener((o, a, b) -> rebuild());
        plane.addListener((o, a, b) -> rebuild());
        model.sourceProperty().addListener((o, a, b) -> {
            vmin.set(null); // other data: its own range
            vmax.set(null);
        });
        colormap.addListener((o, a, b) -> restyle());
        vmin.addListener((o, a, b) -> restyle());
        vmax.addListener((o, a, b) -> restyle());
        palette.addListener((o, a, b) -> {
            view.paletteProperty().set(b);
            restyle();
        });
        rebuild();
    }

    private static String zoomText(double z) {
        return z >= 1 ? String.format("%.3gx", z) : String.format("1/%.3gx", 1 / z);
    }

    private void field(TextField f, String id, ObjectProperty<Double> value, String tip) {
        f.setId(id);
        f.setPrefColumnCount(7);
        f.setTooltip(new Tooltip(tip));
        Runnable commit = () -> {
            String t = f.getText().strip();
            if (t.isEmpty()) {
                value.set(null);
                return;
            }
            if (t.equals(shownText(value == vmin ? shading == null ? Double.NaN : shading.vmin()
                    : shading == null ? Double.NaN : shading.vmax()))) {
                return; // what is shown already
            }
            try {
                value.set(Double.parseDouble(t.replace('_', ' ').replace(" ", "")));
                f.getStyleClass().remove("error");
                f.getTooltip().setText(tip);
            } catch (NumberFormatException e) {
                f.getStyleClass().add("error");
                f.getTooltip().setText("'" + t + "' is not a number: type one such as 0.5, -3 or 1e3 (blank: from the values)");
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    private static HBox pair(String text, javafx.scene.Node control) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(4, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        return org.stridescope.app.gui.view.Buttons.button(text, id, tip, action);
    }

    private void robust() {
        if (sample != null && sample.finiteCount() > 0) {
            vmin.set(sample.percentile(1));
            vmax.set(sample.percentile(99));
        }
    }

    /** Shown (the tab in front) or hidden: only a picture in sight reads values and paints. */
    void setActive(boolean inSight) {
        active = inSight;
        view.setActive(inSight);
        if (inSight && stale) {
            rebuild();
        }
    }

    /** A new array or plane: which picture, then its values' sample, then the colours. */
    private void rebuild() {
        if (!active) {
            stale = true;
            sampling.incrementAndGet(); // a sample under way is for what is no longer shown
            return;
        }
        stale = false;
        map = PixelMap.of(model.array(), plane.get());
        refusal.setText(map.refusal() == null ? "" : capitalised(map.refusal()));
        refusal.setVisible(map.refusal() != null);
        view.setVisible(map.refusal() == null);
        sample = null;
        shading = null;
        long gen = sampling.incrementAndGet();
        Picture p = map.picture();
        if (p == null || map.rgb()) {
            restyle();
            return;
        }
        PixelMap forMap = map;
        if (p.pixels() <= SAMPLE_AT_ONCE) {
            sample = ValueSample.of(p, map.array().source(), SAMPLE, () -> false);
            restyle();
            return;
        }
        restyle(); // the note says the values are being read
        sampler.submit(() -> {
            ValueSample s;
            try {
                s = ValueSample.of(p, forMap.array().source(), SAMPLE, () -> sampling.get() != gen);
            } catch (RuntimeException e) {
                s = null; // the bytes went away (another file): the next rebuild reads those
            }
            ValueSample done = s;
            Platform.runLater(() -> {
                if (sampling.get() == gen && done != null) {
                    sample = done;
                    restyle();
                }
            });
        });
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The colours settled from the table, the typed points and the sample; the picture and histogram drawn in them. */
    private void restyle() {
        if (map == null || stale) {
            return; // drawn when it comes into sight
        }
        Colormap table = Colormap.named(colormap.get());
        if (map.picture() == null) {
            shading = null;
        } else if (map.rgb()) {
            shading = new Shading(table, 0, 255);
        } else if (sample != null) {
            double lo = vmin.get() != null ? vmin.get() : sample.min();
            double hi = vmax.get() != null ? vmax.get() : sample.max();
            shading = new Shading(table, lo, hi);
        } else {
            shading = null;
        }
        view.show(map, shading);
        boolean values = map.picture() != null && !map.rgb();
        histogram.setVisible(values);
        histogram.setManaged(values);
        for (javafx.scene.control.Control f : new javafx.scene.control.Control[] {vminField, vmaxField, auto, robust}) {
            f.setDisable(!values);
        }
        if (shading != null && values) {
            setIfNotEditing(vminField, shownText(shading.vmin()));
            setIfNotEditing(vmaxField, shownText(shading.vmax()));
        } else if (!values) {
            vminField.clear(); // RGB(A) or no picture: no values to range
            vmaxField.clear();
        }
        histogram.show(sample, shading == null || !values ? Double.NaN : shading.vmin(),
                shading == null || !values ? Double.NaN : shading.vmax(), table, palette.get());
        note.setText(noteText());
    }

    private static void setIfNotEditing(TextField f, String text) {
        if (!f.isFocused() || !f.getStyleClass().contains("error")) {
            f.setText(text);
            f.getStyleClass().remove("error");
        }
    }

    /** A value as the fields show it: short, exact enough to type back. */
    static String shownText(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        String s = String.format("%.6g", v);
        if (s.contains("e") || s.contains("E")) {
            return s.replaceAll("\\.?0+e", "e");
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private String noteText() {
        if (map.picture() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(map.width()).append(" x ").append(map.height()).append(" pixels");
        if (map.plane() != null) {
            sb.append(", the grid's plane a").append(org.stridescope.app.gui.grid.PlaneChooser.sliceText(map.plane()));
        }
        if (map.rgb()) {
            sb.append(map.picture().mode() == Picture.Mode.RGBA ? ", RGBA" : ", RGB");
        } else if (sample == null) {
            sb.append(", reading values…");
        } else if (sample.finiteCount() == 0) {
            sb.append(", no finite value");
        } else if (!sample.whole()) {
            sb.append(", range and histogram of ").append(CountText.of(sample.read(), "value")).append(" evenly spread");
        }
        return sb.toString();
    }

    // ---- what the feature and tests use ---------------------------------------------------------

    StringProperty colormapProperty() {
        return colormap;
    }

    ObjectProperty<Double> vminProperty() {
        return vmin;
    }

    ObjectProperty<Double> vmaxProperty() {
        return vmax;
    }

    ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    PictureView view() {
        return view;
    }

    Histogram histogram() {
        return histogram;
    }

    PixelMap map() {
        return map;
    }

    /** The picture of the array on screen now, even while hidden (the export writes it). */
    PixelMap freshMap() {
        return stale || map == null ? PixelMap.of(model.array(), plane.get()) : map;
    }

    /** The colours to export in: those on screen, or while hidden the table and the typed points (core finds the rest). */
    org.stridescope.core.picture.PictureStyle exportStyle() {
        if (!stale && shading != null && map != null && !map.rgb()) {
            return new org.stridescope.core.picture.PictureStyle(shading.colormap().name(), shading.vmin(), shading.vmax());
        }
        return new org.stridescope.core.picture.PictureStyle(colormap.get(), vmin.get(), vmax.get());
    }

    /** The colours in use, vmin and vmax settled; null while the values are being read or there is no picture. */
    Shading shading() {
        return shading;
    }
}
