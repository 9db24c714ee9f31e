package org.stridescope.app.gui.learn;

import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import org.stridescope.app.gui.feature.FeatureContext;
import org.stridescope.app.lesson.Lesson;
import org.stridescope.app.lesson.LessonLibrary;
import org.stridescope.core.StridescopeError;

/**
 * Learning in the window: the Explain panel (address formula, bytes and bits, flags with reasons)
 * and the Learn menu of lessons, each of which loads its bytes and layout and shows its text at
 * the left of the Explain panel. Installed by {@code gui.WindowAssembly}, which keeps it for
 * {@code --lesson}.
 */
public final class LearnFeature {
    private final FeatureContext context;
    private final Tab tab;
    private final ExplainPanel panel;
    private final List<Lesson> lessons;

    private LearnFeature(FeatureContext context) {
        this.context = context;
        this.lessons = readableLessons();
        LessonBox box = new LessonBox(this::open, () -> lessonBox().setVisible(false));
        panel = new ExplainPanel(context.model(), box);
        panel.getStylesheets().add(LearnFeature.class.getResource("learn.css").toExternalForm());
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("explain-scroll");
        // Out of sight at start (the Console is in front): its content joins the window when first shown.
        tab = new Tab("Explain");
        tab.selectedProperty().addListener((o, a, b) -> {
            if (b && tab.getContent() == null) {
                tab.setContent(scroll);
            }
        });
        tab.setId("explain-tab");
        panel.setShowing(tab.isSelected());
        tab.selectedProperty().addListener((o, a, b) -> panel.setShowing(b));
        context.addPanel(tab);
        if (tab.isSelected()) {
            tab.setContent(scroll);
        }
        for (Lesson l : lessons) {
            MenuItem item = new MenuItem(l.title());
            item.setMnemonicParsing(false);
            item.setId("lesson-" + l.name());
            item.setOnAction(e -> open(l));
            context.menus().learn().getItems().add(item);
        }
    }

    /** The built-in lessons; one that cannot be read is left out of the menu rather than stopping the window. */
    private static List<Lesson> readableLessons() {
        List<Lesson> out = new java.util.ArrayList<>();
        LessonLibrary library = LessonLibrary.builtIn();
        try {
            for (String name : library.names()) {
                try {
                    out.add(library.load(name));
                } catch (StridescopeError e) {
                    System.err.println("stridescope: lesson left out: " + e.getMessage());
                }
            }
        } catch (StridescopeError e) {
            System.err.println("stridescope: no lessons: " + e.getMessage());
        }
        return List.copyOf(out);
    }

    public static LearnFeature install(FeatureContext context) {
        return new LearnFeature(context);
    }

    /** Opens the lesson of that name (as {@code --lesson NAME} does). */
    public void openLesson(String name) {
        open(lessons.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseGet(() -> LessonLibrary.builtIn().load(name)));
    }

    /** Opens the first lesson of the Learn menu (Help > Getting Started). */
    public void openFirstLesson() {
        if (!lessons.isEmpty()) {
            open(lessons.get(0));
        }
    }

    /** The Explain panel. */
    public ExplainPanel panel() {
        return panel;
    }

    private void open(Lesson lesson) {
        LessonOpening.open(context.model(), lesson);
        int at = lessons.indexOf(lesson);
        lessonBox().show(lesson, at >= 0 && at + 1 < lessons.size() ? lessons.get(at + 1) : null);
        context.showPanel(tab);
    }

    private LessonBox lessonBox() {
        return panel.lessonBox();
    }
}
