package org.stridescope.app.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stridescope.core.layout.NumberLists;
import org.stridescope.core.StridescopeError;

/**
 * Reads the hand-written lesson format (see {@code resources/lessons/README.md}): {@code key: value}
 * lines, indented lines continuing the value above, {@code #} comments; {@code expect} and
 * {@code try-expect} may repeat. A mistake is an InputError naming the file and line.
 */
public final class LessonFile {
    private static final Set<String> SETUP = Set.of("bytes", "dtype", "shape", "strides", "offset", "expr");
    private static final Set<String> ONCE = Set.of("title", "text", "try", "select", "file", "bytes", "dtype", "shape",
            "strides", "offset", "expr", "try-dtype", "try-shape", "try-strides", "try-offset", "try-expr");

    private LessonFile() {
    }

    /** @throws StridescopeError InputError for an unknown or repeated key, a missing one, a bad line */
    public static Lesson parse(String name, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Lesson.Expectation> expect = new ArrayList<>();
        List<Lesson.Expectation> tryExpect = new ArrayList<>();
        String lastKey = null;
        List<Lesson.Expectation> lastList = null;
        String[] rows = text.split("\r?\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            int line = i + 1;
            if (row.isBlank() || row.stripLeading().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(row.charAt(0))) {
                if (lastKey == null) {
                    throw error(name, line, "an indented line continues a value, but no key comes before it");
                }
                if (lastList != null) {
                    Lesson.Expectation e = lastList.remove(lastList.size() - 1);
                    lastList.add(expectation(name, e.line(), e + " " + row.strip()));
                } else {
                    fields.put(lastKey, (fields.get(lastKey) + " " + row.strip()).strip());
                }
                continue;
            }
            int colon = row.indexOf(':');
            if (colon < 0) {
                throw error(name, line, "'" + row.strip() + "' is not 'key: value'");
            }
            String key = row.substring(0, colon).strip();
            String value = row.substring(colon + 1).strip();
            lastKey = key;
            lastList = null;
            if (key.equals("expect") || key.equals("try-expect")) {
                lastList = key.equals("expect") ? expect : tryExpect;
                lastList.add(expectation(name, line, value));
            } else if (!ONCE.contains(key)) {
                throw error(name, line, "'" + key + "' is not a lesson key (see resources/lessons/README.md)");
            } else if (fields.containsKey(key)) {
                throw error(name, line, "'" + key + "' is given twice (first on line " + lines.get(key) + ")");
            } else {
                fields.put(key, value);
                lines.put(key, line);
            }
        }
        for (String needed : List.of("title", "text", "bytes", "dtype")) {
            if (fields.getOrDefault(needed, "").isBlank()) {
                throw error(name, 0, "a lesson needs '" + needed + ":'");
            }
        }
        Lesson.Setup setup = setup(fields, "");
        Lesson.Setup afterTry = setup(fields, "try-");
        long[] select = null;
        if (!fields.getOrDefault("select", "").isBlank()) {
            select = NumberLists.parse(fields.get("select"), "select");
        }
        String file = fields.getOrDefault("file", "").strip();
        if (!file.matches("[A-Za-z0-9_.-]*") || file.startsWith(".")) {
            throw error(name, lines.get("file"), "'file' is a plain file name like transpose.pt, not '" + file + "'");
        }
        return new Lesson(name, fields.get("title"), fields.get("text"), fields.getOrDefault("try", ""), setup,
                select, expect, afterTry, tryExpect, file.isEmpty() ? null : file);
    }

    /** The setup, with each {@code try-} field (when {@code prefix} is "try-") replacing its plain one. */
    private static Lesson.Setup setup(Map<String, String> fields, String prefix) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String key : SETUP) {
            String own = fields.getOrDefault(key, "");
            f.put(key, prefix.isEmpty() ? own : fields.getOrDefault(prefix + key, own));
        }
        return new Lesson.Setup(f.get("bytes"), f.get("dtype"), f.get("shape"), f.get("strides"), f.get("offset"),
                f.get("expr"));
    }

    private static Lesson.Expectation expectation(String name, int line, String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0) {
            throw error(name, line, "an expectation is 'what = value', like '[0, 0] = 1633771874'");
        }
        return new Lesson.Expectation(text.substring(0, eq).strip(), text.substring(eq + 1).strip(), line);
    }

    private static StridescopeError error(String name, int line, String what) {
        String where = name + ".lesson" + (line > 0 ? " line " + line : "");
        return StridescopeError.inputError(where + ": " + what,
                "A lesson is 'key: value' lines; resources/lessons/README.md lists the keys.");
    }
}
