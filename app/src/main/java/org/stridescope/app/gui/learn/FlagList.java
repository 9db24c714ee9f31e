package org.stridescope.app.gui.learn;

import java.util.List;
import org.stridescope.core.layout.FlagReasons;
import org.stridescope.core.layout.FlagRules;
import org.stridescope.core.layout.Flags;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.Overlap;

/**
 * The flags a learner asks about, each set or not with core's one-line reason: NumPy's C and F
 * contiguous, aligned and writeable, and whether some byte is read twice (overlapping).
 */
public final class FlagList {
    private FlagList() {
    }

    /** One flag: its name, whether it holds, and why. */
    public record Row(String name, boolean set, String reason) {
        /** {@code ✓ C contiguous: each axis ...}. */
        public String text() {
            return (set ? "✓ " : "✗ ") + name + ": " + reason;
        }
    }

    /** The rows for a view; {@code ownData} when NumPy's answer is a new array of its own (see FlagRules). */
    public static List<Row> of(Layout layout, boolean ownData) {
        Flags f = FlagRules.of(layout, ownData);
        FlagReasons why = FlagRules.reasons(layout, ownData);
        Overlap overlap = Overlap.of(layout);
        return List.of(
                new Row("C contiguous", f.cContiguous(), pretty(why.cContiguous())),
                new Row("F contiguous", f.fContiguous(), pretty(why.fContiguous())),
                new Row("aligned", f.aligned(), pretty(why.aligned())),
                new Row("writeable", f.writeable(), pretty(why.writeable())),
                new Row("overlapping", overlap.overlapping(), pretty(overlap.reason())));
    }

    /** Core's reasons are plain ASCII ({@code 16 != 4*3}); on screen they read as maths ({@code 16 ≠ 4·3}). */
    static String pretty(String reason) {
        return reason.replace(" != ", " ≠ ").replace(" >= ", " ≥ ").replace('*', '·');
    }
}
