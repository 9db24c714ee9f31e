package org.stridescope.app.gui.view;

import java.util.List;
import javafx.scene.paint.Color;
import org.stridescope.core.layout.ByteRange;

/** A colour rule for one grid cell: the element's index and the bytes it reads. */
@FunctionalInterface
public interface CellColourer {
    /** The background for the element, or null for no opinion. */
    Color colour(long[] index, ByteRange bytes);

    /** The first opinion of the rules, in order. */
    static CellColourer chain(List<CellColourer> rules) {
        CellColourer[] all = rules.toArray(CellColourer[]::new);
        return (index, bytes) -> {
            for (CellColourer r : all) {
                Color c = r.colour(index, bytes);
                if (c != null) {
                    return c;
                }
            }
            return null;
        };
    }
}
