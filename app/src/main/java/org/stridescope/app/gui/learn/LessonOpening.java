package org.stridescope.app.gui.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.OpenedFile;
import org.stridescope.app.lesson.Lesson;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.PasteParser;

/**
 * Puts a lesson into the window's model: its bytes, every layout field (blank ones too, so
 * nothing from the last array lingers), its expression, then its selection.
 */
public final class LessonOpening {
    private LessonOpening() {
    }

    /**
     * Shows the lesson's bytes as the file they are (a checkpoint: the Tensors panel and the
     * tint of its headers appear), from a read-only copy in a temporary folder, with the lesson's
     * own layout; if no copy can be written, the pasted bytes stay.
     */
    private static void openAsFile(MainViewModel model, Lesson lesson) {
        Lesson.Setup s = lesson.setup();
        OpenedFile opened;
        try {
            Path dir = Files.createTempDirectory("stridescope-lesson");
            Path copy = dir.resolve(lesson.file());
            Files.write(copy, PasteParser.parse(s.bytes()));
            copy.toFile().setReadOnly();
            copy.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            opened = OpenedFile.open(copy, null);
        } catch (IOException | StridescopeError e) {
            return;
        }
        model.load(opened);
        model.setLayout(s.dtype(), s.shape(), s.strides(), s.offset().isBlank() ? "0" : s.offset(), s.expr());
    }

    public static void open(MainViewModel model, Lesson lesson) {
        Lesson.Setup s = lesson.setup();
        boolean frombuffer = s.shape().isBlank();
        // One apply sets all fields before the one check, as the command line's flags do.
        model.apply(new GuiOptions(null, s.bytes(), s.dtype(), frombuffer ? null : s.shape(), s.strides(),
                s.offset().isBlank() ? "0" : s.offset(), s.expr(), null, null, null, null, null, false));
        if (lesson.file() != null) {
            openAsFile(model, lesson);
        }
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
