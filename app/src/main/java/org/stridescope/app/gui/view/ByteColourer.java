package org.stridescope.app.gui.view;

import java.util.List;
import javafx.scene.paint.Color;

/** A colour rule for one byte of the hex view (a primitive {@link Colourer}, asked per visible byte). */
@FunctionalInterface
public interface ByteColourer {
    /** The background for byte {@code pos}, or null for no opinion. */
    Color colour(long pos);

    /** The first opinion of the rules, in order. */
    static ByteColourer chain(List<ByteColourer> rules) {
        ByteColourer[] all = rules.toArray(ByteColourer[]::new);
        return pos -> {
            for (ByteColourer r : all) {
                Color c = r.colour(pos);
                if (c != null) {
                    return c;
                }
            }
            return null;
        };
    }
}
