package org.stridescope.core.inspect;

import java.io.InputStream;
import java.io.IOException;
import java.io.Writer;
import org.stridescope.core.StridescopeError;

/**
 * {@code inspect --batch}: one JSON result line per input line, in order, whatever the input (a
 * blank line, bytes that are not UTF-8, a line of gigabytes); a bad line never stops the run, and
 * the answers given are written out even when reading the input fails.
 */
public final class Batch {
    /** The longest line read (64 MiB): a longer one is answered with an error, its bytes not kept. */
    public static final int MAX_LINE_BYTES = 64 << 20;

    private Batch() {
    }

    /** @return the number of lines answered */
    public static long run(InputStream in, Writer out) throws IOException {
        return run(in, out, MAX_LINE_BYTES);
    }

    /** As above with lines of at most {@code maxLineBytes} (small in tests). */
    static long run(InputStream in, Writer out, int maxLineBytes) throws IOException {
        BatchLines lines = new BatchLines(in, maxLineBytes);
        long n = 0;
        try {
            while (true) {
                String result;
                try {
                    String line = lines.next();
                    if (line == null) {
                        return n;
                    }
                    result = answer(line);
                } catch (StridescopeError e) { // the line itself could not be read
                    result = InspectionJson.error(e);
                }
                out.write(result);
                out.write('\n');
                n++;
                if (lines.wouldWait()) {
                    out.flush(); // the answers so far are out before the run waits for more input
                }
            }
        } finally {
            out.flush();
        }
    }

    /** The result line for one batch line. */
    public static String answer(String line) {
        try {
            return InspectionJson.of(BatchLine.parse(line).inspect());
        } catch (StridescopeError e) {
            return InspectionJson.error(e);
        } catch (RuntimeException e) {
            // a bug of ours must not stop the run nor pass for a NumPy answer
            return InspectionJson.error(StridescopeError.internal(e,
                    "Stridescope failed on this line; please report it."));
        } catch (OutOfMemoryError e) {
            // a line of tens of megabytes of hex: its large arrays are garbage once this line is given up
            return InspectionJson.error(StridescopeError.inputError("this line needs more memory than Stridescope has",
                    "Its bytes and their text did not fit in the Java heap together (java -Xmx sets its size); the run"
                            + " goes on with the next line."));
        }
    }
}
