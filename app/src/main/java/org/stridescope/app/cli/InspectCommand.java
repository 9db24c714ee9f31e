package org.stridescope.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.analysis.RowWidthFinder;
import org.stridescope.core.layout.NumberLists;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.format.CountText;
import org.stridescope.core.inspect.Batch;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.InspectionJson;
import org.stridescope.core.io.tensors.TensorFile;
import org.stridescope.core.io.tensors.TensorFiles;
import org.stridescope.core.io.tensors.TensorListing;
import org.stridescope.core.layout.ByteToElements;
import org.stridescope.core.layout.Layout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stridescope inspect}: what array a source and layout make, as text or JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Build the array NumPy would build and print it (or its JSON).")
final class InspectCommand implements Callable<Integer> {

    @Mixin
    SourceOptions input = new SourceOptions();
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;
    @Option(names = "--elements", paramLabel = "START:STOP", description = "Flat C-order range of elements to list.")
    String elements;
    @Option(names = "--reads", paramLabel = "BYTE", description = "Which elements read this byte.")
    Long reads;
    @Option(names = "--batch", paramLabel = "FILE|-", description = "JSON lines in, one result line each out.")
    String batch;
    @Option(names = "--list", description = "List the named arrays of an .npz, PyTorch checkpoint, safetensors or HDF5 file.")
    boolean list;
    @Option(names = "--row-widths", description = "Guess the row pitch of a raw image: up to 5 pitches in bytes, best first.")
    boolean rowWidths;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.US_ASCII);
        if (batch != null) {
            return runBatch(batch);
        }
        try {
            if (list) {
                TensorFile listed = TensorFiles.list(input.fileToList());
                out.print(json ? TensorListing.json(listed) + "\n" : TensorListing.table(listed));
                out.flush();
                return 0;
            }
            Inspection inspection = input.inspect("stridescope inspect --hex 61616162 --dtype '>i4'");
            if (rowWidths) {
                printRowWidths(out, inspection);
                out.flush();
                return 0;
            }
            if (!inspection.isOk()) {
                return fail(out, inspection.error());
            }
            if (reads != null) {
                checkInBuffer(reads, inspection.source().size());
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

    /**
     * {@code --row-widths}: the values from the offset on, in the dtype given (the array before
     * {@code --expr}), as {@code {"ok": true, "row_widths": [{"bytes": 1928, "score": 0.93}, ...]}}
     * or one {@code 1928 bytes  score 0.93} line each.
     */
    private void printRowWidths(PrintStream out, Inspection inspection) {
        Layout array = inspection.base();
        List<RowWidthFinder.Candidate> found;
        if (array != null) {
            found = RowWidthFinder.find(inspection.source(), array.dtype(), array.offset(), array.offset() + array.nbytes());
        } else if (inspection.error().argument() == StridescopeError.Argument.DTYPE && input.shape == null
                && input.dtype != null) {
            // a raw file need not be a whole number of items (a trailer, a cut): its rows are still there
            DType dtype = DType.parse(input.dtype);
            long offset = NumberLists.single(input.offset, "offset", 0);
            long items = dtype.itemsize() == 0 ? 0 : Math.max(0, inspection.source().size() - offset) / dtype.itemsize();
            found = RowWidthFinder.find(inspection.source(), dtype, offset, offset + items * dtype.itemsize());
        } else {
            throw inspection.error();
        }
        if (json) {
            StringBuilder w = new StringBuilder("{\"ok\": true, \"row_widths\": [");
            for (RowWidthFinder.Candidate c : found) {
                w.append(w.charAt(w.length() - 1) == '[' ? "" : ", ").append("{\"bytes\": ").append(c.bytes())
                        .append(", \"score\": ").append(scoreText(c.score())).append('}');
            }
            out.println(w.append("]}"));
        } else if (found.isEmpty()) {
            out.println("no row width found: no pitch makes rows alike");
        } else {
            for (RowWidthFinder.Candidate c : found) {
                out.println(c.bytes() + " bytes  score " + scoreText(c.score()));
            }
        }
    }

    private static String scoreText(double score) {
        return String.format(java.util.Locale.ROOT, "%.2f", score);
    }

    /** {@code --batch FILE|-}; {@link Cli} also calls it straight, without picocli. */
    static int runBatch(String batch) throws IOException {
        InputStream in;
        try {
            in = batch.equals("-") ? System.in : openBatchFile(Path.of(batch));
        } catch (StridescopeError e) {
            System.err.print(PlainReport.error(e));
            return Cli.FAILED;
        }
        try (in) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.US_ASCII);
            Batch.run(in, new java.io.BufferedWriter(w, 1 << 16));
        }
        return 0;
    }

    /** The batch file, which may be a pipe ({@code --batch <(make-cases)}) but not a folder. */
    private static InputStream openBatchFile(Path file) {
        if (Files.isDirectory(file)) {
            throw StridescopeError.inputError("cannot read the batch file " + file + ": it is a folder",
                    "Give a file of JSON lines, or - to read them from standard input.");
        }
        try {
            return new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException | RuntimeException e) {
            throw ByteSources.cannotOpen(file, e);
        }
    }

    private int fail(PrintStream out, StridescopeError e) {
        if (json || reads != null) { // --reads answers in JSON only
            out.println(InspectionJson.error(e));
        } else {
            out.print(PlainReport.error(e));
        }
        out.flush();
        return Cli.FAILED;
    }

    /** {@code --reads} names a byte of the buffer, as the window's Go To does: past it no element can read it. */
    private static void checkInBuffer(long pos, long size) {
        if (pos < 0 || pos >= size) {
            throw StridescopeError.inputError("--reads: byte " + pos + " is outside the buffer, which has "
                    + CountText.bytes(size) + (size == 0 ? "" : " (0.." + (size - 1) + ")"),
                    "Give a byte position from 0 to the buffer's size minus one; the elements that read it are listed.");
        }
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
