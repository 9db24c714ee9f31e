package org.stridescope.core.picture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.stridescope.core.StridescopeError;

/**
 * A colour table of 256 RGBA rows (index 0 = the lowest value), as matplotlib 3.6 gives them:
 * {@code gray} (the default), {@code viridis}, {@code magma}, {@code inferno}, {@code plasma},
 * {@code cividis}, {@code turbo}. The tables are resources next to this class's package
 * ({@code org/stridescope/core/colormaps/NAME.csv}, see the README there for their licences).
 */
public final class Colormap {
    /** The tables there are, the default first. */
    public static final List<String> NAMES = List.of("gray", "viridis", "magma", "inferno", "plasma", "cividis", "turbo");
    public static final String DEFAULT = "gray";

    private final String name;
    private final byte[] rgba;

    private Colormap(String name, byte[] rgba) {
        this.name = name;
        this.rgba = rgba;
    }

    public static List<String> names() {
        return NAMES;
    }

    /** The table {@code name}; an InputError naming the tables there are when it is not one. */
    public static Colormap named(String name) {
        if (name == null) {
            name = DEFAULT;
        }
        if (!NAMES.contains(name)) {
            throw StridescopeError.inputError("unknown colormap '" + name + "'",
                    "The colour tables are " + String.join(", ", NAMES) + " (gray when none is given).");
        }
        String resource = "/org/stridescope/core/colormaps/" + name + ".csv";
        try (InputStream in = Colormap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\r?\n");
            byte[] table = new byte[256 * 4];
            int row = 0;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("r")) {
                    continue; // the header line
                }
                String[] parts = line.split(",");
                for (int k = 0; k < 4; k++) {
                    table[row * 4 + k] = (byte) Integer.parseInt(parts[k].trim());
                }
                row++;
            }
            if (row != 256) {
                throw new IllegalStateException(resource + " has " + row + " rows, not 256");
            }
            return new Colormap(name, table);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(resource, e);
        }
    }

    public String name() {
        return name;
    }

    /** Copies the RGBA of row {@code index} (0..255) to {@code out[at..at+3]}. */
    public void copy(int index, byte[] out, int at) {
        System.arraycopy(rgba, index * 4, out, at, 4);
    }

    /** Row {@code index} as {@code 0xRRGGBBAA}. */
    public int rgba(int index) {
        return (rgba[index * 4] & 0xff) << 24 | (rgba[index * 4 + 1] & 0xff) << 16 | (rgba[index * 4 + 2] & 0xff) << 8
                | rgba[index * 4 + 3] & 0xff;
    }
}
