package org.stridescope.app.gui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The expressions applied so far, walked with Up and Down like a shell's history: Up from what
 * is being typed goes to the latest, Down past the latest brings back what was being typed.
 */
public final class ExpressionHistory {
    static final int LIMIT = 200;

    private final List<String> entries = new ArrayList<>(); // oldest first, no two alike
    private final Consumer<List<String>> keep;
    private int cursor; // entries.size(): the line being typed
    private String draft = "";

    /** @param saved earlier runs' expressions, oldest first; @param keep told the list after each change */
    public ExpressionHistory(List<String> saved, Consumer<List<String>> keep) {
        this.keep = keep;
        for (String e : saved) {
            remember(e);
        }
        cursor = entries.size();
    }

    /** Records an applied expression as the latest (a repeated one moves to the end; blanks are not kept). */
    public void add(String expression) {
        remember(expression);
        cursor = entries.size();
        draft = "";
        keep.accept(List.copyOf(entries));
    }

    private void remember(String expression) {
        String e = expression.strip();
        if (e.isEmpty()) {
            return;
        }
        entries.remove(e);
        entries.add(e);
        if (entries.size() > LIMIT) {
            entries.remove(0);
        }
    }

    /** The expression before the one shown; {@code typing} is kept to come back to. Empty at the oldest. */
    public Optional<String> older(String typing) {
        if (cursor == entries.size()) {
            draft = typing;
            // The field shows the applied expression, the latest entry: Up goes to the one before it.
            if (cursor > 1 && entries.get(cursor - 1).equals(typing.strip())) {
                cursor--;
            }
        }
        if (cursor == 0) {
            return Optional.empty();
        }
        cursor--;
        return Optional.of(entries.get(cursor));
    }

    /** The expression after the one shown, or what was being typed; empty when already there. */
    public Optional<String> newer() {
        if (cursor >= entries.size()) {
            return Optional.empty();
        }
        cursor++;
        return Optional.of(cursor == entries.size() ? draft : entries.get(cursor));
    }

    public List<String> entries() {
        return List.copyOf(entries);
    }
}
