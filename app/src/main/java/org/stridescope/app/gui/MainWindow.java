package org.stridescope.app.gui;

import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.stridescope.app.base.LayoutText;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.gui.feature.WindowMenus;
import org.stridescope.app.gui.form.LayoutForm;
import org.stridescope.app.gui.grid.ArrayGridView;
import org.stridescope.app.gui.grid.PlaneChooser;
import org.stridescope.app.gui.hex.BytesWithStrip;
import org.stridescope.app.gui.hex.HexLegend;
import org.stridescope.app.gui.hex.HexView;
import org.stridescope.app.gui.hex.RowWidthChooser;
import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.app.gui.model.UserPrefs;
import org.stridescope.app.gui.view.OverflowBar;
import org.stridescope.app.gui.view.Palette;
import org.stridescope.core.StridescopeError;

/** The main window's content: form on the left, bytes and array side by side, status bar below. */
public final class MainWindow extends BorderPane {
    private final MainViewModel model;
    private final LayoutForm form;
    private final HexView hex;
    private final ArrayGridView grid;
    private final StatusBar status = new StatusBar();
    private final RowWidthChooser rowWidth;
    private final WindowMenus menus = new WindowMenus();
    private final FeatureContext context = new Context();
    private final TabPane panels = new TabPane();
    /** The grid and the other views of the array that features add beside it (the picture). */
    private final TabPane arrayViews = new TabPane();
    /** The form | the views; the hex view | the grid; the views above | the panels below. */
    private final SplitPane all;
    private final SplitPane views;
    private final SplitPane panelSplit = new SplitPane();
    private final VBox top = new VBox();
    private Runnable onOpen = () -> { };
    /** The narrowest the array's pane gets from the window's own layout (a few columns of the grid). */
    private static final double ARRAY_MIN_WIDTH = 220;
    private boolean viewsDividerRemembered;
    /** The most of the window's height the panels keep when the window is made smaller. */
    private static final double PANELS_SHARE = 0.32;
    private int fixedBytesPerRow; // the last fixed width chosen: what the next run starts with

    /** The window without its features: {@link WindowAssembly#build} adds them. */
    MainWindow(MainViewModel model, UserPrefs prefs) {
        this.model = model;
        getStyleClass().add("main-window");
        form = new LayoutForm(model);
        hex = new HexView(model);
        hex.setId("hex-view");
        grid = new ArrayGridView(model);
        grid.setId("array-grid");
        fixedBytesPerRow = prefs.bytesPerRow();
        rowWidth = new RowWidthChooser(hex, prefs.bytesPerRow(), w -> fixedBytesPerRow = w);

        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.getStyleClass().add("form-scroll");
        formScroll.setPrefWidth(300);
        formScroll.setMinWidth(260);
        formScroll.setMaxWidth(420); // on a large screen the room goes to the bytes and the array, not to wider fields

        views = new SplitPane(hexPane(), gridPane());
        views.setId("split-views");
        views.setDividerPositions(0.6);
        fitBytesBesideArray();
        all = new SplitPane(formScroll, views);
        all.setId("split-form");
        all.setDividerPositions(0.215);
        panelSplit.setId("split-panels");
        SplitPane.setResizableWithParent(formScroll, false);
        top.getChildren().add(toolBar());
        setTop(top);
        setCenter(withPanels(all));
        setBottom(buildStatusBar());

        model.themeProperty().addListener((o, a, b) -> applyTheme());
        applyTheme();
        baseMenuItems();
    }

