package org.stridescope.app.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;

/**
 * The lessons, in the order {@code index.txt} lists them: the built-in ones come from the jar
 * ({@code /lessons/}, copied there from the top-level {@code resources/lessons/}); a folder of
 * lesson files works the same way, for teachers trying out new ones.
 */
public final class LessonLibrary {
    private final String where;
    private final Reader reader;

    private interface Reader {
        /** The text of a file in the lessons folder, or null if there is none. */
        String read(String file) throws IOException;
    }

    private LessonLibrary(String where, Reader reader) {
        this.where = where;
        this.reader = reader;
    }

    /** The lessons packaged with Stridescope. */
    public static LessonLibrary builtIn() {
        return new LessonLibrary("the built-in lessons", file -> {
            try (InputStream in = LessonLibrary.class.getResourceAsStream("/lessons/" + file)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    /** The lessons in a folder holding {@code index.txt} and {@code NAME.lesson} files. */
    public static LessonLibrary in(Path folder) {
        return new LessonLibrary(folder.toString(), file -> {
            Path p = folder.resolve(file);
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        });
    }

    /** Lesson names in menu order. */
    public List<String> names() {
        String index = text("index.txt");
        if (index == null) {
            throw StridescopeError.inputError("no index.txt in " + where,
                    "The lessons folder lists its lessons, one name a line, in index.txt.");
        }
        List<String> names = new ArrayList<>();
        for (String line : index.split("\r?\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** @throws StridescopeError InputError listing the lessons there are, if {@code name} is not one */
    public Lesson load(String name) {
        List<String> names = names();
        if (!names.contains(name)) {
            throw StridescopeError.inputError("no lesson '" + name + "'; the lessons are: " + String.join(", ", names),
                    "`stridescope lessons` lists them, one a line.");
        }
        String text = text(name + ".lesson");
        if (text == null) {
            throw StridescopeError.inputError("index.txt lists '" + name + "' but " + name + ".lesson is missing in "
                    + where, "Each name in index.txt needs its NAME.lesson file next to it.");
        }
        return LessonFile.parse(name, text);
    }

    /** Every lesson, in menu order. */
    public List<Lesson> all() {
        return names().stream().map(this::load).toList();
    }

    private String text(String file) {
        try {
            return reader.read(file);
        } catch (IOException e) {
            throw StridescopeError.inputError("cannot read " + file + " in " + where + ": " + e.getMessage(),
                    "The lesson files could not be read.");
        }
    }
}
