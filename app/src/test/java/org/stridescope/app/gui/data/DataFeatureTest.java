package org.stridescope.app.gui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stridescope.app.gui.TestWindow.onFx;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.app.base.LayoutText;
import org.stridescope.app.gui.WindowAssembly;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.MainWindow;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Layout;
import org.stridescope.app.gui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Data in and out of the window, used like a person would: opening a NumPy-made .npy and .npz,
 * pasting, exporting (and cancelling), copying as NumPy code. Expectations come from the files
 * NumPy made ({@code core/src/test/resources/npy/index.tsv}) or from NumPy itself.
 */
@ExtendWith(ApplicationExtension.class)
class DataFeatureTest {
    private static final Path NPY = Path.of("../core/src/test/resources/npy");
    private MainViewModel model;
    private MainWindow window;
    private DataFeature data;
    private Stage stage;
    private final Answers answers = new Answers();

    /** What the user picks in the file choosers, set by each test. */
    private static final class Answers implements Choosers {
        Path open;
        Path save;
        String member;
        List<String> membersOffered;

        @Override
        public Path fileToOpen(Window owner) {
            return open;
        }

        @Override
        public Path fileToSave(Window owner, String title, String suggestedName, List<String> extensions) {
            return save;
        }

        @Override
        public String member(Window owner, String archive, List<String> members) {
            membersOffered = members;
            return member;
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new MainViewModel();
        model.load(new HeapByteSource("aaabaaacaaadaaae".getBytes(StandardCharsets.US_ASCII), "seed"));
        model.dtypeTextProperty().set(">i4");
        model.shapeTextProperty().set("2,2");
        WindowAssembly assembled = TestWindow.showAssembled(stage, model);
        window = assembled.window();
        data = assembled.data();
        data.setChoosers(answers);
    }


