package org.stridescope.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;

/** The hand-written lesson format: key: value lines a teacher can write without code. */
class LessonFileTest {
    private static final String LESSON = """
            # a comment
            title: Seed
            text: Four ints,
              on two lines.
            try: Click [1, 1].
            bytes: b'aaab'
            dtype: >i4
            shape: 1
            select: 0
            expect: [0] = 1633771874
            try-dtype: <i4
            try-expect: [0] = 1650549089
            """;

    @Test
    void indentedLinesContinueTheValueAbove() {
        Lesson l = LessonFile.parse("seed", LESSON);
        assertThat(l.title()).isEqualTo("Seed");
        assertThat(l.text()).isEqualTo("Four ints, on two lines.");
        assertThat(l.select()).containsExactly(0);
    }

    @Test
    void missingLayoutFieldsAreBlankLikeAnEmptyFormField() {
        Lesson l = LessonFile.parse("seed", LESSON);
        assertThat(l.setup()).isEqualTo(new Lesson.Setup("b'aaab'", ">i4", "1", "", "", ""));
    }

    @Test
    void tryFieldsReplaceTheirPlainOnesAfterTheTry() {
        Lesson l = LessonFile.parse("seed", LESSON);
        assertThat(l.afterTry()).isEqualTo(new Lesson.Setup("b'aaab'", "<i4", "1", "", "", ""));
        assertThat(l.tryExpectations()).extracting(Lesson.Expectation::toString).containsExactly("[0] = 1650549089");
    }

    @Test
    void anUnknownKeyIsAnInputErrorNamingTheLine() {
        assertThatThrownBy(() -> LessonFile.parse("x", "title: T\ntext: t\ncolour: red\n"))
                .isInstanceOf(StridescopeError.class)
                .hasMessage("x.lesson line 3: 'colour' is not a lesson key (see resources/lessons/README.md)");
    }

    @Test
    void aFileIsAPlainNameNotAPath() {
        assertThat(LessonFile.parse("x", "title: T\ntext: t\nfile: t.pt\nbytes: 00\ndtype: u1\n").file()).isEqualTo("t.pt");
        assertThat(LessonFile.parse("x", "title: T\ntext: t\nbytes: 00\ndtype: u1\n").file()).isNull();
        assertThatThrownBy(() -> LessonFile.parse("x", "title: T\ntext: t\nfile: ../etc/passwd\nbytes: 00\ndtype: u1\n"))
                .hasMessage("x.lesson line 3: 'file' is a plain file name like transpose.pt, not '../etc/passwd'");
    }

    @Test
    void aLessonWithoutBytesSaysWhatIsMissing() {
        assertThatThrownBy(() -> LessonFile.parse("x", "title: T\ntext: t\ndtype: u1\n"))
                .hasMessage("x.lesson: a lesson needs 'bytes:'");
    }

    @Test
    void anUnknownLessonNameListsTheLessonsThereAre(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.txt"), "# order\nseed\n");
        Files.writeString(dir.resolve("seed.lesson"), LESSON);
        LessonLibrary library = LessonLibrary.in(dir);
        assertThat(library.names()).containsExactly("seed");
        assertThat(library.load("seed").title()).isEqualTo("Seed");
        assertThatThrownBy(() -> library.load("sead")).hasMessage("no lesson 'sead'; the lessons are: seed");
    }
}
