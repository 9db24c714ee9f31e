package org.stridescope.app.gui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * A row of controls that, when the window is too narrow for all of them, moves the last ones into a
 * "»" menu (their own actions, as menu items) instead of cutting them off at the window's edge.
 * Items keep their place from left to right; a grow item (HBox hgrow ALWAYS: a spacer, a text
 * field) takes the room left over.
 */
public class OverflowBar extends Pane {

    /** What an item does when there is no room for it. */
    public enum Fit {
        /** Always shown (a title, the walk buttons, the expression field). */
        STAYS,
        /** Moves into the » menu as a menu item that does what the control does. */
        MENU,
        /** A note that only says something also said elsewhere: hidden first, not in the menu. */
        HIDES
    }

    private record Item(Node node, Fit fit, String menuName) {
    }

    private final double spacing;
    private final List<Item> items = new ArrayList<>();
    private final List<Item> hidden = new ArrayList<>();
    private final MenuButton more = new MenuButton("»");

    public OverflowBar(double spacing) {
        this.spacing = spacing;
        getStyleClass().add("overflow-bar");
        more.getStyleClass().add("overflow-more");
        more.setTooltip(new Tooltip("The controls this narrow window has no room for"));
        more.setAccessibleText("More");
        more.setVisible(false);
        more.setOnShowing(e -> more.getItems().setAll(menuItems()));
        getChildren().add(more);
    }

    /** Gives the » button an id (tests and the shortcut sheet find it by it). */
    public OverflowBar moreId(String id) {
        more.setId(id);
        return this;
    }

    public OverflowBar add(Fit fit, Node... nodes) {
        for (Node n : nodes) {
            items.add(new Item(n, fit, null));
            getChildren().add(getChildren().size() - 1, n);
        }
        return this;
    }

    /** Takes every item off the bar (to fill it anew). */
    public void clear() {
        getChildren().removeAll(items.stream().map(Item::node).toList());
        items.clear();
        hidden.clear();
    }

    /** A choice (order, speed) that in the » menu is a submenu named {@code menuName}. */
    public OverflowBar addChoice(String menuName, Node choice) {
        items.add(new Item(choice, Fit.MENU, menuName));
        getChildren().add(getChildren().size() - 1, choice);
        return this;
    }

    /** The » button: shown only while something is in it. */
    public MenuButton moreButton() {
        return more;
    }

    /** True while {@code node} is hidden for want of room (it is in the » menu, or just hidden). */
    public boolean isOverflowing(Node node) {
        return hidden.stream().anyMatch(i -> i.node() == node);
    }

    private List<Item> laidOut() {
        return items.stream().filter(i -> i.node().isManaged()).toList();
    }

    private double width(Node n) {
        return HBox.getHgrow(n) == Priority.ALWAYS ? n.minWidth(-1) : n.prefWidth(-1);
    }

