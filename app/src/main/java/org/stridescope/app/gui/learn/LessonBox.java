package org.stridescope.app.gui.learn;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stridescope.app.lesson.Lesson;

/** The open lesson: its title, its text and the thing to try, with the next lesson one click away. */
public final class LessonBox extends VBox {
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label tryThis = new Label();
    private final Button next = new Button("Next lesson ▸");
    private final Button close = new Button("✕");

    LessonBox(Consumer<Lesson> onNext, Runnable onClose) {
        super(6);
        setId("lesson-box");
        getStyleClass().add("lesson-box");
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        text.setId("lesson-text");
        text.setWrapText(true);
        text.getStyleClass().add("lesson-text");
        tryThis.setId("lesson-try");
        tryThis.setWrapText(true);
        tryThis.getStyleClass().add("lesson-try");
        next.setId("lesson-next");
        close.setId("lesson-close");
        close.getStyleClass().add("lesson-close");
        close.setOnAction(e -> onClose.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, title, gap, close);
        top.setAlignment(Pos.TOP_LEFT);
        setMinWidth(360);
        setPrefWidth(400);
        setMaxWidth(460);
        getChildren().addAll(top, text, tryThis, next);
        next.setOnAction(e -> {
            if (next.getUserData() instanceof Lesson l) {
                onNext.accept(l);
            }
        });
        setVisible(false);
    }

    /** Shows a lesson; {@code following} is the one after it, or null for the last. */
    void show(Lesson lesson, Lesson following) {
        title.setText(lesson.title());
        text.setText(lesson.text());
        tryThis.setText(lesson.tryThis().isBlank() ? "" : "Try this: " + lesson.tryThis());
        tryThis.setVisible(!lesson.tryThis().isBlank());
        tryThis.setManaged(tryThis.isVisible());
        next.setUserData(following);
        next.setVisible(following != null);
        next.setManaged(following != null);
        setVisible(true);
    }

    public String titleText() {
        return title.getText();
    }

    public String lessonText() {
        return text.getText();
    }

    public String tryText() {
        return tryThis.getText();
    }
}
