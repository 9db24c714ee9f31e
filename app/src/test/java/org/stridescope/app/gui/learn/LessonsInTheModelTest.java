package org.stridescope.app.gui.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stridescope.app.cli.WindowOptions;
import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.app.lesson.Lesson;
import org.stridescope.app.lesson.LessonCheck;
import org.stridescope.app.lesson.LessonLibrary;
import org.stridescope.core.layout.FlagRules;
import org.stridescope.core.layout.Layout;

/**
 * Opening a lesson puts its bytes, layout and expression into the window's model, and the array
 * shown then holds every value the lesson's text promises (NumPy's values, written into the
 * lesson while it was made with NumPy 1.24).
 */
class LessonsInTheModelTest {

    @Test
    void everyLessonLoadsAndShowsWhatItsTextPromises() {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : LessonLibrary.builtIn().all()) {
            MainViewModel model = new MainViewModel();
            LessonOpening.open(model, lesson);
            if (model.errorProperty().get() != null) {
                problems.add(lesson.name() + ": " + model.errorProperty().get());
                continue;
            }
            Layout layout = model.array().layout(); // the expression's view when the lesson has one
            for (Lesson.Expectation e : lesson.expectations()) {
                String got = LessonCheck.actual(model.array().source(), layout, FlagRules.of(layout), e.what());
                if (!got.equals(e.value())) {
                    problems.add(lesson.name() + ": " + e + " but the window shows " + got);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void openingALessonFillsEveryFormFieldAndTheExpression() {
        MainViewModel model = new MainViewModel();
        model.stridesTextProperty().set("99");
        LessonOpening.open(model, LessonLibrary.builtIn().load("seed-big-endian"));
        assertThat(model.dtypeTextProperty().get()).isEqualTo(">i4");
        assertThat(model.shapeTextProperty().get()).isEqualTo("2,2");
        assertThat(model.stridesTextProperty().get()).isEmpty(); // C order, not the 99 left from before
        assertThat(model.offsetTextProperty().get()).isEqualTo("0");
        assertThat(model.array().source().size()).isEqualTo(16);
        LessonOpening.open(model, LessonLibrary.builtIn().load("transpose"));
        assertThat(model.exprTextProperty().get()).isEqualTo("a.T");
        LessonOpening.open(model, LessonLibrary.builtIn().load("negative-strides"));
        assertThat(model.exprTextProperty().get()).isEmpty();
    }

    @Test
    void aLessonSelectsTheElementItsTryThisTalksAbout() {
        MainViewModel model = new MainViewModel();
        LessonOpening.open(model, LessonLibrary.builtIn().load("seed-big-endian"));
        assertThat(model.selection()).isInstanceOfSatisfying(Selection.Elements.class,
                e -> assertThat(e.lead()).containsExactly(1, 1));
        // np.ndarray((2, 2), '>i4', b'aaabaaacaaadaaae')[1, 1]
        assertThat(model.array().value(new long[] {1, 1})).isEqualTo("1633771877");
        // with an expression, the index is the view's: a.T[0, 1] is a[1, 0], 0.37182721
        LessonOpening.open(model, LessonLibrary.builtIn().load("transpose"));
        assertThat(model.selection()).isInstanceOfSatisfying(Selection.Elements.class,
                e -> assertThat(e.lead()).containsExactly(0, 1));
        assertThat(model.array().value(new long[] {0, 1})).isEqualTo("0.37182721");
    }

    @Test
    void theLessonFlagNamesALessonAndAnUnknownOneListsThem() {
        assertThat(WindowOptions.parse(new String[] {"--lesson", "transpose", "--snapshot", "x.png"}).lesson())
                .isEqualTo("transpose");
        assertThat(WindowOptions.parse(new String[] {"--lesson=broadcasting"}).lesson()).isEqualTo("broadcasting");
        assertThatThrownBy(() -> WindowOptions.parse(new String[] {"--lesson", "transpsoe"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--lesson: no lesson 'transpsoe'; the lessons are: seed-big-endian, ")
                .hasMessageContaining("transpose");
    }
}
