package org.stridescope.app.gui.model;

import org.stridescope.core.StridescopeError;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * Undo and redo for the layout: dtype, shape, strides, offset and the expression, whichever way
 * they changed (typing, C/F order, the byte-order buttons, Transpose, a .npy's header). Typing in
 * one field is one step, not one per key; a field's own Ctrl+Z still works inside the field.
 */
public final class LayoutHistory {
    private static final int LIMIT = 500;

    /**
     * One state of the five texts, which of them changed to reach it (null for the first), and the
     * drag that made it (0: none; see {@link MainViewModel#adjustingProperty()}).
     */
    record State(List<String> texts, StridescopeError.Argument changed, long drag) {
    }

    private static final StridescopeError.Argument[] FIELDS = {StridescopeError.Argument.DTYPE, StridescopeError.Argument.SHAPE,
        StridescopeError.Argument.STRIDES, StridescopeError.Argument.OFFSET, StridescopeError.Argument.EXPR};
    private static final String[] NAMES = {"dtype", "shape", "strides", "offset", "expression"};

    private final MainViewModel model;
    private final List<State> states = new ArrayList<>();
    private int at; // the state shown
    private boolean capturePending;
    private boolean typing; // the state shown was recorded last (not put back by undo or redo)
    private long drags; // counts drags that set the layout as they move
    private long pendingDrag; // the drag the change waiting to be recorded came from, 0 if none
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");

    public LayoutHistory(MainViewModel model) {
        this.model = model;
        states.add(new State(texts(), null, 0));
        model.adjustingProperty().addListener((o, a, b) -> drags += b ? 1 : 0);
        for (StringProperty p : properties()) {
            // After the event that changed it, so a header filling four fields is one step.
            p.addListener((o, a, b) -> {
                pendingDrag = model.adjustingProperty().get() ? drags : 0;
                if (!capturePending) {
                    capturePending = true;
                    Platform.runLater(this::capture);
                }
            });
        }
        update();
    }

    private List<StringProperty> properties() {
        return List.of(model.dtypeTextProperty(), model.shapeTextProperty(), model.stridesTextProperty(),
                model.offsetTextProperty(), model.exprTextProperty());
    }

    private List<String> texts() {
        return properties().stream().map(StringProperty::get).toList();
    }

    /** Records the fields as they now are, if they differ from the state shown. */
    void capture() {
        capturePending = false;
        List<String> now = texts();
        State shown = states.get(at);
        if (now.equals(shown.texts())) {
            return; // nothing changed, or undo/redo put this very state back
        }
        states.subList(at + 1, states.size()).clear();
        int field = onlyChange(shown.texts(), now);
        long drag = pendingDrag;
        if (typing && drag != 0 && shown.drag() == drag && at > 0) {
            states.set(at, new State(now, field >= 0 ? FIELDS[field] : null, drag)); // still dragging
        } else if (typing && field >= 0 && shown.changed() == FIELDS[field] && at > 0
                && oneKeystroke(shown.texts().get(field), now.get(field))) {
            states.set(at, new State(now, FIELDS[field], 0)); // still typing in the same field
        } else {
            states.add(new State(now, field >= 0 ? FIELDS[field] : null, drag));
            if (states.size() > LIMIT) {
                states.remove(0);
            }
            at = states.size() - 1;
        }
        typing = true;
        update();
    }

    public void undo() {
        capture(); // a change not yet recorded is the one to undo
        if (at > 0) {
            at--;
            show();
        }
    }

    public void redo() {
        capture();
        if (at < states.size() - 1) {
            at++;
            show();
        }
    }

    private void show() {
        typing = false;
        List<String> t = states.get(at).texts();
        model.setLayout(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4));
        update();
    }

    private void update() {
        canUndo.set(at > 0);
        canRedo.set(at < states.size() - 1);
        undoName.set(at > 0 ? describe(states.get(at - 1), states.get(at)) : "");
        redoName.set(at < states.size() - 1 ? describe(states.get(at), states.get(at + 1)) : "");
    }

    /** What a step changed, as a menu names it: "strides", "shape and strides", "layout". */
    private static String describe(State from, State to) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            if (!from.texts().get(i).equals(to.texts().get(i))) {
                changed.add(NAMES[i]);
            }
        }
        return changed.size() == 1 ? changed.get(0) : changed.size() == 2 ? changed.get(0) + " and " + changed.get(1) : "layout";
    }

    /** The index of the one field that differs, or -1 if several do. */
    private static int onlyChange(List<String> a, List<String> b) {
        int found = -1;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** True if {@code b} is {@code a} with one character typed or deleted (not a paste or a fill). */
    static boolean oneKeystroke(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What undo would put back ("strides"), empty when nothing. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
