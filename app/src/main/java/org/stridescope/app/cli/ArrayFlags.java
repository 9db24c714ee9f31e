package org.stridescope.app.cli;

import picocli.CommandLine.Option;

/**
 * The flags that say how bytes are read as an array, declared once for the window
 * ({@link WindowOptions}) and the sub-commands that build one ({@link SourceOptions}); each adds
 * its own (the window's {@code --offset} is text the form checks, a command's a number).
 */
abstract class ArrayFlags {
    @Option(names = "--hex", paramLabel = "TEXT", description = "Pasted bytes: hex, b'...', xxd, ...")
    String hex;
    @Option(names = "--dtype", paramLabel = "D", description = "NumPy dtype string (default <f8).")
    String dtype;
    @Option(names = "--shape", paramLabel = "S", description = "Comma list; \"\" is 0-d; absent: frombuffer.")
    String shape;
    @Option(names = "--strides", paramLabel = "T", description = "Comma list of byte strides; absent: C order.")
    String strides;
    @Option(names = "--expr", paramLabel = "E", description = "NumPy expression on the array, named a.")
    String expr;
}
