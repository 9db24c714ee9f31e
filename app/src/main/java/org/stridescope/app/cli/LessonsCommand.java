package org.stridescope.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stridescope.app.lesson.Lesson;
import org.stridescope.app.lesson.LessonCheck;
import org.stridescope.app.lesson.LessonLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stridescope lessons}: the lesson names, one a line, for {@code stridescope --lesson NAME}.
 * With {@code --check}, also builds every lesson and checks the values its text promises.
 */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "List the lessons (open one with: stridescope --lesson NAME).")
final class LessonsCommand implements Callable<Integer> {

    @Option(names = "--check", description = "Check each lesson's promised values; exit 2 if one is wrong.")
    boolean check;
    @Option(names = "--dir", paramLabel = "FOLDER", description = "Lessons in this folder (index.txt, NAME.lesson) instead of the built-in ones.")
    Path dir;

    @Override
    public Integer call() {
        LessonLibrary library = dir == null ? LessonLibrary.builtIn() : LessonLibrary.in(dir);
        if (!check) {
            library.names().forEach(System.out::println);
            return 0;
        }
        List<String> problems = new ArrayList<>();
        int promises = 0;
        for (String name : library.names()) {
            Lesson lesson = library.load(name);
            promises += lesson.expectations().size() + lesson.tryExpectations().size();
            problems.addAll(LessonCheck.problems(lesson));
        }
        problems.forEach(System.out::println);
        System.out.println(library.names().size() + " lessons, " + promises + " promised values, "
                + problems.size() + " wrong");
        return problems.isEmpty() ? 0 : Cli.FAILED;
    }
}
