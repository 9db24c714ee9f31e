package org.stridescope.app.gui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.app.gui.console.ConsoleText;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.OpenedFile;
import org.stridescope.app.gui.model.ShownArray;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.hostile.HostileCases;
import org.stridescope.core.hostile.HostileRunner;
import org.stridescope.core.io.DataFile;

/**
 * Issue 12 in the window: the hostile inputs of core's suite ({@link HostileCases}) pasted, opened
 * (or dropped: the same path), typed into the layout form and the expression bar, through the
 * view model as the window's features drive it. Each must end in a shown array or a typed error
 * in {@code errorProperty()} (or a typed error thrown where the window shows it in a dialog):
 * never another exception, running out of memory or stack, a timeout, a changed file or a
 * left-over temporary file. The table goes to {@code target/hostile-window-report.txt}.
 */
class HostileWindowTest {
    private static HostileRunner runner;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        runner = new HostileRunner(10_000);
    }

    @AfterAll
    static void report() throws IOException {
        runner.finish("hostile-window");
    }

    private static void assertNoBadOutcome(String family) {
        assertThat(runner.badCasesOf(family)).as(family).isEmpty();
    }

    /** What the window shows after a command: the model's error (thrown, to be classified), or the array read. */
    private static Object shown(MainViewModel vm) {
        StridescopeError e = vm.errorProperty().get();
        if (e != null) {
            throw e;
        }
        ShownArray a = vm.array();
        if (a != null && a.layout().size() > 0) {
            long[] first = new long[a.layout().shape().length];
            a.value(first);
            vm.selectElement(first, false);
        }
        if (vm.sourceProperty().get() != null && vm.sourceProperty().get().size() > 0) {
            vm.selectByte(0, false);
        }
        vm.copyText();
        return vm.statusLineProperty().get();
    }

    /** File > Open (and a drop): the members are listed first, then the file opens and the model loads it. */
    private static Object open(Path file, byte[] expectedMember) {
        MainViewModel vm = new MainViewModel();
        DataFile.npzMembers(file);
        OpenedFile opened = OpenedFile.open(file, null);
        try {
            vm.load(opened);
        } finally {
            if (vm.sourceProperty().get() != opened) {
                opened.close();
            }
        }
        HostileRunner.checkHolds(vm.sourceProperty().get(), expectedMember, "the member's bytes");
        try {
            return shown(vm);
        } finally {
            vm.sourceProperty().get().close();
        }
    }

    @Test
    void openingHostileNpyFiles() {
        Path file = dir.resolve("case.npy");
        HostileCases.npyFiles(c -> runner.runOnFile("window npy", c.name(), file, c.bytes(),
                () -> open(file, c.expected())));
        assertNoBadOutcome("window npy");
    }

    @Test
    void openingHostileNpzFiles() {
        Path file = dir.resolve("case.npz");
        HostileCases.npzFiles(false, c -> runner.runOnFile("window npz", c.name(), file, c.bytes(),
                () -> open(file, c.expected())));
        assertNoBadOutcome("window npz");
    }

    @Test
    void pastingHostileText() {
        HostileCases.pastes(c -> runner.run("window pastes", c.name(), () -> {
            MainViewModel vm = new MainViewModel();
            if (!Pasting.pasteDirectly(vm, c.text())) {
                // the paste dialog opens on the text: its preview says what it reads, or the typed error
                Pasting.bytes(c.text());
                return Pasting.code(c.text());
            }
            HostileRunner.checkHolds(vm.sourceProperty().get(), c.expected(), "the pasted bytes");
            return shown(vm);
        }));
        assertNoBadOutcome("window pastes");
    }

    @Test
    void typingHostileLayouts() {
        HostileCases.layouts(c -> runner.run("window layouts", c.name(), () -> {
            MainViewModel vm = new MainViewModel();
            vm.load(new HeapByteSource(new byte[c.emptySource() ? 0 : 4096], "4 KiB"));
            vm.setLayout(c.typed().dtype(), c.typed().shape(), c.typed().strides(), c.typed().offset());
            return shown(vm);
        }));
        assertNoBadOutcome("window layouts");
    }

    @Test
    void typingHostileExpressions() {
        HostileCases.expressions(c -> runner.run("window expressions", c.name(), () -> {
            MainViewModel vm = new MainViewModel();
            vm.load(new HeapByteSource(new byte[1024], "1 KiB"));
            vm.setLayout("<i4", "4,8,8", "", "0");
            AtomicReference<String> console = new AtomicReference<>();
            vm.onExpressionRun(run -> console.set(ConsoleText.of(run)));
            vm.applyExpression(c.text());
            assertThat(console.get()).as("the console's transcript").isNotNull();
            return shown(vm);
        }));
        assertNoBadOutcome("window expressions");
    }
}
