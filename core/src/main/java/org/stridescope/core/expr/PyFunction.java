package org.stridescope.core.expr;

/** A callable: a NumPy function or an array's bound method. */
record PyFunction(String name, Body body) {

    @FunctionalInterface
    interface Body {
        Object call(Args args);
    }
}