    /** Chooses a menu item (native menus are not clicked reliably headless); dialogs it opens stay open. */
    private void choose(String id) {
        MenuItem item = onFx(() -> find(window.menus().bar().getMenus(), id));
        assertThat(item).as(id).isNotNull();
        assertThat(item.isDisable()).as(id + " enabled").isFalse();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem find(List<? extends MenuItem> items, String id) {
        for (MenuItem m : items) {
            if (id.equals(m.getId())) {
                return m;
            }
            if (m instanceof Menu sub) {
                MenuItem inner = find(sub.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The NumPy facts about a fixture: descr, fortran order, shape, header length, values (index.tsv). */
    private static String[] fixture(String file, String member) throws IOException {
        for (String line : Files.readAllLines(NPY.resolve("index.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f[0].equals(file) && f[1].equals(member)) {
                return f;
            }
        }
        throw new AssertionError("no fixture " + file);
    }

    private static String text(String id, FxRobot robot) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void openingANpyFillsTheFormFromItsHeaderAndMarksTheHeaderBytes(FxRobot robot) throws IOException {
        String[] numpy = fixture("fortran_2x3.npy", "");
        answers.open = NPY.resolve("fortran_2x3.npy");
        robot.clickOn("#open-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.dtypeTextProperty().get()).isEqualTo(numpy[3]);
        assertThat(numpy[4]).isEqualTo("True");
        assertThat(text("#shape", robot)).isEqualTo(numpy[5]);
        assertThat(text("#strides", robot)).as("Fortran order").isEqualTo(numpy[8]);
        assertThat(text("#offset", robot)).isEqualTo(numpy[6]);
        assertThat(model.headerLengthProperty().get()).isEqualTo(Long.parseLong(numpy[6]));
        assertThat(model.sourceProperty().get().name()).startsWith("fortran_2x3.npy").contains("Fortran order");
        assertThat(stage.getScene().lookup("#source-summary").lookupAll(".source-name")).isNotEmpty();
        // values as NumPy printed them: a.tolist() row by row
        String[] rows = new String(Base64.getDecoder().decode(numpy[9]), StandardCharsets.UTF_8).strip().split("\n");
        for (int i = 0; i < rows.length; i++) {
            String[] values = rows[i].split(",");
            for (int j = 0; j < values.length; j++) {
                long[] idx = {i, j};
                assertThat(onFx(() -> model.array().value(idx))).isEqualTo(values[j]);
            }
        }
        // and it is now the most recent file
        Menu recent = (Menu) onFx(() -> find(window.menus().file().getItems(), "menu-open-recent"));
        Platform.runLater(() -> recent.getOnShowing().handle(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recent.getItems().get(0).getText()).startsWith("fortran_2x3.npy");
    }

    @Test
    void anExpressionForTheLastArrayDoesNotCarryOverToANewNpy(FxRobot robot) throws IOException {
        String[] numpy = fixture("fortran_2x3.npy", "");
        robot.clickOn("#expr").write("a[::-1]").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.exprTextProperty().get()).isEqualTo("a[::-1]");
        answers.open = NPY.resolve("fortran_2x3.npy");
        robot.clickOn("#open-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#expr", robot)).as("the bar starts again from a itself").isEmpty();
        assertThat(onFx(() -> LayoutText.commaList(model.array().layout().shape()))).as("the file's own shape").isEqualTo(numpy[5]);
        assertThat(model.errorProperty().get()).isNull();
    }

    /** A version 1.0 .npy header of a 1-d array, as np.save writes it. */
    private static byte[] npyHeader(String descr, long length) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + length + ",), }";
        int padded = (10 + dict.length() + 1 + 63) / 64 * 64;
        byte[] header = new byte[padded];
        byte[] start = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) ((padded - 10) & 0xff), (byte) ((padded - 10) >> 8)};
        System.arraycopy(start, 0, header, 0, 10);
        byte[] text = (dict + " ".repeat(padded - 11 - dict.length()) + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, header, 10, text.length);
        return header;
    }

    @Test
    void aBigCompressedMemberIsInflatedInTheBackgroundAndThenShown(@TempDir Path dir) throws Exception {
        // np.savez_compressed(f, big=np.zeros(2**21)): 16 MiB of float64 zeros, deflated
        Path npz = dir.resolve("big.npz");
        byte[] header = npyHeader("<f8", 2097152);
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(npz))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("big.npy"));
            zip.write(header);
            for (int i = 0; i < 16; i++) {
                zip.write(new byte[1 << 20]);
            }
            zip.closeEntry();
        }
        long threshold = DataFeature.INFLATE_IN_BACKGROUND;
        DataFeature.INFLATE_IN_BACKGROUND = 1 << 20; // this one counts as big
        try {
            answers.open = npz;
            choose("menu-open");
            Thread worker = data.lastOpening();
            assertThat(worker).as("inflated off the FX thread").isNotNull();
            worker.join(30_000);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(model.sourceProperty().get().name()).contains("big.npz").contains("big.npy");
            assertThat(model.shapeTextProperty().get()).isEqualTo("2097152");
            assertThat(model.array().value(new long[] {2097151})).isEqualTo("0.0");
        } finally {
            DataFeature.INFLATE_IN_BACKGROUND = threshold;
        }
    }

    /** archive_stored.npz (np.savez) with one byte of its first member's data changed: the CRC-32 no longer matches. */
    private static byte[] storedArchiveWithAChangedByte() throws IOException {
        byte[] zip = Files.readAllBytes(NPY.resolve("archive_stored.npz"));
        for (int i = 0; i < zip.length; i++) {
            if ((zip[i] & 0xff) == 0x93 && zip[i + 1] == 'N' && zip[i + 2] == 'U') { // first.npy's header
                int headerLength = (zip[i + 8] & 0xff) | (zip[i + 9] & 0xff) << 8;
                zip[i + 10 + headerLength] ^= 0x40;
                return zip;
            }
        }
        throw new AssertionError("no .npy in archive_stored.npz");
    }

