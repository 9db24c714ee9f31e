package org.stridescope.app.gui.learn;

import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.lesson.Lesson;

/**
 * Puts a lesson into the window's model: its bytes, every layout field (blank ones too, so
 * nothing from the last array lingers), its expression, then its selection.
 */
public final class LessonOpening {
    private LessonOpening() {
    }

    public static void open(MainViewModel model, Lesson lesson) {
        Lesson.Setup s = lesson.setup();
        boolean frombuffer = s.shape().isBlank();
        // One apply sets all fields before the one check, as the command line's flags do.
        model.apply(new GuiOptions(null, s.bytes(), s.dtype(), frombuffer ? null : s.shape(), s.strides(),
                s.offset().isBlank() ? "0" : s.offset(), s.expr(), null, null, null, null, null, false));
        if (frombuffer) {
            // A blank shape on the command line means 0-d; in a lesson, like the form, it means np.frombuffer.
            model.stridesTextProperty().set("");
            model.shapeTextProperty().set("");
        }
        if (lesson.select() != null) {
            model.selectElement(lesson.select(), false);
        } else {
            model.clearSelection();
        }
    }
}
