package org.stridescope.app.gui.picture;

import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import org.stridescope.app.gui.data.BackgroundWork;
import org.stridescope.app.gui.data.Choosers;
import org.stridescope.app.gui.data.ErrorDialogs;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.gui.model.UserPrefs;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.io.ViewExport;
import org.stridescope.core.picture.Colormap;
import org.stridescope.core.picture.PictureStyle;

/**
 * The Picture tab beside the grid, and File > Export View as Picture… (the view, not the window,
 * at a chosen zoom in the colours on screen). Remembers the colour table and whether the picture
 * was in front.
 */
public final class PictureFeature {
    static final List<Integer> ZOOMS = List.of(1, 2, 4, 8, 16, 32, 64);

    private final FeatureContext context;
    private final PicturePane pane;
    private final Tab tab;
    private final BackgroundWork exports = new BackgroundWork();
    private Choosers choosers = Choosers.NATIVE;

    private PictureFeature(FeatureContext context) {
        this.context = context;
        pane = new PicturePane(context.model(), context.gridPlane());
        // In a pane too small for the controls and a picture worth seeing, the tab scrolls rather than cut them.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        tab = new Tab("Picture", scroll);
        tab.setId("tab-picture");
    }

    public static PictureFeature install(FeatureContext context, UserPrefs prefs) {
        PictureFeature f = new PictureFeature(context);
        context.addArrayView(f.tab);
        f.pane.setActive(f.tab.isSelected());
        f.tab.selectedProperty().addListener((o, a, b) -> f.pane.setActive(b));
        var theme = context.model().themeProperty();
        theme.addListener((o, a, b) -> f.pane.paletteProperty().set(b == GuiOptions.Theme.DARK ? Palette.DARK : Palette.LIGHT));
        f.pane.paletteProperty().set(theme.get() == GuiOptions.Theme.DARK ? Palette.DARK : Palette.LIGHT);

        String table = prefs.choice("picture.colormap", Colormap.DEFAULT);
        f.pane.colormapProperty().set(Colormap.names().contains(table) ? table : Colormap.DEFAULT);
        f.pane.colormapProperty().addListener((o, a, b) -> prefs.saveChoice("picture.colormap", b));
        if (Boolean.parseBoolean(prefs.choice("picture.front", "false"))) {
            f.bringToFront();
        }
        f.tab.selectedProperty().addListener((o, a, b) -> prefs.saveChoice("picture.front", Boolean.toString(b)));

        MenuItem export = WindowMenus.item("Export View as P_icture…", "menu-export-view-picture", f::exportChosen);
        var items = context.menus().file().getItems();
        int after = items.stream().map(MenuItem::getId).toList().indexOf("menu-export-view");
        items.add(after < 0 ? items.size() : after + 1, export);
        return f;
    }

    /** Brings the picture in front of the grid. */
    public void bringToFront() {
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
    }

    /** True when the picture is in front of the grid. */
    public boolean inFront() {
        return tab.isSelected();
    }

    /** Puts in other answers to "which file?" (tests: the native choosers block). */
    public void setChoosers(Choosers choosers) {
        this.choosers = choosers;
    }

    PicturePane pane() {
        return pane;
    }

    private void exportChosen() {
        PixelMap map = pane.freshMap();
        if (map.picture() == null) {
            ErrorDialogs.show(context.owner(), "No picture to export", StridescopeError.inputError(
                    map.refusal().lines().findFirst().orElse("the view is no picture"), map.refusal()));
            return;
        }
        List<String> choices = ZOOMS.stream().map(z -> z + "x  (" + map.width() * z + " x " + map.height() * z + " pixels)").toList();
        ChoiceDialog<String> ask = new ChoiceDialog<>(choices.get(0), choices);
        ask.initOwner(context.owner());
        ask.setTitle("Export View as Picture");
        ask.setHeaderText("Each element as zoom x zoom pixels, in the colours on screen");
        ask.setContentText("Zoom:");
        ask.showAndWait().ifPresent(choice -> {
            int zoom = ZOOMS.get(choices.indexOf(choice));
            Path out = choosers.fileToSave(context.owner(), "Export the view as a picture (not the window)", "view-picture",
                    List.of("png"));
            if (out != null) {
                startExport(out, zoom);
            }
        });
    }

    /** Writes the picture on screen to {@code out} at {@code zoom}, in the background with progress and Cancel. */
    Task<Boolean> startExport(Path out, int zoom) {
        PixelMap map = pane.freshMap();
        PictureStyle style = pane.exportStyle();
        return exports.start(context.owner(), "picture-export", "Exporting", "Writing the picture to " + out.getFileName(), "elements",
                monitor -> ViewExport.exportPicture(map.array().source(), map.picture().view(), out, style, zoom, monitor),
                written -> { },
                failure -> ErrorDialogs.show(context.owner(), "Export failed", ErrorDialogs.asError(failure,
                        "The export stopped on a problem of Stridescope's own; nothing was written.")));
    }

    // ---- for the benchmark (gui.bench): the view's zoom and pan steps, and whether it is up to date

    public void panBy(double dx, double dy) {
        pane.view().panBy(dx, dy);
    }

    public void zoomBy(double factor) {
        pane.view().zoomBy(factor);
    }

    public void fit() {
        pane.view().fit();
    }

    public void oneToOne() {
        pane.view().oneToOne();
    }

    /** {width, height} of the picture in pixels (elements). */
    public long[] pictureSize() {
        return new long[] {pane.map().width(), pane.map().height()};
    }

    /** True when the values are read and the image in sight is the fresh one. */
    public boolean settled() {
        return pane.shading() != null && !pane.view().rendering() && pane.view().shown() != null;
    }

    /** The thread of the last export (tests wait for it). */
    Thread lastExport() {
        return exports.lastWorker();
    }
}
