package org.stridescope.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.buffer.PasteParser;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.InspectionJson;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.inspect.ReprField;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.layout.LayoutSpec;

/**
 * Issue 12's proof: the generated hostile inputs of {@link HostileCases}, each run with a time
 * limit and classified by {@link HostileRunner}. None may end in a bad outcome. The table goes to
 * stdout and {@code target/hostile-report.txt}. The slowest cases (a 2 GiB zip bomb instead of
 * 200 MiB) run with {@code -Phostile-slow}.
 */
class HostileInputSuiteTest {
    static final boolean SLOW = Boolean.getBoolean("stridescope.hostile.slow");
    private static HostileRunner runner;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        runner = new HostileRunner(SLOW ? 120_000 : 10_000);
    }

    @AfterAll
    static void report() throws IOException {
        runner.finish("hostile");
    }

    private static void assertNoBadOutcome(String family) {
        assertThat(runner.badCasesOf(family)).as(family).isEmpty();
    }

    /** Opens {@code path} as the window and the command line do, and shows the first elements and the repr. */
    static Object openAndShow(Path path, byte[] expectedMember) {
        try (DataFile f = DataFile.open(path, null)) {
            HostileRunner.checkHolds(f.source(), expectedMember, "the member's bytes");
            LayoutSpec spec = f.layoutSpec() != null ? f.layoutSpec() : LayoutSpec.frombuffer("u1");
            return show(Inspector.inspect(f.source(), spec, null));
        }
    }

    /** The JSON and repr of a good inspection; a failed one throws its error (to be classified). */
    static String show(Inspection inspection) {
        if (!inspection.isOk()) {
            throw inspection.error();
        }
        String json = InspectionJson.of(inspection, 0, 200, true);
        inspection.flags();
        try {
            json += ReprField.repr(inspection);
        } catch (StridescopeError e) {
            if (e.origin() == StridescopeError.Origin.INTERNAL) {
                throw e;
            }
        }
        return json;
    }

    @Test
    void npyHeaders() {
        Path file = dir.resolve("case.npy");
        HostileCases.npyFiles(c -> runner.runOnFile("npy headers", c.name(), file, c.bytes(),
                () -> openAndShow(file, c.expected())));
        assertNoBadOutcome("npy headers");
    }

    @Test
    void npzArchives() {
        Path file = dir.resolve("case.npz");
        HostileCases.npzFiles(SLOW, c -> runner.runOnFile("npz archives", c.name(), file, c.bytes(),
                () -> openAndShow(file, c.expected())));
        assertNoBadOutcome("npz archives");
    }

    @Test
    void pastes() {
        HostileCases.pastes(c -> runner.run("pastes", c.name(), () -> {
            byte[] got = PasteParser.parseDetailed(c.text()).bytes();
            HostileRunner.checkHolds(new HeapByteSource(got, "pasted"), c.expected(), "the pasted bytes");
            return got.length;
        }));
        assertNoBadOutcome("pastes");
    }

    @Test
    void layouts() {
        ByteSource source = new HeapByteSource(new byte[4096], "4 KiB");
        ByteSource empty = new HeapByteSource(new byte[0], "empty");
        HostileCases.layouts(c -> runner.run("layouts", c.name(),
                () -> show(Inspector.inspect(c.emptySource() ? empty : source, c.typed(), null))));
        assertNoBadOutcome("layouts");
    }

    @Test
    void expressions() {
        ByteSource source = new HeapByteSource(new byte[1024], "1 KiB");
        LayoutSpec spec = new LayoutSpec("<i4", new long[] {4, 8, 8}, null, 0, -1);
        HostileCases.expressions(c -> runner.run("expressions", c.name(),
                () -> show(Inspector.inspect(source, spec, c.text()))));
        assertNoBadOutcome("expressions");
    }
}
