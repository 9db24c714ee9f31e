package org.stridescope.core.expr;

import java.util.List;

/** NumPy's {@code normalize_axis_index} and {@code normalize_axis_tuple}, with their messages. */
final class Axes {
    private Axes() {
    }

    /** An axis in -ndim..ndim-1 as 0..ndim-1; else AxisError, prefixed with the argument's name if given. */
    static int normalize(Object axis, int ndim, String argument) {
        long a = PyValues.index(axis);
        if (a < -ndim || a >= ndim) {
            throw PyValues.axisError(a, ndim, argument);
        }
        return (int) (a < 0 ? a + ndim : a);
    }

    /**
     * One axis or a tuple/list of axes, each normalized.
     *
     * @param duplicateMessage null to allow repeated axes
     * @param eachInTurn       check each axis for repeats as it comes (NumPy's C code) rather than
     *                         after all are normalized (its Python code)
     */
    static int[] normalizeAll(Object axes, int ndim, String argument, String duplicateMessage, boolean eachInTurn) {
        List<Object> items;
        if (PyValues.isSequence(axes)) {
            items = PyValues.items(axes);
        } else if (axes instanceof Long || axes instanceof Boolean) {
            items = List.of(axes);
        } else if (axes instanceof String text && !eachInTurn) {
            items = List.copyOf(text.chars().mapToObj(c -> (Object) String.valueOf((char) c)).toList());
        } else {
            throw PyValues.typeError("'" + PyValues.typeName(axes) + "' object is not iterable",
                    "Axes are given as an integer or a tuple of integers, such as 0 or (0, 1).");
        }
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object item = items.get(i);
            if (item instanceof Double && !eachInTurn) {
                // NumPy's Python-level normalize_axis_tuple hands each axis to a C function that says so.
                throw PyValues.typeError("integer argument expected, got float", "An axis must be an integer.");
            }
            out[i] = normalize(item, ndim, argument);
            if (eachInTurn) {
                checkRepeats(out, i, duplicateMessage);
            }
        }
        for (int i = 0; i < out.length && !eachInTurn; i++) {
            checkRepeats(out, i, duplicateMessage);
        }
        return out;
    }

    private static void checkRepeats(int[] axes, int i, String duplicateMessage) {
        for (int j = 0; j < i; j++) {
            if (duplicateMessage != null && axes[j] == axes[i]) {
                throw PyValues.valueError(duplicateMessage, "Axis " + axes[i] + " is named twice.");
            }
        }
    }

    /** NumPy's message for a repeated axis in {@code normalize_axis_tuple}. */
    static String repeatedAxis(String argument) {
        return argument == null ? "repeated axis" : "repeated axis in `" + argument + "` argument";
    }
}