    /**
     * At the first layout, unless the user left the divider elsewhere: the bytes get the width of a
     * 16-byte row with its ASCII (fewer in a small window, as "fit" picks), the array what is left, at least
     * {@link #ARRAY_MIN_WIDTH}.
     */
    private void fitBytesBesideArray() {
        javafx.beans.value.ChangeListener<Number> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number width) {
                double w = width.doubleValue();
                if (w <= 0) {
                    return;
                }
                views.widthProperty().removeListener(this);
                if (!viewsDividerRemembered) {
                    // The widest whole row "fit" picks that leaves the array its room (the row width follows).
                    double room = w - ARRAY_MIN_WIDTH;
                    double bytes = rowWidth.fitting(room - BytesWithStrip.CHROME)
                            .stream().mapToDouble(perRow -> hex.widthFor(perRow) + BytesWithStrip.CHROME).findFirst().orElse(room);
                    double at = bytes / w;
                    views.setDividerPositions(Math.max(0.3, Math.min(0.8, at)));
                }
            }
        };
        views.widthProperty().addListener(once);
    }

    private java.util.Map<String, SplitPane> splits() {
        return java.util.Map.of("form", all, "views", views, "panels", panelSplit);
    }

    /** Remembers where the user left the dividers between form, views and panels (called on closing). */
    public void saveLayout(UserPrefs prefs) {
        splits().forEach((name, split) -> {
            if (!split.getDividers().isEmpty()) {
                prefs.saveChoice("divider." + name, Double.toString(split.getDividerPositions()[0]));
            }
        });
    }

    /**
     * The stride arrows and coverage switches, the panel in front and the dividers, as the user last left them
     * (called once the features have added their panels).
     */
    void rememberViewChoices(UserPrefs prefs) {
        for (var entry : java.util.Map.of("strideArrows", hex.strideArrowsProperty(), "coverage", hex.coverageProperty()).entrySet()) {
            javafx.beans.property.BooleanProperty on = entry.getValue();
            on.set(Boolean.parseBoolean(prefs.choice(entry.getKey(), Boolean.toString(on.get()))));
            on.addListener((o, a, b) -> prefs.saveChoice(entry.getKey(), Boolean.toString(b)));
        }
        for (var split : splits().entrySet()) {
            try {
                double at = Double.parseDouble(prefs.choice("divider." + split.getKey(), "-1"));
                if (at > 0.05 && at < 0.95 && !split.getValue().getDividers().isEmpty()) {
                    split.getValue().setDividerPositions(at);
                    viewsDividerRemembered |= split.getValue() == views;
                }
            } catch (NumberFormatException e) {
                // a value saved by something else: keep the default
            }
        }
        String front = prefs.choice("panel", "");
        panels.getTabs().stream().filter(t -> front.equals(t.getId())).findFirst()
                .ifPresent(t -> panels.getSelectionModel().select(t));
        panels.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab != null && tab.getId() != null) {
                prefs.saveChoice("panel", tab.getId());
            }
        });
    }

    /** The items every build has: quit, the theme (Help > About is the help feature's). */
    private void baseMenuItems() {
        javafx.scene.control.MenuItem quit = new javafx.scene.control.MenuItem("_Quit");
        quit.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.Q, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> getScene().getWindow().fireEvent(
                new javafx.stage.WindowEvent(getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        menus.file().getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), quit);
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem("_Dark theme");
        dark.setId("menu-dark");
        dark.setSelected(model.themeProperty().get() == GuiOptions.Theme.DARK);
        dark.selectedProperty().addListener((o, a, b) -> model.themeProperty().set(b ? GuiOptions.Theme.DARK : GuiOptions.Theme.LIGHT));
        model.themeProperty().addListener((o, a, b) -> dark.setSelected(b == GuiOptions.Theme.DARK));
        menus.view().getItems().add(dark);
    }

    /**
     * The views above, and below them the panels features add (console, explanations), which
     * stay out of sight while there are none.
     */
    private Node withPanels(Node above) {
        panels.setId("panels");
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panels.getStyleClass().add("panels");
        panels.setMinHeight(140); // the Console keeps a few lines to read in a small window
        SplitPane split = panelSplit;
        split.getItems().add(above);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        panels.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) c -> {
            if (panels.getTabs().isEmpty()) {
                split.getItems().remove(panels);
            } else if (!split.getItems().contains(panels)) {
                split.getItems().add(panels);
                split.setDividerPositions(0.68);
            }
        });
        // A window made smaller takes the room from the panels first, down to their minimum: the bytes and
        // the array are what the window is for. (A divider the user drags stays where it is put.)
        split.heightProperty().addListener((o, was, now) -> {
            double h = now.doubleValue();
            if (h < was.doubleValue() && split.getItems().contains(panels) && panels.getHeight() > PANELS_SHARE * h) {
                double panelHeight = Math.max(panels.getMinHeight(), PANELS_SHARE * h);
                split.setDividerPositions(Math.max(0.05, 1 - panelHeight / h));
            }
        });
        return split;
    }

    /** What the window's features get to plug themselves in (see {@link WindowAssembly}). */
    public FeatureContext context() {
        return context;
    }

    public WindowMenus menus() {
        return menus;
    }

    public TabPane panels() {
        return panels;
    }

    /** The window as its features see it: places to add to, never the window itself. */
    private final class Context implements FeatureContext {
        @Override
        public MainViewModel model() {
            return model;
        }

        @Override
        public WindowMenus menus() {
            return menus;
        }

        @Override
        public void addBar(Node bar) {
            top.getChildren().add(bar);
        }

        @Override
        public void addPanel(Tab panel) {
            panels.getTabs().add(panel);
        }

        @Override
        public void showPanel(Tab panel) {
            panels.getSelectionModel().select(panel);
        }

        @Override
        public void setOnOpen(Runnable action) {
            onOpen = action;
        }

        @Override
        public javafx.scene.Parent root() {
            return MainWindow.this;
        }

        @Override
        public HexView hexView() {
            return hex;
        }

        @Override
        public void focusArray() {
            grid.requestFocus();
        }

        @Override
        public void addArrayView(Tab view) {
            arrayViews.getTabs().add(view);
        }

        @Override
        public javafx.beans.property.ObjectProperty<org.stridescope.app.gui.grid.GridPlane> gridPlane() {
            return grid.planeProperty();
        }

        @Override
        public void addToViewMenus(java.util.function.Supplier<javafx.scene.control.MenuItem> item) {
            for (javafx.scene.control.Control view : java.util.List.of(hex, grid)) {
                if (view.getContextMenu() == null) {
                    view.setContextMenu(new javafx.scene.control.ContextMenu());
                }
                view.getContextMenu().getItems().add(item.get());
            }
        }
    }

    private Node hexPane() {
        Label title = title("Bytes");
        // Without room the legend gives way (the colours are also named when hovering a byte).
        OverflowBar bar = new OverflowBar(8);
        bar.add(OverflowBar.Fit.STAYS, title, rowWidth, spacer());
        bar.add(OverflowBar.Fit.HIDES, new HexLegend(hex));
        bar.getStyleClass().add("pane-bar");
        // The coverage strip (the whole buffer at a glance) to the right of the bytes.
        BytesWithStrip bytes = new BytesWithStrip(hex);
        VBox.setVgrow(bytes, Priority.ALWAYS);
        VBox box = new VBox(bar, bytes);
        box.getStyleClass().add("view-pane");
        return box;
    }

    private Node gridPane() {
        Label title = title("Array");
        Label shape = new Label();
        shape.getStyleClass().add("pane-subtitle");
        shape.textProperty().bind(Bindings.createStringBinding(() -> {
            ShownArray a = model.array();
            return a == null ? "" : LayoutText.tuple(a.layout().shape()) + " " + a.layout().dtype().name();
        }, model.arrayProperty()));
        HBox bar = new HBox(8, title, shape);
        bar.getStyleClass().add("pane-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        PlaneChooser chooser = new PlaneChooser(grid);
        chooser.visibleProperty().bind(Bindings.isNotEmpty(chooser.getChildren()));
        chooser.managedProperty().bind(chooser.visibleProperty());
        Tab gridTab = new Tab("Grid", grid);
        gridTab.setId("tab-grid");
        arrayViews.getTabs().add(gridTab);
        arrayViews.setId("array-views");
        arrayViews.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        arrayViews.getStyleClass().add("array-views");
        VBox.setVgrow(arrayViews, Priority.ALWAYS);
        VBox box = new VBox(bar, chooser, arrayViews);
        box.getStyleClass().add("view-pane");
        box.setMinWidth(ARRAY_MIN_WIDTH); // a narrow window still shows a few columns of the array
        bar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        return box;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private Node buildStatusBar() {
        status.setId("status-bar");
        status.textProperty().bind(model.statusLineProperty());
        // NumPy's message for the layout, always in sight whatever the form's scroll; a click shows
        // the whole message in the form and puts the caret in the field at fault.
        Label error = new Label();
        error.setId("status-error");
        error.getStyleClass().add("status-error");
        error.setTooltip(new Tooltip("Click to see why, in the form, and fix the field"));
        error.setOnMouseClicked(e -> form.revealMessage());
        error.setCursor(javafx.scene.Cursor.HAND);
        Runnable showError = () -> {
            StridescopeError e = model.errorProperty().get();
            StridescopeError.Argument field = model.errorFieldProperty().get();
            boolean formError = e != null && field != StridescopeError.Argument.EXPR;
            error.setVisible(formError);
            error.setManaged(formError);
            error.setText(formError ? e.type() + ": " + e.getMessage() : "");
        };
        model.errorProperty().addListener((o, a, b) -> showError.run());
        model.errorFieldProperty().addListener((o, a, b) -> showError.run());
        showError.run();
        status.getLeftItems().add(error);
        Label array = new Label();
        array.setId("array-summary");
        array.textProperty().bind(Bindings.createStringBinding(() -> {
            StridescopeError e = model.errorProperty().get();
            String s = model.arraySummaryProperty().get();
            return e == null || s.isEmpty() ? s : "last valid: " + s;
        }, model.arraySummaryProperty(), model.errorProperty()));
        status.getRightItems().add(array);
        // When both do not fit, the selection's line keeps its words and the array summary gives way
        // (it is also in the form, the title and the Explain tab); while the layout is at fault, its
        // message keeps its words first.
        array.setMinWidth(0);
        array.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        error.setMinWidth(Region.USE_PREF_SIZE);
        error.setPadding(new javafx.geometry.Insets(0, 16, 0, 0));
        status.skinProperty().addListener((o, a, skin) -> {
            if (status.lookup(".status-label") instanceof Label line) {
                line.minWidthProperty().bind(Bindings.when(error.visibleProperty()).then(0.0).otherwise(Region.USE_PREF_SIZE));
            }
        });
        return status;
    }

    private Node toolBar() {
        Label name = new Label("Stridescope");
        name.getStyleClass().add("app-name");
        Label what = new Label("bytes + dtype + shape + strides + offset = array");
        what.getStyleClass().add("app-tagline");
        Button open = new Button("Open…");
        open.setId("open-file");
        open.setTooltip(new Tooltip("Open a file read-only (Ctrl+O, or drop it on the window)"));
        open.setOnAction(e -> onOpen.run());
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("theme-toggle");
        dark.setSelected(model.themeProperty().get() == GuiOptions.Theme.DARK);
        dark.selectedProperty().addListener((o, a, b) -> model.themeProperty().set(b ? GuiOptions.Theme.DARK : GuiOptions.Theme.LIGHT));
        model.themeProperty().addListener((o, a, b) -> dark.setSelected(b == GuiOptions.Theme.DARK));
        // One row for the menus and the name: a small screen keeps its height for the bytes. Without
        // room the tagline goes first, then Open… and Dark move into » (both are in the menus too).
        OverflowBar bar = new OverflowBar(10).moreId("app-more");
        bar.add(OverflowBar.Fit.STAYS, menus.bar(), spacer());
        bar.add(OverflowBar.Fit.HIDES, name, what);
        bar.add(OverflowBar.Fit.MENU, open, dark);
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private Palette palette() {
        return model.themeProperty().get() == GuiOptions.Theme.DARK ? Palette.DARK : Palette.LIGHT;
    }

    private void applyTheme() {
        boolean darkTheme = model.themeProperty().get() == GuiOptions.Theme.DARK;
        // AtlantaFX's Primer themes by their stylesheet (its classes are built for Java 21; the sheet is all
        // we need), in the binary form it ships too: parsing the 165 KB of CSS text cost ~0.3 s of each start.
        String sheet = darkTheme ? "/atlantafx/base/theme/primer-dark" : "/atlantafx/base/theme/primer-light";
        var url = MainWindow.class.getResource(sheet + ".bss");
        url = url != null ? url : MainWindow.class.getResource(sheet + ".css");
        if (url != null) {
            Application.setUserAgentStylesheet(url.toExternalForm());
        }
        getStyleClass().removeAll("light", "dark");
        getStyleClass().add(darkTheme ? "dark" : "light");
        hex.paletteProperty().set(palette());
        grid.paletteProperty().set(palette());
    }

    public HexView hexView() {
        return hex;
    }

    /** Puts the keyboard in the array view in front (the grid, or the picture): arrows move the selection there. */
    public void focusFrontView() {
        Tab front = arrayViews.getSelectionModel().getSelectedItem();
        Node content = front == null ? null : front.getContent();
        Node view = content == null || front.getContent() == grid ? grid : content.lookup("#picture-view");
        (view != null ? view : grid).requestFocus();
    }

    public ArrayGridView gridView() {
        return grid;
    }

    public LayoutForm form() {
        return form;
    }

    public StatusBar statusBar() {
        return status;
    }

    /** Bytes per hex row to remember (the last fixed width; a stride-of-axis choice depends on the array). */
    public int bytesPerRow() {
        return fixedBytesPerRow;
    }
}
