package org.stridescope.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.inspect.Batch;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.InspectionJson;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.layout.ByteToElements;
import org.stridescope.core.layout.LayoutSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stridescope inspect}: what array a source and layout make, as text or JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Build the array NumPy would build and print it (or its JSON).")
final class InspectCommand implements Callable<Integer> {

    @Option(names = "--file", paramLabel = "PATH", description = "Raw bytes, .npy or .npz file (read-only).")
    Path file;
    @Option(names = "--member", paramLabel = "NAME", description = ".npz member (default: the first).")
    String member;
    @Option(names = "--hex", paramLabel = "TEXT", description = "Pasted bytes: hex, b'...', xxd, ...")
    String hex;
    @Option(names = "--dtype", paramLabel = "D", description = "NumPy dtype string (default <f8).")
    String dtype;
    @Option(names = "--shape", paramLabel = "S", description = "Comma list; \"\" is 0-d; absent: frombuffer.")
    String shape;
    @Option(names = "--strides", paramLabel = "T", description = "Comma list of byte strides; absent: C order.")
    String strides;
    @Option(names = "--offset", paramLabel = "N", description = "Byte offset of the first element.")
    long offset;
    @Option(names = "--count", paramLabel = "N", defaultValue = "-1", description = "frombuffer's count.")
    long count;
    @Option(names = "--expr", paramLabel = "E", description = "NumPy expression on the array, named a.")
    String expr;
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;
    @Option(names = "--elements", paramLabel = "START:STOP", description = "Flat C-order range of elements to list.")
    String elements;
    @Option(names = "--reads", paramLabel = "BYTE", description = "Which elements read this byte.")
    Long reads;
    @Option(names = "--batch", paramLabel = "FILE|-", description = "JSON lines in, one result line each out.")
    String batch;

    private LayoutSpec npyLayout;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.US_ASCII);
        if (batch != null) {
            return runBatch(batch);
        }
        try {
            ByteSource source = openSource();
            LayoutSpec spec = new LayoutSpec(dtype, shape == null ? null : NumberLists.parse(shape, "shape"),
                    strides == null ? null : NumberLists.parse(strides, "strides"), offset, count);
            if (npyLayout != null && dtype == null && shape == null && strides == null) {
                spec = npyLayout; // a .npy header says what its array is
            }
            Inspection inspection = Inspector.inspect(source, spec, expr);
            if (!inspection.isOk()) {
                return fail(out, inspection.error());
            }
            if (reads != null) {
                out.println(InspectionJson.readers(ByteToElements.readers(inspection.layout(), reads, 1000)));
            } else if (json) {
                long[] range = elementRange();
                out.println(InspectionJson.of(inspection, range[0], range[1], elements == null));
            } else {
                out.print(PlainReport.of(inspection));
            }
            out.flush();
            return 0;
        } catch (StridescopeError e) {
            return fail(out, e);
        }
    }

    /** {@code --batch FILE|-}; {@link Cli} also calls it straight, without picocli. */
    static int runBatch(String batch) throws IOException {
        BufferedReader in = batch.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(batch), StandardCharsets.UTF_8);
        try (in) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.US_ASCII);
            Batch.run(in, new java.io.BufferedWriter(w, 1 << 16));
        }
        return 0;
    }

    private int fail(PrintStream out, StridescopeError e) {
        if (json || reads != null) {
            out.println(InspectionJson.error(e));
        } else {
            out.println(e);
            if (!e.detail().isEmpty()) {
                out.println(e.detail());
            }
        }
        out.flush();
        return Cli.FAILED;
    }

    private ByteSource openSource() {
        if (hex != null && file != null) {
            throw StridescopeError.inputError("give either --file or --hex, not both", "One source at a time.");
        }
        if (hex != null) {
            return new HeapByteSource(PasteParser.parse(hex));
        }
        if (file != null) {
            DataFile data = DataFile.open(file, member);
            npyLayout = data.layoutSpec();
            return data.source();
        }
        throw StridescopeError.inputError("no source: give --file PATH or --hex TEXT",
                "For example: stridescope inspect --hex 61616162 --dtype '>i4'");
    }

    private long[] elementRange() {
        if (elements == null) {
            return new long[] {0, InspectionJson.DEFAULT_ELEMENT_LIMIT};
        }
        int colon = elements.indexOf(':');
        try {
            if (colon < 0) {
                throw new NumberFormatException();
            }
            String a = elements.substring(0, colon).strip();
            String b = elements.substring(colon + 1).strip();
            return new long[] {a.isEmpty() ? 0 : Long.parseLong(a), b.isEmpty() ? Long.MAX_VALUE : Long.parseLong(b)};
        } catch (NumberFormatException e) {
            throw StridescopeError.inputError("--elements '" + elements + "' is not START:STOP",
                    "Give a range of flat C-order positions, like 0:10.");
        }
    }
}