    private double needed(List<Item> shown, boolean withMore) {
        double w = 0;
        for (Item i : shown) {
            w += width(i.node());
        }
        int gaps = Math.max(0, shown.size() - 1) + (withMore ? 1 : 0);
        return w + spacing * gaps + (withMore ? more.prefWidth(-1) : 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        List<Item> shown = laidOut();
        for (Item i : shown) {
            w += i.node().prefWidth(-1);
        }
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + w + spacing * Math.max(0, shown.size() - 1);
    }

    @Override
    protected double computeMinWidth(double height) {
        List<Item> stays = laidOut().stream().filter(i -> i.fit() == Fit.STAYS).toList();
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + needed(stays, true);
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = more.prefHeight(-1);
        for (Item i : laidOut()) {
            h = Math.max(h, i.node().prefHeight(-1));
        }
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + h;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double room = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        List<Item> shown = new ArrayList<>(laidOut());
        List<Item> out = new ArrayList<>();
        // Notes go first, then the menu items from the right.
        List<Item> candidates = new ArrayList<>();
        for (Fit fit : new Fit[] {Fit.HIDES, Fit.MENU}) {
            for (int k = shown.size() - 1; k >= 0; k--) {
                if (shown.get(k).fit() == fit) {
                    candidates.add(shown.get(k));
                }
            }
        }
        for (Item c : candidates) {
            boolean anyInMenu = out.stream().anyMatch(i -> i.fit() == Fit.MENU);
            if (needed(shown, anyInMenu) <= room) {
                break;
            }
            shown.remove(c);
            out.add(c);
        }
        boolean withMore = out.stream().anyMatch(i -> i.fit() == Fit.MENU);
        for (Item i : laidOut()) {
            boolean show = shown.contains(i);
            if (i.node().isVisible() != show && !i.node().visibleProperty().isBound()) {
                i.node().setVisible(show);
            }
        }
        hidden.clear();
        hidden.addAll(out);
        more.setVisible(withMore);

        double extra = Math.max(0, room - needed(shown, withMore));
        long growers = shown.stream().filter(i -> HBox.getHgrow(i.node()) == Priority.ALWAYS).count();
        double x = in.getLeft();
        for (Item i : shown) {
            Node n = i.node();
            double w = width(n) + (HBox.getHgrow(n) == Priority.ALWAYS && growers > 0 ? extra / growers : 0);
            layoutInArea(n, x, in.getTop(), w, height, 0, HPos.LEFT, VPos.CENTER);
            x += w + spacing;
        }
        if (withMore) {
            double w = more.prefWidth(-1);
            layoutInArea(more, x, in.getTop(), w, height, 0, HPos.LEFT, VPos.CENTER);
        }
    }

    /** The hidden controls as menu items, in their order on the bar. */
    private List<MenuItem> menuItems() {
        List<MenuItem> out = new ArrayList<>();
        for (Item i : items) {
            if (i.fit() == Fit.MENU && hidden.contains(i)) {
                MenuItem m = asMenuItem(i);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static MenuItem asMenuItem(Item item) {
        Node n = item.node();
        if (n instanceof ToggleButton t) {
            CheckMenuItem m = new CheckMenuItem(t.getText());
            m.setSelected(t.isSelected());
            m.setOnAction(e -> t.setSelected(m.isSelected()));
            return m;
        }
        if (n instanceof MenuButton b) {
            // Its items may be made as it opens (Flip lists the array's axes): ask it to make them.
            Menu m = new Menu(b.getText());
            m.getItems().add(new MenuItem("…"));
            m.setOnShowing(e -> {
                Event.fireEvent(b, new Event(MenuButton.ON_SHOWING));
                m.getItems().setAll(b.getItems().stream().map(OverflowBar::copy).toList());
            });
            return m;
        }
        if (n instanceof ButtonBase b) {
            MenuItem m = new MenuItem(b.getText());
            m.setDisable(b.isDisabled());
            m.setOnAction(e -> b.fire());
            return m;
        }
        if (n instanceof ChoiceBox<?> c) {
            return choices(item.menuName(), c);
        }
        if (n instanceof javafx.scene.control.ComboBox<?> c) {
            return choices(item.menuName(), c);
        }
        if (n instanceof Labeled l && l.getText() != null) {
            return new MenuItem(l.getText());
        }
        return null;
    }

    private static MenuItem copy(MenuItem original) {
        MenuItem m = new MenuItem(original.getText());
        m.setDisable(original.isDisable());
        m.setOnAction(e -> original.fire());
        return m;
    }

    private static <T> Menu choices(String name, ChoiceBox<T> box) {
        return choices(name, box.getItems(), box.getValue(), box::setValue,
                v -> box.getConverter() == null ? String.valueOf(v) : box.getConverter().toString(v));
    }

    private static <T> Menu choices(String name, javafx.scene.control.ComboBox<T> box) {
        return choices(name, box.getItems(), box.getValue(), box::setValue,
                v -> box.getConverter() == null ? String.valueOf(v) : box.getConverter().toString(v));
    }

    private static <T> Menu choices(String name, List<T> values, T current, java.util.function.Consumer<T> choose,
                                    java.util.function.Function<T, String> text) {
        Menu m = new Menu(name == null ? text.apply(current) : name);
        ToggleGroup group = new ToggleGroup();
        for (T v : values) {
            RadioMenuItem r = new RadioMenuItem(text.apply(v));
            r.setToggleGroup(group);
            r.setSelected(java.util.Objects.equals(v, current));
            r.setOnAction(e -> choose.accept(v));
            m.getItems().add(r);
        }
        return m;
    }
}
