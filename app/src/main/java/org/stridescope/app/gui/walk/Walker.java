package org.stridescope.app.gui.walk;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.gui.model.ShownArray;

/**
 * Walks the selection through the elements, one rank of a {@link WalkOrder} at a time: play,
 * pause, step forward and back. Each step is {@link MainViewModel#selectElement}, so both views
 * follow. A step costs O(ndim) (or a binary search for a sorted order), so a 10^12-element
 * layout walks as easily as a small one; playing is a Timeline, so the FX thread never waits.
 */
public final class Walker {
    /** Which order to walk in. */
    public enum Order {
        INDEX("Index order (C)"), MEMORY("Memory order");

        private final String text;

        Order(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Frames per second at most; faster walks take several elements a frame. */
    private static final double TICKS_PER_SECOND = 30;

    private final MainViewModel model;
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.INDEX);
    private final DoubleProperty rate = new SimpleDoubleProperty(4);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private Timeline timeline;
    private double owed; // elements due but not yet taken, at rates below one per tick
    private WalkOrder cached;
    private ShownArray cachedArray;
    private Order cachedOrder;

    public Walker(MainViewModel model) {
        this.model = model;
        order.addListener((o, a, b) -> describe());
        model.arrayProperty().addListener((o, a, b) -> describe());
        rate.addListener((o, a, b) -> {
            if (playing.get()) {
                startTimeline();
            }
        });
        describe();
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** Elements per second while playing. */
    public DoubleProperty rateProperty() {
        return rate;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** How the current order is made (exact, or roughly memory order, and why). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The order for the array on screen (made once per array and order). */
    public WalkOrder walkOrder() {
        ShownArray a = model.array();
        if (a == null) {
            return null;
        }
        if (a != cachedArray || order.get() != cachedOrder) {
            cached = order.get() == Order.INDEX ? WalkOrder.cOrder(a.layout()) : WalkOrder.memoryOrder(a.layout());
            cachedArray = a;
            cachedOrder = order.get();
        }
        return cached;
    }

    private void describe() {
        WalkOrder w = model.array() == null ? null : walkOrder();
        note.set(w == null ? "" : w.note());
    }

    /**
     * Moves the selection {@code n} ranks on (back if negative), from the selected element, or
     * from just before the first (after the last, going back) if none is selected. Stops at the
     * ends; returns false if it could not move at all.
     */
    public boolean step(long n) {
        WalkOrder w = walkOrder();
        if (w == null || w.size() == 0 || n == 0) {
            return false;
        }
        long size = w.size();
        long rank = n > 0 ? -1 : size;
        if (model.selection() instanceof Selection.Elements e && model.array().contains(e.lead())) {
            rank = w.rankOf(e.lead());
        }
        long target = n > 0 ? (n >= size - rank ? size - 1 : rank + n) : (-n >= rank + 1 ? 0 : rank + n);
        if (target == rank) {
            return false;
        }
        model.selectElement(w.indexAt(target), false);
        return true;
    }

    public void stepForward() {
        step(1);
    }

    public void stepBack() {
        step(-1);
    }

    /** Plays from the selected element (from the first, if the walk had reached the last). */
    public void play() {
        WalkOrder w = walkOrder();
        if (w == null || w.size() == 0 || playing.get()) {
            return;
        }
        if (model.selection() instanceof Selection.Elements e && model.array().contains(e.lead())
                && w.rankOf(e.lead()) == w.size() - 1) {
            model.selectElement(w.indexAt(0), false);
        }
        playing.set(true);
        owed = 0;
        startTimeline();
    }

    public void pause() {
        playing.set(false);
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    private void startTimeline() {
        if (timeline != null) {
            timeline.stop();
        }
        double perSecond = Math.max(0.1, rate.get());
        double ticks = Math.min(TICKS_PER_SECOND, perSecond);
        timeline = new Timeline(new KeyFrame(Duration.seconds(1 / ticks), e -> tick(perSecond / ticks)));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    private void tick(double elements) {
        owed += elements;
        long n = (long) Math.floor(owed);
        if (n == 0) {
            return;
        }
        owed -= n;
        if (!step(n)) {
            pause(); // the end (or nothing to walk)
        }
    }
}
