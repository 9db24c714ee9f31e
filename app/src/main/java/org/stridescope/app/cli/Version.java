package org.stridescope.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version comes from the jar's manifest when packaged, so it is written in one place (the pom). */
public final class Version implements IVersionProvider {
    public static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "stridescope " + (v == null ? "dev" : v);
    }

    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }
}
