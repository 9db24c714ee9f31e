package org.stridescope.core.layout;

/** One plain line per flag saying why it is set or not, e.g. "axis 0 stride 16 != 4*3 bytes". */
public record FlagReasons(String cContiguous, String fContiguous, String aligned, String writeable) {
}
