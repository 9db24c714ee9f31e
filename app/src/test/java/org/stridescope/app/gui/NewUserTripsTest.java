package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.SourceLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new user tripped on in the window (issue 16, "Wrong or confusing"), each driven as a
 * person would, on the seed bytes {@code b'aaabaaacaaadaaae'} as {@code >i4}, shape (2, 2).
 */
@ExtendWith(ApplicationExtension.class)
class NewUserTripsTest {
    private MainViewModel model;
    private WindowAssembly assembled;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindow.seedModel();
        assembled = TestWindow.showAssembled(stage, model);
    }

    private MainWindow window() {
        return assembled.window();
    }

    private void show(String hexText, String dtype, String shape, String strides, String offset) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.load(SourceLoader.paste(hexText));
            model.setLayout(dtype, shape, strides, offset);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String bytesUpTo(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(String.format("%02x", i));
        }
        return sb.toString();
    }

    // ---- 1 ----------------------------------------------------------------------------------

    @Test
    void theSliceLabelSaysWhichSliceTheAxisSpinnerShows(FxRobot robot) {
        show(bytesUpTo(48), "<i2", "3,2,2", "", "0");
        Label slice = robot.lookup(".slice-text").queryAs(Label.class);
        assertThat(slice.getText()).isEqualTo("showing a[0, :, :]");
        robot.clickOn("#axis-0-index").type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup(".slice-text").queryAs(Label.class).getText())).isEqualTo("showing a[1, :, :]");
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup(".slice-text").queryAs(Label.class).getText())).isEqualTo("showing a[2, :, :]");
        // np.ndarray((3,2,2), '<i2', bytes(range(48)))[2, 1, 1] == 5910
        assertThat(onFx(() -> window().gridView().visibleText(new long[] {2, 1, 1}))).isEqualTo("5910");
    }

    // ---- 2 ----------------------------------------------------------------------------------

    private void retype(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean marked(FxRobot robot, String field) {
        return onFx(() -> robot.lookup(field).query().getStyleClass().contains("error"));
    }

    /** True if the node is wholly inside the form's visible part. */
    private boolean inSightInForm(FxRobot robot, String query) {
        return onFx(() -> {
            javafx.scene.Node pane = window().lookup(".form-scroll");
            javafx.geometry.Bounds view = pane.localToScreen(pane.getBoundsInLocal());
            javafx.scene.Node n = robot.lookup(query).query();
            javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
            return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
        });
    }

    @Test
    void aNegativeOffsetIsMarkedOnTheOffsetFieldWhichStaysInSight(FxRobot robot) {
        retype(robot, "#offset", "-4");
        assertThat(model.errorProperty().get()).isNotNull();
        assertThat(marked(robot, "#offset")).as("the offset carries the message").isTrue();
        assertThat(marked(robot, "#shape")).as("the shape is fine").isFalse();
        assertThat(inSightInForm(robot, "#offset")).isTrue();
    }

    @Test
    void aShapeTooBigForTheBytesIsMarkedOnTheShapeField(FxRobot robot) {
        retype(robot, "#shape", "3,3");
        // np.ndarray((3,3), '>i4', b'aaabaaacaaadaaae'): TypeError: buffer is too small for requested array
        assertThat(model.errorProperty().get().getMessage()).isEqualTo("buffer is too small for requested array");
        assertThat(marked(robot, "#shape")).as("the shape carries the message").isTrue();
        assertThat(marked(robot, "#offset")).isFalse();
        assertThat(inSightInForm(robot, "#shape")).isTrue();
    }

    @Test
    void anOffsetThatPushesTheArrayPastTheEndIsMarkedOnTheOffsetJustTyped(FxRobot robot) {
        retype(robot, "#offset", "4");
        assertThat(model.errorProperty().get().getMessage()).isEqualTo("buffer is too small for requested array");
        assertThat(marked(robot, "#offset")).isTrue();
        assertThat(marked(robot, "#shape")).isFalse();
    }

    @Test
    void withStridesGivenTheOffsetJustTypedCarriesTheMessageNotTheStrides(FxRobot robot) {
        retype(robot, "#strides", "8,4");
        assertThat(model.errorProperty().get()).isNull();
        retype(robot, "#offset", "4");
        // np.ndarray((2,2), '>i4', b'aaabaaacaaadaaae', offset=4, strides=(8,4)):
        // ValueError: strides is incompatible with shape of requested array and size of buffer
        assertThat(model.errorProperty().get().getMessage())
                .isEqualTo("strides is incompatible with shape of requested array and size of buffer");
        assertThat(marked(robot, "#offset")).as("the field the user just changed").isTrue();
        assertThat(marked(robot, "#strides")).isFalse();
        // Typing the shape next moves the mark to the shape: (1, 2) fits, (3, 2) does not.
        retype(robot, "#shape", "3,2");
        assertThat(marked(robot, "#shape")).isTrue();
        assertThat(marked(robot, "#offset")).isFalse();
    }

    // ---- 3 ----------------------------------------------------------------------------------

    @Test
    void theLastValidArrayIsTheOneBeforeTheEditNotAHalfTypedValue(FxRobot robot) {
        retype(robot, "#shape", "3,3");
        // "3" alone was a valid (3,) on the way; the array the user had was (2, 2).
        assertThat(model.staleProperty().get()).isTrue();
        assertThat(model.array().layout().shape()).containsExactly(2, 2);
        assertThat(onFx(() -> ((Label) window().lookup("#array-summary")).getText())).contains("shape (2, 2)");
        assertThat(onFx(() -> window().gridView().visibleText(new long[] {1, 1}))).isEqualTo("1633771877");
        // A valid value typed next is shown at once, and the edit after it starts from there.
        retype(robot, "#shape", "4");
        assertThat(model.staleProperty().get()).isFalse();
        assertThat(model.array().layout().shape()).containsExactly(4);
        robot.clickOn("#offset");
        retype(robot, "#shape", "4,4");
        assertThat(model.array().layout().shape()).containsExactly(4);
    }

    // ---- 4 ----------------------------------------------------------------------------------

    static final java.nio.file.Path NPY = java.nio.file.Path.of("../core/src/test/resources/npy");

    private void paste(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            window().gridView().requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pastedBytesAfterANpyStartFromALayoutThatFitsThemAndUndoBringsTheOldOneBack(FxRobot robot) {
        // c_3d.npy: <i8? whatever its header says; offset 128, a 3-d shape
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.load(org.stridescope.app.gui.model.OpenedFile.open(NPY.resolve("xle_i4.npy"), null)));
        WaitForAsyncUtils.waitForFxEvents();
        String npyShape = model.shapeTextProperty().get();
        assertThat(model.offsetTextProperty().get()).isEqualTo("128");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.selectByte(130, false));
        paste(robot, "000102030405060708090a0b0c0d0e0f10111213141516"); // 23 bytes
        assertThat(model.sourceProperty().get().size()).isEqualTo(23);
        assertThat(model.errorProperty().get()).as("no error from the .npy's layout").isNull();
        assertThat(model.dtypeTextProperty().get()).as("the dtype is kept").isEqualTo("<i4");
        assertThat(model.offsetTextProperty().get()).isEqualTo("0");
        assertThat(model.stridesTextProperty().get()).isEmpty();
        // np.ndarray((5,), '<i4', bytes(range(23))): 23 bytes hold 5 whole int32s
        assertThat(model.array().layout().shape()).containsExactly(5);
        assertThat(model.array().value(new long[] {1})).isEqualTo("117835012");
        assertThat(model.selection()).as("the byte selection of the old file is gone")
                .isInstanceOf(org.stridescope.app.gui.model.Selection.Nothing.class);
        assertThat(window().statusBar().getText()).contains("reset").contains("offset 128").contains("Undo");
        // One undo puts the .npy's layout back (over the new bytes).
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shapeTextProperty().get()).isEqualTo(npyShape);
        assertThat(model.offsetTextProperty().get()).isEqualTo("128");
    }

    @Test
    void aRawFileAfterANpyOpensAtOffsetZeroAsFrombufferWould(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.load(org.stridescope.app.gui.model.OpenedFile.open(NPY.resolve("c_3d.npy"), null)));
        String dtype = model.dtypeTextProperty().get();
        int itemsize = org.stridescope.core.dtype.DType.parse(dtype).itemsize();
        java.nio.file.Path raw = dir.resolve("raw.bin");
        java.nio.file.Files.write(raw, new byte[itemsize * 1000]);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.open(raw));
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.dtypeTextProperty().get()).isEqualTo(dtype);
        assertThat(model.offsetTextProperty().get()).isEqualTo("0");
        assertThat(model.shapeTextProperty().get()).as("np.frombuffer: all of it").isEmpty();
        assertThat(model.array().layout().shape()).containsExactly(1000);
    }

    // ---- 9 ----------------------------------------------------------------------------------

    /** The native choosers block: this one answers "that file". */
    private void willChoose(java.nio.file.Path file) {
        assembled.data().setChoosers(new org.stridescope.app.gui.data.Choosers() {
            @Override
            public java.nio.file.Path fileToOpen(javafx.stage.Window owner) {
                return file;
            }

            @Override
            public java.nio.file.Path fileToSave(javafx.stage.Window owner, String title, String name, java.util.List<String> ext) {
                return null;
            }

            @Override
            public String member(javafx.stage.Window owner, String archive, java.util.List<String> members) {
                return members.get(0);
            }
        });
    }

    /** Fires a menu item as a click on it would (native menus are not clicked reliably headless). */
    private void choose(String id) {
        javafx.scene.control.MenuItem item = onFx(() -> window().menus().bar().getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElse(null));
        assertThat(item).as(id).isNotNull();
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A .npy with header {@code dict} (padded as NumPy pads it), declared {@code declared} long, then {@code data}. */
    static byte[] npy(String dict, int declared, byte[] data) {
        StringBuilder h = new StringBuilder(dict);
        while ((10 + h.length() + 1) % 64 != 0) {
            h.append(' ');
        }
        h.append('\n');
        byte[] text = h.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int length = declared < 0 ? text.length : declared;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(10 + text.length + data.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) length).put(text).put(data);
        return b.array();
    }

    @Test
    void anObjectNpyRenamedToBinSaysWhyUnderTheBytesAndOpensAsRawBytesWithItsHeaderTinted(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("objects.bin");
        byte[] bytes = npy("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }", -1, new byte[16]);
        java.nio.file.Files.write(file, bytes);
        willChoose(file);
        choose("menu-open");
        assertThat(robot.lookup("#error-dialog").tryQuery()).as("no modal dialog").isEmpty();
        assertThat(model.errorFieldProperty().get()).isEqualTo(org.stridescope.core.StridescopeError.Argument.SOURCE);
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(onFx(message::isVisible)).isTrue();
        assertThat(message.getText()).isNotBlank();
        assertThat(inSightInForm(robot, "#open-raw")).as("the offer is in sight").isTrue();
        robot.clickOn("#open-raw");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.sourceProperty().get().name()).contains("objects.bin");
        assertThat(model.sourceProperty().get().size()).isEqualTo(bytes.length);
        long header = bytes.length - 16; // magic, version, length and the padded dict; then the data
        assertThat(model.headerLengthProperty().get()).as("the header the first bytes announce").isEqualTo(header);
        assertThat(model.offsetTextProperty().get()).as("the data after it").isEqualTo(Long.toString(header));
        var palette = window().hexView().paletteProperty().get();
        assertThat(onFx(() -> window().hexView().colourOf(10))).isEqualTo(palette.fileHeader());
        assertThat(onFx(() -> window().hexView().colourOf(header + 1))).isNotEqualTo(palette.fileHeader());
    }

    @Test
    void aBfloat16NpyIsRefusedAsNumpyRefusesItAndItsDataReadsAsBfloat16TypedAfterOpeningItRaw(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("weights.npy");
        byte[] data = {(byte) 0x9d, 0x3f, (byte) 0x80, 0x3f}; // bfloat16 1.23 and 1.0, little-endian
        byte[] bytes = npy("{'descr': 'bfloat16', 'fortran_order': False, 'shape': (2,), }", -1, data);
        java.nio.file.Files.write(file, bytes);
        willChoose(file);
        choose("menu-open");
        // np.load(f): ValueError: descr is not a valid dtype descriptor: 'bfloat16'
        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
                .isEqualTo("descr is not a valid dtype descriptor: 'bfloat16'");
        assertThat(robot.lookup("#error-type").queryAs(Label.class).getText()).startsWith("ValueError");
        assertThat(robot.lookup("#error-detail").queryAs(Label.class).getText())
                .contains("TypeError: data type 'bfloat16' not understood").contains("ml_dtypes");
        assertThat(inSightInForm(robot, "#open-raw")).as("the offer is in sight").isTrue();
        robot.clickOn("#open-raw");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.offsetTextProperty().get()).as("the data after the header").isEqualTo(Long.toString(bytes.length - 4));
        robot.clickOn(robot.lookup("#dtype").queryAs(javafx.scene.control.ComboBox.class).getEditor())
                .press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("bfloat16");
        retype(robot, "#shape", "2");
        assertThat(model.errorProperty().get()).as("bfloat16 typed by the user is ours to read").isNull();
        assertThat(onFx(() -> model.array().value(new long[] {0}))).isEqualTo("1.23");
        assertThat(onFx(() -> model.array().value(new long[] {1}))).isEqualTo("1.0");
    }

    @Test
    void aFileWhoseHeaderRunsPastItsEndOpensFromFileOpenAsRawBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("cut.npy");
        byte[] bytes = npy("{'descr': '<i4', 'fortran_order': False, 'shape': (1000,), }", 5000, new byte[8]);
        java.nio.file.Files.write(file, bytes);
        willChoose(file);
        choose("menu-open-raw");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.sourceProperty().get().size()).isEqualTo(bytes.length);
        assertThat(model.headerLengthProperty().get()).as("all of it is header").isEqualTo(bytes.length);
        var palette = window().hexView().paletteProperty().get();
        assertThat(onFx(() -> window().hexView().colourOf(bytes.length - 1))).isEqualTo(palette.fileHeader());
    }

    // ---- 10 ---------------------------------------------------------------------------------

    @Test
    void aNpyWithA200KbHeaderOpensWithItsDataInSight(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // A version 2.0 header padded to 200 KB (NumPy pads with spaces too), then 6 int32s.
        StringBuilder dict = new StringBuilder("{'descr': '<i4', 'fortran_order': False, 'shape': (6,), }");
        while ((12 + dict.length() + 1) % 64 != 0 || dict.length() < 200_000) {
            dict.append(' ');
        }
        dict.append('\n');
        byte[] text = dict.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + text.length + 24).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0}).putInt(text.length).put(text);
        for (int i = 0; i < 6; i++) {
            b.putInt(15 * i);
        }
        java.nio.file.Path file = dir.resolve("big_header.npy");
        java.nio.file.Files.write(file, b.array());
        willChoose(file);
        choose("menu-open");
        long dataStart = 12 + text.length;
        assertThat(model.headerLengthProperty().get()).isEqualTo(dataStart);
        assertThat(model.array().value(new long[] {5})).isEqualTo("75");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window().hexView().byteBounds(dataStart))).as("the first data byte is on screen").isNotNull();
        assertThat(onFx(() -> window().hexView().byteBounds(dataStart + 23))).as("and the last").isNotNull();
    }

    // ---- 6 ----------------------------------------------------------------------------------

    private String run(FxRobot robot, String expression) {
        robot.clickOn("#expr").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        robot.write(expression).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String all = onFx(() -> robot.lookup("#console-text").queryAs(javafx.scene.control.TextArea.class).getText());
        return all.substring(all.lastIndexOf(">>> " + expression));
    }

    @Test
    void theConsoleSaysACopyOrANumberIsNoViewAndPrintsWhatNumpyComputesFromTheSameBytes(FxRobot robot) {
        // np.ndarray((2,2), '>i4', b'aaabaaacaaadaaae') + 1, and so on, printed by NumPy
        String plus = run(robot, "a + 1");
        assertThat(plus).contains("A copy, not a view of these bytes").doesNotContain("CopyRequired")
                .endsWith("array([[1633771875, 1633771876],\n       [1633771877, 1633771878]], dtype=int32)\n");
        assertThat(run(robot, "a.sum()")).contains("A number, not a view").endsWith("\n6535087502\n");
        assertThat(run(robot, "a.T.reshape(4)"))
                .endsWith("\narray([1633771874, 1633771876, 1633771875, 1633771877], dtype=int32)\n");
        assertThat(run(robot, "a[[0, 1]]")).contains("A copy")
                .endsWith("\narray([[1633771874, 1633771875],\n       [1633771876, 1633771877]], dtype=int32)\n");
        // The views keep the last array: a copy is not these bytes.
        assertThat(model.array().layout().shape()).containsExactly(2, 2);
        // Stridescope's own errors do not pass for NumPy's.
        assertThat(run(robot, "a[").lines().skip(1).findFirst().orElseThrow()).startsWith("Stridescope: InputError: ");
    }

    // ---- 5 ----------------------------------------------------------------------------------

    private double screenY(FxRobot robot, String query) {
        return onFx(() -> {
            javafx.scene.Node n = robot.lookup(query).query();
            return n.localToScreen(n.getBoundsInLocal()).getMinY();
        });
    }

    @Test
    void fieldsStayWhereTheyAreWhenAMessageComesAndGoes(FxRobot robot) {
        // A short window, the form scrolled part way: the case where the form used to jump.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setHeight(620);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane form = (javafx.scene.control.ScrollPane) window().lookup(".form-scroll");
        assertThat(onFx(() -> form.getContent().getLayoutBounds().getHeight() > form.getViewportBounds().getHeight()))
                .as("the form scrolls at this size").isTrue();
        for (double v : new double[] {0.3, 0.4}) { // as a person scrolls, once the form is laid out at this size
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> form.setVvalue(v));
            WaitForAsyncUtils.waitForFxEvents();
        }
        double shape = screenY(robot, "#shape");
        double offset = screenY(robot, "#offset");
        double strides = screenY(robot, "#strides");
        retype(robot, "#strides", "8,8"); // does not fit: NumPy's message shows
        assertThat(model.errorProperty().get()).isNotNull();
        assertThat(screenY(robot, "#shape")).isEqualTo(shape);
        assertThat(screenY(robot, "#strides")).isEqualTo(strides);
        assertThat(screenY(robot, "#offset")).isEqualTo(offset);
        assertThat(onFx(() -> ((Label) window().lookup("#status-error")).getText())).contains("strides is incompatible");
        retype(robot, "#strides", "8,4"); // fits again: the message goes
        assertThat(model.errorProperty().get()).isNull();
        assertThat(screenY(robot, "#shape")).isEqualTo(shape);
        assertThat(screenY(robot, "#offset")).isEqualTo(offset);
    }

    @Test
    void aMessageBelowTheFormsFoldIsInTheStatusBarWholeAndAClickBringsItIntoSight(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setWidth(900);
            stage.setHeight(600);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane form = (javafx.scene.control.ScrollPane) window().lookup(".form-scroll");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> form.setVvalue(0.4));
        retype(robot, "#shape", "3,3"); // 36 bytes wanted from 16
        robot.clickOn("#hex-view");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> form.setVvalue(0)); // the user scrolls back up to the dtype
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node box = window().lookup(".error-box");
        assertThat(onFx(() -> inSight(form, box))).as("at this size the form's message is below the fold").isFalse();
        Label status = (Label) window().lookup("#status-error");
        assertThat(onFx(status::isVisible)).as("status error shown for %s in %s", model.errorProperty().get(), model.errorFieldProperty().get())
                .isTrue();
        assertThat(onFx(status::getText)).isEqualTo("TypeError: buffer is too small for requested array");
        assertThat(onFx(() -> NoCutLabelsTest.cutShort(window()))).as("the message keeps its words (the hover line gives way)")
                .noneMatch(cut -> cut.startsWith("#status-error"));

        robot.clickOn("#status-error");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> inSight(form, box))).as("the message scrolled into sight").isTrue();
        assertThat(onFx(() -> window().lookup("#shape").isFocused())).as("the caret in the field at fault").isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2,2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(status::isVisible)).as("fixed: the status bar's message goes").isFalse();
    }

    /** True when the top of {@code n} (and its first lines) is inside the scroll pane's viewport. */
    private static boolean inSight(javafx.scene.control.ScrollPane scroll, javafx.scene.Node n) {
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getMinY() >= view.getMinY() && b.getMinY() + 40 <= view.getMaxY();
    }

    // ---- 7 and 14 ---------------------------------------------------------------------------

    private void ctrlG(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        javafx.scene.Node field = TestWindow.whenVisible(robot, "#go-to-text");
        WaitForAsyncUtils.waitForFxEvents();
        // Headless glass gives keys to the window last clicked: click the dialog's title, not its field.
        robot.clickOn(".dialog-pane .header-panel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(field::isFocused)).as("the field has the focus").isTrue();
        assertThat(onFx(() -> field.getScene().getWindow().isFocused())).as("the dialog has the focus").isTrue();
    }

    @Test
    void goToOpenedASecondTimeTakesTypingAtOnceAndTheStatusBarForgetsTheOldHover(FxRobot robot) {
        robot.clickOn("#hex-view");
        robot.moveTo(onFx(() -> window().hexView().localToScreen(window().hexView().byteBounds(2).getCenterX(),
                window().hexView().byteBounds(2).getCenterY())));
        WaitForAsyncUtils.waitForFxEvents();
        ctrlG(robot);
        robot.write("0xd");
        assertThat(robot.lookup("#go-to-text").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("0xd");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection()).isEqualTo(new org.stridescope.app.gui.model.Selection.Bytes(13, 13));
        // 14: the status bar tells of the byte gone to, not of the byte the pointer was over before
        assertThat(window().statusBar().getText()).contains("Byte 13").doesNotContain("byte 2");
        ctrlG(robot); // no click: the old text is selected, typing replaces it
        robot.write("4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection()).isEqualTo(new org.stridescope.app.gui.model.Selection.Bytes(4, 4));
    }

    @Test
    void afterAJumpTheStatusBarTellsOfWhereItWentNotOfTheOldHover() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.hoverByte(2));
        assertThat(model.statusLineProperty().get()).contains("byte 2");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.goToByte(13));
        assertThat(model.statusLineProperty().get()).contains("Byte 13").doesNotContain("byte 2");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.hoverByte(2));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.goToElement(new long[] {0, 1}));
        assertThat(model.statusLineProperty().get()).contains("[0, 1]").doesNotContain("byte 2");
    }

    @Test
    void theFirstUpInTheExpressionBarShowsTheExpressionBeforeTheAppliedOne(FxRobot robot) {
        run(robot, "a.T");
        run(robot, "a[::-1]");
        robot.type(KeyCode.UP);
        assertThat(robot.lookup("#expr").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("a.T");
    }

    // ---- 8 ----------------------------------------------------------------------------------

    @Test
    void tabReachesTheWalkButtonsAndTheirKeysWorkFromAnywhere(FxRobot robot) {
        robot.clickOn("#expr");
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (int i = 0; i < 40 && !reached.contains("walk-forward"); i++) {
            robot.type(KeyCode.TAB);
            javafx.scene.Node owner = onFx(() -> stage.getScene().getFocusOwner());
            if (owner != null && owner.getId() != null) {
                reached.add(owner.getId());
            }
        }
        assertThat(reached).contains("walk-back", "walk-play", "walk-forward");
        robot.type(KeyCode.SPACE); // the focused step-forward button
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((org.stridescope.app.gui.model.Selection.Elements) model.selection()).lead()).containsExactly(0, 0);
        robot.clickOn("#shape").type(KeyCode.F9); // from a text field too
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((org.stridescope.app.gui.model.Selection.Elements) model.selection()).lead()).containsExactly(0, 1);
        assertThat(onFx(() -> ((javafx.scene.control.Button) window().lookup("#walk-forward")).getTooltip().getText())).contains("F9");
    }

    // ---- 11 ---------------------------------------------------------------------------------

    /** The colour of the pixel 1 px inside the node's left edge, half way down. */
    private javafx.scene.paint.Color edge(javafx.scene.Node n) {
        return onFx(() -> {
            javafx.scene.image.WritableImage shot = n.snapshot(null, null);
            return shot.getPixelReader().getColor(1, (int) (shot.getHeight() / 2));
        });
    }

    @Test
    void aSelectedToggleShowsWhenItHasTheFocusInBothThemes(FxRobot robot) {
        for (var theme : org.stridescope.app.gui.model.GuiOptions.Theme.values()) {
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.themeProperty().set(theme));
            javafx.scene.control.ToggleButton arrows = robot.lookup("#toggle-stride-arrows").queryAs(javafx.scene.control.ToggleButton.class);
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> arrows.setSelected(true));
            robot.clickOn("#shape");
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.paint.Color unfocused = edge(arrows);
            WaitForAsyncUtils.waitForAsyncFx(5000, arrows::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(arrows.isFocused()).isTrue();
            javafx.scene.paint.Color focused = edge(arrows);
            double difference = Math.abs(focused.getBrightness() - unfocused.getBrightness())
                    + Math.abs(focused.getRed() - unfocused.getRed()) + Math.abs(focused.getBlue() - unfocused.getBlue());
            assertThat(difference).as(theme + ": the edge of the focused selected toggle differs (" + focused + " vs " + unfocused + ")")
                    .isGreaterThan(0.3);
        }
    }

    // ---- 12 ---------------------------------------------------------------------------------

    @Test
    void strideArrowLabelsInAFullViewCoverNeitherEachOtherNorTheBytesTheyPointAt() {
        // np.ndarray((4, 8, 8), '<i2', bytes(4096)): rows of bytes fill the view; [2, 4, 4] in the middle
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.load(new org.stridescope.core.buffer.HeapByteSource(new byte[4096], "zeros"));
            model.setLayout("<i2", "4,8,8", "", "0");
            window().hexView().strideArrowsProperty().set(true);
            model.selectElement(new long[] {2, 4, 4}, false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<javafx.geometry.Rectangle2D> boxes = onFx(() -> window().hexView().strideArrowLabelBoxes());
        assertThat(boxes).hasSize(3);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("labels %d and %d overlap: %s %s", i, j, boxes.get(i), boxes.get(j)).isFalse();
            }
        }
        // element [2, 4, 4] starts at byte 2*(2*64 + 4*8 + 4) = 328; its neighbours at +128, +16, +2
        for (long pos : new long[] {328, 329, 328 + 128, 328 + 16, 328 + 2}) {
            javafx.geometry.Bounds at = onFx(() -> window().hexView().byteBounds(pos));
            if (at != null) {
                assertThat(boxes).as("byte %d", pos).noneMatch(r -> r.intersects(at.getMinX(), at.getMinY(), at.getWidth(), at.getHeight()));
            }
        }
    }
}
