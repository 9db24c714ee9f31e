package org.stridescope.app.gui.rawimage;

import java.util.List;
import javafx.concurrent.WorkerStateEvent;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.stridescope.app.gui.data.BackgroundWork;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.analysis.RowWidthFinder;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.NumberLists;

/**
 * View > Find Row Width… for raw images: core's {@link RowWidthFinder} on the bytes from the
 * form's offset, read as the form's dtype, in the background (progress and Cancel on big files);
 * its pitches, and the width, channels and padding that make the layout, in the Row Width panel.
 */
public final class RowWidthFeature {
    private final FeatureContext context;
    private final MainViewModel model;
    private final RowWidthPanel panel;
    private final Tab tab;
    private final BackgroundWork work = new BackgroundWork();

    private RowWidthFeature(FeatureContext context) {
        this.context = context;
        this.model = context.model();
        this.panel = new RowWidthPanel(model, this::find, context.hexView().coverageProperty());
        tab = new Tab("Row Width", panel);
        tab.setId("row-width-tab");
        context.addPanel(tab);
        MenuItem item = WindowMenus.item("Find _Row Width…", "menu-find-row-width", this::find);
        item.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        context.menus().view().getItems().addAll(0, List.of(item, new SeparatorMenuItem()));
    }

    public static RowWidthFeature install(FeatureContext context) {
        return new RowWidthFeature(context);
    }

    /** Brings the panel to the front and looks for row pitches in the bytes now in the window. */
    private void find() {
        context.showPanel(tab);
        ByteSource source = model.sourceProperty().get();
        DType dtype;
        long offset;
        try {
            dtype = DType.parse(model.dtypeTextProperty().get());
            offset = NumberLists.single(model.offsetTextProperty().get(), "offset", 0);
        } catch (StridescopeError e) {
            panel.showProblem("Fix the form first: " + e.getMessage());
            return;
        }
        String where = dtype.str() + " from byte " + offset + " of " + source.name();
        panel.searching(where);
        var task = work.start(context.owner(), "find-row-width", "Find Row Width", "Looking for the row pitch of " + where,
                "pitches compared", monitor -> RowWidthFinder.find(source, dtype, offset, source.size(), monitor),
                found -> panel.show(found, where),
                // core's advice names the command line's flags; here it is the form's fields
                failure -> panel.showProblem(failure instanceof StridescopeError e ? e.getMessage() + ". Set the dtype"
                        + " to numbers (u1 for 8-bit gray or RGB bytes) and the offset to where the first row starts."
                        : "The search stopped on a problem of Stridescope's own: " + failure));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> panel.showProblem("Cancelled: no pitches for " + where + "."));
    }
}
