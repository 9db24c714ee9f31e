package org.stridescope.app.gui.walk;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.stridescope.app.gui.hex.HexView;
import org.stridescope.app.gui.view.OverflowBar;

/** A compact bar: walk back, play/pause, step, order and speed; stride arrows and coverage on or off. */
public final class WalkBar extends OverflowBar {
    /** Speeds offered, in elements per second. */
    static final double[] RATES = {1, 2, 4, 10, 30, 100, 1000};

    public WalkBar(Walker walker, HexView hex) {
        super(6);
        setId("walk-bar");
        moreId("walk-more");
        getStyleClass().addAll("pane-bar", "walk-bar");
        Label title = new Label("Walk");
        title.getStyleClass().add("pane-title");
        Button back = button("◀", "walk-back", "Step back (F7)", walker::stepBack);
        Button play = button("▶ Play", "walk-play", "Play or pause the walk (F8)", walker::togglePlay);
        play.textProperty().bind(Bindings.when(walker.playingProperty()).then("❚❚ Pause").otherwise("▶ Play"));
        Button forward = button("▶", "walk-forward", "Step forward (F9)", walker::stepForward);
        ChoiceBox<Walker.Order> order = new ChoiceBox<>();
        order.setId("walk-order");
        order.setPrefWidth(150);
        order.getItems().setAll(Walker.Order.values());
        order.valueProperty().bindBidirectional(walker.orderProperty());
        order.setTooltip(new Tooltip("Index order: [0, 0], [0, 1], ... Memory order: by the byte each element starts at."));
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.setId("walk-speed");
        speed.setPrefWidth(90);
        for (double r : RATES) {
            speed.getItems().add(r);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double r) {
                return r == null ? "" : String.format("%,.0f / s", r);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.setValue(walker.rateProperty().get());
        speed.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                walker.rateProperty().set(b);
            }
        });
        speed.setTooltip(new Tooltip("Elements per second while playing"));
        Label note = new Label();
        note.setId("walk-note");
        note.getStyleClass().add("pane-subtitle");
        note.textProperty().bind(walker.noteProperty());
        ToggleButton arrows = new ToggleButton("Stride arrows");
        arrows.setId("toggle-stride-arrows");
        arrows.selectedProperty().bindBidirectional(hex.strideArrowsProperty());
        ToggleButton coverage = new ToggleButton("Coverage");
        coverage.setId("toggle-coverage");
        coverage.selectedProperty().bindBidirectional(hex.coverageProperty());
        coverage.setTooltip(new Tooltip("Tint each byte by how many elements read it: never, once, several"));
        // In a narrow window the note goes first, then the switches and choices move into the » menu.
        add(Fit.STAYS, title, back, play, forward);
        addChoice("Order", order);
        addChoice("Speed", speed);
        add(Fit.HIDES, note);
        add(Fit.STAYS, spacer());
        add(Fit.MENU, arrows, coverage);
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        return r;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        // Reached with Tab like any button (Space presses it); F7, F8, F9 work from anywhere in the window.
        b.setAccessibleHelp(tip);
        return b;
    }
}
