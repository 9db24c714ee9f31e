package org.stridescope.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every built-in lesson's promises hold when Stridescope's core builds its array. The promised
 * values were computed with NumPy 1.24 while writing the lessons, and
 * {@code scripts/lessons/check_lessons.py} re-checks the same lines with NumPy.
 */
class LessonsPromiseWhatNumpyGivesTest {
    /** Numbers in a lesson's text that are values: decimals, exponents, or five digits and more. */
    private static final Pattern VALUE = Pattern.compile("(?<![\\w.])-?(\\d+\\.\\d+(e[+-]\\d+)?|\\d{5,})(?![\\w.]*\\d)");

    @Test
    void everyLessonsExpectationsHoldInStridescopesCore() {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : LessonLibrary.builtIn().all()) {
            problems.addAll(LessonCheck.problems(lesson));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyValueALessonsTextNamesIsOneOfItsCheckedExpectations() {
        List<String> unchecked = new ArrayList<>();
        for (Lesson lesson : LessonLibrary.builtIn().all()) {
            List<String> checked = new ArrayList<>();
            lesson.expectations().forEach(e -> checked.add(e.value()));
            lesson.tryExpectations().forEach(e -> checked.add(e.value()));
            Matcher m = VALUE.matcher(lesson.text() + " " + lesson.tryThis());
            while (m.find()) {
                String value = m.group();
                // a record's value, (1, 184549375), promises each of its fields
                if (!checked.contains(value) && checked.stream().noneMatch(c -> c.startsWith("(")
                        && java.util.Arrays.asList(c.substring(1, c.length() - 1).split(",\\s*")).contains(value))) {
                    unchecked.add(lesson.name() + ": " + value);
                }
            }
        }
        assertThat(unchecked).isEmpty();
    }

    @Test
    void theIssuesLessonsAreAllThereAndEachPromisesSomething() {
        List<Lesson> all = LessonLibrary.builtIn().all();
        assertThat(all).extracting(Lesson::name).contains("seed-big-endian", "seed-native-int32", "float32-from-buffer",
                "transpose", "fortran-order", "negative-strides", "broadcasting", "sliding-windows", "byte-order",
                "complex-parts", "unaligned-offset", "record-padding", "field-is-a-strided-view", "c-structs-from-file",
                "row-padding", "wrong-stride-shears", "transposed-picture");
        assertThat(all).allSatisfy(l -> assertThat(l.expectations()).isNotEmpty());
    }

    @Test
    void aWrongPromiseIsReportedWithItsLine() {
        Lesson wrong = LessonFile.parse("wrong", """
                title: Wrong
                text: The seed's first int is 1.
                bytes: b'aaabaaacaaadaaae'
                dtype: >i4
                shape: 2,2
                expect: [0, 0] = 1
                """);
        assertThat(LessonCheck.problems(wrong))
                .containsExactly("wrong: expect [0, 0] (line 6): is 1633771874, the lesson says 1");
    }
}
