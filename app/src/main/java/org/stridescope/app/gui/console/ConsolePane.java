package org.stridescope.app.gui.console;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.stridescope.app.gui.model.ExpressionRun;

/**
 * The console panel: each applied expression as a Python console transcript, the latest at the
 * bottom and scrolled into view. Plain text, so any part can be selected and copied.
 */
public final class ConsolePane extends BorderPane {
    /** Older runs are dropped beyond this many, so a long session stays light. */
    static final int KEPT_RUNS = 500;

    private final TextArea text = new TextArea();
    private final Deque<Integer> runLengths = new ArrayDeque<>();

    public ConsolePane() {
        getStyleClass().add("console-pane");
        text.setId("console-text");
        text.getStyleClass().add("console-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.setPromptText("Apply an expression in the bar above: it shows here as >>> a.T and NumPy's print-out.");
        setCenter(text);
        setTop(toolBar());
        text.skinProperty().addListener((o, a, b) -> scrollToEnd());
    }

    private HBox toolBar() {
        Label what = new Label("What a Python console prints for each expression");
        what.getStyleClass().add("console-caption");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button clear = new Button("Clear");
        clear.setId("console-clear");
        clear.getStyleClass().add("small");
        clear.setTooltip(new Tooltip("Empty the transcript (the history of expressions stays)"));
        clear.setOnAction(e -> clear());
        HBox bar = new HBox(8, what, gap, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("console-bar");
        return bar;
    }

    /** Adds a run at the bottom and scrolls to it. */
    public void add(ExpressionRun run) {
        String entry = ConsoleText.of(run);
        if (runLengths.size() == KEPT_RUNS) {
            text.deleteText(0, runLengths.removeFirst());
        }
        runLengths.addLast(entry.length());
        text.appendText(entry);
        text.positionCaret(text.getLength());
        scrollToEnd();
    }

    /** Now and once laid out again (a run can arrive before the panel is ever shown). */
    private void scrollToEnd() {
        text.setScrollTop(Double.MAX_VALUE);
        Platform.runLater(() -> text.setScrollTop(Double.MAX_VALUE));
    }

    public void clear() {
        runLengths.clear();
        text.clear();
    }

    /** The transcript as it reads. */
    public String transcript() {
        return text.getText();
    }
}
