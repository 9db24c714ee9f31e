package org.stridescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.app.lesson.LessonLibrary;

/** {@code stridescope lessons}: one lesson name a line, in menu order; {@code --check} verifies them. */
class LessonsCommandTest {

    @Test
    void listsOneLessonNameALineInMenuOrder() {
        CliRun run = CliRun.of("lessons");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).isEqualTo(LessonLibrary.builtIn().names())
                .startsWith("seed-big-endian", "seed-native-int32", "float32-from-buffer");
    }

    @Test
    void checkBuildsEveryBuiltInLessonAndFindsItsPromisesTrue() {
        CliRun run = CliRun.of("lessons", "--check");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith(" wrong" + System.lineSeparator()).contains("promised values, 0 wrong");
    }

    @Test
    void checkReportsAWrongPromiseAndExits2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.txt"), "seed\n");
        Files.writeString(dir.resolve("seed.lesson"),
                "title: T\ntext: t\nbytes: 61616162\ndtype: <i4\nshape: 1\nexpect: [0] = 1633771874\n");
        CliRun run = CliRun.of("lessons", "--check", "--dir", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        // np.frombuffer(b'aaab', '<i4')[0] is 1650549089: the lesson wrote the big-endian value.
        assertThat(run.out()).contains("seed: expect [0] (line 6): is 1650549089, the lesson says 1633771874")
                .contains("1 lessons, 1 promised values, 1 wrong");
    }
}
