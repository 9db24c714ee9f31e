package org.stridescope.core.io.tensors;

/**
 * A class a hostile pickle names: loading it at all would run its static initializer, which
 * leaves a mark in the system properties (asking this class would load it, so the test asks there).
 */
public final class Tripwire {
    static final String MARK = "stridescope.test.tripwire.loaded";

    static {
        System.setProperty(MARK, "yes");
    }

    private Tripwire() {
    }

    public static void run() {
        System.setProperty(MARK, "ran");
    }
}
