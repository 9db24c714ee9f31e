package org.stridescope.app.base;

/** The version comes from the jar's manifest when packaged, so it is written in one place (the pom). */
public final class Version {
    private Version() {
    }

    public static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "stridescope " + (v == null ? "dev" : v);
    }
}