    @Test
    void aStoredMemberWhoseChecksumIsWrongIsRefusedAsNumpyDoesAndOpensAsRawBytes(FxRobot robot, @TempDir Path dir)
            throws IOException {
        Path npz = dir.resolve("changed.npz");
        byte[] zip = storedArchiveWithAChangedByte();
        Files.write(npz, zip);
        answers.open = npz;
        answers.member = "first";
        choose("menu-open");
        assertThat(robot.lookup("#error-dialog").tryQuery()).as("no modal dialog").isEmpty();
        assertThat(model.errorProperty().get().type()).isEqualTo("BadZipFile");
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(onFx(message::isVisible)).isTrue();
        assertThat(message.getText()).isEqualTo("Bad CRC-32 for file 'first.npy'");
        assertThat(robot.lookup("#error-type").queryAs(Label.class).getText()).startsWith("BadZipFile");
        assertThat(robot.lookup("#error-detail").queryAs(Label.class).getText()).contains("checksum").contains("changed");
        assertThat(model.sourceProperty().get().name()).as("the bytes shown stay").isEqualTo("seed");
        robot.clickOn("#open-raw");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.sourceProperty().get().name()).contains("changed.npz").contains("raw bytes");
        assertThat(model.sourceProperty().get().size()).isEqualTo(zip.length);
    }

