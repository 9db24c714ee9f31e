package org.stridescope.core.inspect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import org.stridescope.core.StridescopeError;

/** {@code inspect --batch}: one JSON result line per input line, in order; a bad line never stops the run. */
public final class Batch {
    private Batch() {
    }

    /** @return the number of lines answered */
    public static long run(BufferedReader in, Writer out) throws IOException {
        long n = 0;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.write(answer(line));
            out.write('\n');
            n++;
        }
        out.flush();
        return n;
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
        }
    }
}
