package org.stridescope.core.io;

import java.nio.file.Path;
import java.util.Locale;
import org.stridescope.core.StridescopeError;

/** What an export writes, chosen by the output file's extension. */
public enum ExportFormat {
    /** A .npy NumPy loads bit for bit: same dtype (byte order included), shape, C order. */
    NPY("npy"),
    /** An .npz with the one member {@code arr_0.npy}, stored, as {@code np.savez(out, view)}. */
    NPZ("npz"),
    /** One line per last-axis line, values as NumPy's {@code str()} of each element. */
    CSV("csv"),
    /** The view's bytes in C order, nothing else. */
    BIN("bin"),
    /** The view as a picture (cli.md "Pictures"): 8-bit RGBA, one pixel per element. */
    PNG("png");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format for {@code out.npy}, {@code out.npz}, {@code out.csv}, {@code out.bin} (or {@code .raw}), {@code out.png}. */
    public static ExportFormat forPath(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        if (name.endsWith(".raw")) {
            return BIN;
        }
        throw StridescopeError.inputError("cannot tell the export format of " + out,
                "Name the output file with one of the extensions .npy, .npz, .csv, .bin or .png.");
    }
}