    @Test
    void aBigStoredMembersChecksumIsReadInTheBackgroundThenItIsShown(@TempDir Path dir) throws Exception {
        // np.savez(f, big=np.arange(2**21, dtype='<i4')): 8 MiB stored
        Path npz = dir.resolve("big.npz");
        byte[] header = npyHeader("<i4", 1 << 21);
        java.nio.ByteBuffer values = java.nio.ByteBuffer.allocate(4 << 21).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 1 << 21; i++) {
            values.putInt(i);
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(header);
        crc.update(values.array());
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(npz))) {
            java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("big.npy");
            e.setMethod(java.util.zip.ZipEntry.STORED);
            e.setSize(header.length + values.capacity());
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(header);
            zip.write(values.array());
            zip.closeEntry();
        }
        long threshold = DataFeature.INFLATE_IN_BACKGROUND;
        DataFeature.INFLATE_IN_BACKGROUND = 1 << 20; // this one counts as big
        try {
            answers.open = npz;
            choose("menu-open");
            Thread worker = data.lastOpening();
            assertThat(worker).as("checked off the FX thread").isNotNull();
            worker.join(30_000);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(model.errorProperty().get()).isNull();
            assertThat(model.sourceProperty().get().name()).contains("big.npz").contains("big.npy");
            assertThat(model.array().value(new long[] {2097151})).isEqualTo("2097151");
        } finally {
            DataFeature.INFLATE_IN_BACKGROUND = threshold;
        }
    }

    @Test
    void aCheckpointWithADeflatedStorageIsOpenedInTheBackgroundAndThenShown() throws Exception {
        answers.open = Path.of("../core/src/test/resources/tensors/fixtures/views-deflated.pt");
        choose("menu-open");
        Thread worker = data.lastOpening();
        assertThat(worker).as("inflated off the FX thread").isNotNull();
        worker.join(30_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sourceProperty().get().name()).startsWith("views-deflated.pt (PyTorch checkpoint, 5 arrays)");
        assertThat(model.shapeTextProperty().get()).isEqualTo("3,4");
        assertThat(model.array().value(new long[] {2, 3})).isEqualTo("11.0");
    }

    @Test
    void anNpzAsksWhichMemberFirstByDefaultAndShowsTheChosenOne() throws IOException {
        String[] numpy = fixture("archive_deflated.npz", "second.npy");
        answers.open = NPY.resolve("archive_deflated.npz");
        answers.member = "second";
        choose("menu-open");
        assertThat(answers.membersOffered).containsExactly("first", "second", "text");
        assertThat(model.sourceProperty().get().name()).contains("archive_deflated.npz").contains("second.npy");
        assertThat(model.dtypeTextProperty().get()).isEqualTo(numpy[3]);
        assertThat(model.shapeTextProperty().get()).isEqualTo(numpy[5]);
        assertThat(model.array().value(new long[] {0, 1})).isEqualTo("2.5");
    }

    @Test
    void aFileThatCannotBeOpenedSaysWhyUnderTheBytesAsTheCommandLineDoes(FxRobot robot, @TempDir Path dir) {
        answers.open = dir.resolve("gone.npy");
        choose("menu-open");
        assertThat(robot.lookup("#error-dialog").tryQuery()).as("no modal dialog").isEmpty();
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(model.errorProperty().get().type()).isEqualTo("InputError");
        assertThat(onFx(message::isVisible)).isTrue();
        assertThat(message.getText()).startsWith("cannot open").contains("no such file");
        Label detail = robot.lookup("#error-detail").queryAs(Label.class);
        assertThat(detail.getText()).as(detail.toString()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        assertThat(model.sourceProperty().get().name()).isEqualTo("seed");
    }

    @Test
    void thePasteDialogRecognisesABytesLiteralAndLoadsItsSixteenBytes(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.load(new HeapByteSource(new byte[0], "empty")));
        choose("menu-paste-bytes");
        robot.clickOn(TestWindow.whenVisible(robot, "#paste-bytes-text")).write("b'aaabaaac", 0);
        Label status = robot.lookup("#paste-bytes-status").queryAs(Label.class);
        assertThat(status.getText()).as("an unfinished literal").contains("line 1").contains("column");
        assertThat(robot.lookup("#paste-bytes-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.write("aaadaaae'", 0);
        assertThat(status.getText()).isEqualTo("Recognised as: Python bytes literal, 16 bytes");
        robot.clickOn("#paste-bytes-ok");
        WaitForAsyncUtils.waitForFxEvents();
        ByteSource src = model.sourceProperty().get();
        assertThat(src.size()).isEqualTo(16);
        byte[] got = new byte[16];
        src.read(0, got, 0, 16);
        assertThat(new String(got, StandardCharsets.US_ASCII)).isEqualTo("aaabaaacaaadaaae");
    }

    @Test
    void pastedNumpyCodeFillsTheFormAndBringsItsBytes(FxRobot robot) {
        choose("menu-paste-code");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(">>> s = b'aaabaaacaaadaaae'\n>>> np.ndarray((2, 2), '<i2', buffer=s, offset=4, strides=(2, 8))");
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn(TestWindow.whenVisible(robot, "#paste-code-text")).press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#paste-code-status").queryAs(Label.class).getText()).startsWith("Recognised as: np.ndarray");
        robot.clickOn("#paste-code-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.dtypeTextProperty().get()).isEqualTo("<i2");
        assertThat(model.shapeTextProperty().get()).isEqualTo("2,2");
        assertThat(model.stridesTextProperty().get()).isEqualTo("2,8");
        assertThat(model.offsetTextProperty().get()).isEqualTo("4");
        assertThat(model.sourceProperty().get().size()).isEqualTo(16);
        // np.ndarray((2,2), '<i2', b'aaabaaacaaadaaae', 4, (2, 8)).tolist() == [[24929, 24929], [25441, 25953]]
        assertThat(model.array().value(new long[] {1, 0})).isEqualTo("25441");
        assertThat(model.array().value(new long[] {1, 1})).isEqualTo("25953");
    }

    @Test
    void aDroppedFileOpensAndDroppedTextIsPastedAsBytes() throws IOException {
        String[] numpy = fixture("fortran_2x3.npy", "");
        assertThat(onFx(() -> data.dropped(List.of(NPY.resolve("fortran_2x3.npy").toFile()), null))).isTrue();
        assertThat(model.sourceProperty().get().name()).startsWith("fortran_2x3.npy");
        assertThat(model.shapeTextProperty().get()).isEqualTo(numpy[5]);
        assertThat(onFx(() -> data.dropped(List.of(), "b'aaabaaac'"))).isTrue();
        assertThat(model.sourceProperty().get().size()).isEqualTo(8);
        assertThat(onFx(() -> data.dropped(List.of(), null))).as("nothing to take").isFalse();
    }

    @Test
    void ctrlVOutsideTextFieldsPastesTheClipboardsBytes(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("00000000: 6161 6162 6161 6163                      aaabaaac");
            Clipboard.getSystemClipboard().setContent(c);
            window.gridView().requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sourceProperty().get().size()).isEqualTo(8);
        assertThat(model.sourceProperty().get().name()).contains("xxd dump");
        // in a text field, Ctrl+V is the field's own paste
        robot.clickOn("#shape");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(model.sourceProperty().get().size()).isEqualTo(8);
    }

    @Test
    void anExportedViewReadsBackElementForElement(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.stridesTextProperty().set("4,8")); // the transpose
        answers.save = dir.resolve("t.npy");
        choose("menu-export-view");
        data.exports().lastWorker().join(10_000);
        WaitForAsyncUtils.waitForFxEvents();
        Layout shown = model.array().layout();
        try (DataFile back = DataFile.open(answers.save, null)) {
            Layout read = back.layoutSpec().build(back.source().size());
            assertThat(read.shape()).isEqualTo(shown.shape());
            assertThat(elements(back.source(), read)).isEqualTo(elements(model.array().source(), shown));
        }
    }

    @Test
    void exportPictureWritesAPngOfTheWholeWindow(@TempDir Path dir) throws Exception {
        answers.save = dir.resolve("window.png");
        choose("menu-export-picture");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(answers.save.toFile());
        assertThat(image.getWidth()).isEqualTo((int) stage.getScene().getWidth());
        assertThat(image.getHeight()).isEqualTo((int) stage.getScene().getHeight());
    }

    private static List<String> elements(ByteSource src, Layout layout) {
        List<String> out = new ArrayList<>();
        CIndexWalk.walk(layout, 0, layout.size(), (flat, index, pos) -> {
            byte[] one = new byte[layout.dtype().itemsize()];
            src.read(pos, one, 0, one.length);
            out.add(HexFormat.of().formatHex(one));
        });
        return out;
    }

    /** 12 MiB whose reads off the FX thread wait until the test lets them go. */
    private static final class SlowSource implements ByteSource {
        final CountDownLatch go = new CountDownLatch(1);

        @Override
        public long size() {
            return 12 << 20; // three of the export's 4 MiB blocks
        }

        @Override
        public byte get(long pos) {
            return (byte) pos;
        }

        @Override
        public void read(long pos, byte[] dst, int off, int len) {
            if (!Platform.isFxApplicationThread()) {
                try {
                    go.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ByteSource.super.read(pos, dst, off, len);
        }

        @Override
        public String name() {
            return "slow";
        }
    }

    @Test
    void cancellingAnExportLeavesNoFileBehind(FxRobot robot, @TempDir Path dir) throws Exception {
        SlowSource slow = new SlowSource();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.load(slow);
            model.setLayout("u1", "", "", "0");
        });
        answers.save = dir.resolve("big.bin");
        choose("menu-export-view");
        javafx.scene.Node cancel = TestWindow.whenVisible(robot, "#export-cancel");
        assertThat(files(dir)).as("the export writes to a hidden .part file").singleElement()
                .matches(p -> p.getFileName().toString().startsWith(".stridescope-") && p.toString().endsWith(".part"));
        robot.clickOn(cancel);
        slow.go.countDown();
        Thread worker = data.exports().lastWorker();
        worker.join(10_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(files(dir)).isEmpty();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void copyAsNumpyCodeRebuildsTheSameValuesInPython() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.setLayout(">i2", "3,2", "-4,2", "10"));
        assertThat(model.errorProperty().get()).isNull();
        choose("menu-copy-numpy");
        String code = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(code).contains("np.ndarray(");
        List<String> shown = new ArrayList<>();
        Layout l = model.array().layout();
        CIndexWalk.walk(l, 0, l.size(), (flat, index, pos) -> shown.add(model.array().value(index.clone())));

        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs /usr/bin/python3");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", code + "\nprint(a.shape)\nfor x in a.flat: print(x)")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assumeTrue(!out.contains("No module named"), "needs numpy");
        List<String> lines = out.strip().lines().toList();
        assertThat(lines.get(0)).isEqualTo("(3, 2)");
        assertThat(lines.subList(1, lines.size())).isEqualTo(shown);
    }

    @Test
    void aFileThatChangedOnDiskGivesAClearMessageAndTheAppCarriesOn(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> ErrorDialogs.uncaught(window.context(),
                new InternalError("a fault occurred in an unsafe memory access operation")));
        WaitForAsyncUtils.waitForFxEvents();
        var pane = (javafx.scene.control.DialogPane) robot.lookup("#error-dialog").query();
        assertThat(pane.getHeaderText()).contains("changed on disk");
        assertThat(model.sourceProperty().get().size()).as("the window let go of the file").isZero();
        robot.type(KeyCode.ENTER);
        // still working: new bytes show
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.load(new HeapByteSource(new byte[8], "new")));
        assertThat(model.sourceProperty().get().size()).isEqualTo(8);
    }
}
