package org.stridescope.app.gui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 item 13: a bar without room for its buttons moves the last ones into a » menu that does
 * what they do, instead of cutting them off at the window's edge.
 */
@ExtendWith(ApplicationExtension.class)
class OverflowBarTest {
    private Stage stage;
    private OverflowBar bar;
    private final List<String> pressed = new ArrayList<>();
    private Button reset;
    private ToggleButton coverage;
    private ChoiceBox<String> order;
    private Label note;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        reset = new Button("Reset");
        coverage = new ToggleButton("Coverage");
        order = new ChoiceBox<>();
        note = new Label("index order (C): the last axis fastest");
        TextField field = new TextField();
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMinWidth(120);
        reset.setOnAction(e -> pressed.add("Reset"));
        Button slice = new Button("Slice…");
        slice.setOnAction(e -> pressed.add("Slice"));
        order.getItems().setAll("Index order (C)", "Memory order");
        order.setValue("Index order (C)");
        bar = new OverflowBar(6).moreId("more");
        bar.add(OverflowBar.Fit.STAYS, new Label("view ="), field);
        bar.add(OverflowBar.Fit.MENU, slice, reset, coverage);
        bar.addChoice("Order", order);
        bar.add(OverflowBar.Fit.HIDES, note);
        stage.setScene(new Scene(bar, 1000, 50));
        stage.show();
    }

    private void width(double w) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setWidth(w);
            bar.applyCss();
            bar.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withRoomEverythingIsOnTheBarAndThereIsNoMenu(FxRobot robot) {
        width(1000);
        assertThat(onFx(() -> reset.isVisible() && coverage.isVisible() && order.isVisible() && note.isVisible())).isTrue();
        assertThat(onFx(() -> bar.moreButton().isVisible())).isFalse();
    }

    @Test
    void narrowTheNoteGoesFirstThenTheLastButtonsMoveIntoTheMenuAndStillWork(FxRobot robot) {
        width(330);
        assertThat(onFx(note::isVisible)).as("the note gives way first").isFalse();
        assertThat(onFx(() -> bar.moreButton().isVisible())).isTrue();
        assertThat(onFx(reset::isVisible)).isFalse();
        // Nothing shown runs past the bar's right edge.
        assertThat(onFx(() -> bar.getChildrenUnmodifiable().stream().filter(n -> n.isVisible())
                .allMatch(n -> n.getBoundsInParent().getMaxX() <= bar.getWidth() + 0.5))).isTrue();

        robot.clickOn("#more");
        robot.clickOn("Reset");
        assertThat(pressed).containsExactly("Reset");

        robot.clickOn("#more");
        robot.clickOn("Coverage");
        assertThat(onFx(coverage::isSelected)).as("the toggle in the menu switches the button").isTrue();

        robot.clickOn("#more");
        robot.clickOn("Order");
        robot.clickOn("Memory order");
        assertThat(onFx(order::getValue)).isEqualTo("Memory order");

        width(1000);
        assertThat(onFx(() -> reset.isVisible() && note.isVisible())).as("wider again, all come back").isTrue();
        assertThat(onFx(() -> bar.moreButton().isVisible())).isFalse();
    }
}
