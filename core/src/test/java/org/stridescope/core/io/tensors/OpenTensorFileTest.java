package org.stridescope.core.io.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.io.ProgressMonitor;
import org.stridescope.core.io.tensors.Checkpoints.Pickle;

/**
 * A checkpoint's deflated storages are inflated once while the file is shown: a few are kept
 * (most recently shown), and the last view of the file closed lets them all go.
 */
class OpenTensorFileTest {
    @TempDir
    Path dir;

    /** Tensors t0..t{n-1}, each 3 float32 of its own storage K holding K*10, K*10+1, K*10+2; deflated. */
    private Path checkpoint(int n, int bigStorageBytes) throws IOException {
        Pickle p = new Pickle().op('}').op('(');
        Map<String, byte[]> storages = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            p.str("t" + k).tensor("FloatStorage", Integer.toString(k), 3, 0, new int[] {3}, new int[] {1});
            ByteBuffer b = ByteBuffer.allocate(k == 0 ? Math.max(12, bigStorageBytes) : 12).order(ByteOrder.LITTLE_ENDIAN);
            b.putFloat(k * 10).putFloat(k * 10 + 1).putFloat(k * 10 + 2);
            storages.put(Integer.toString(k), b.array());
        }
        Path f = dir.resolve("ck.pt");
        Files.write(f, Checkpoints.checkpoint(p.op('u').stop(), storages, true));
        return f;
    }

    private static float first(DataFile d) {
        long at = d.tensor().layoutSpec().offset();
        byte[] b = new byte[4];
        d.source().read(at + 4, b, 0, 4); // the tensor's element [1]
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getFloat();
    }

    private static TensorEntry entry(DataFile d, String name) {
        return d.tensors().find(name, "ck.pt");
    }

    @Test
    void aStorageShownBeforeIsKeptAndOnlyTheMostRecentFewAre() throws IOException {
        Path f = checkpoint(6, 0);
        DataFile t0 = DataFile.open(f, "t0");
        assertThat(t0.showsAtOnce(entry(t0, "t0"))).isTrue();
        assertThat(t0.showsAtOnce(entry(t0, "t1"))).as("not inflated yet").isFalse();
        DataFile t1 = t0.withTensor("t1", ProgressMonitor.NONE);
        assertThat(first(t1)).isEqualTo(11f);
        assertThat(t0.showsAtOnce(entry(t0, "t1"))).isTrue();
        DataFile again = t1.withTensor("t0", ProgressMonitor.NONE);
        assertThat(first(again)).isEqualTo(1f);
        // t0 was shown again, so it is the most recent: showing t2..t4 lets t1 go first, then ...
        DataFile[] more = new DataFile[3];
        for (int k = 2; k <= 4; k++) {
            more[k - 2] = again.withTensor("t" + k, ProgressMonitor.NONE);
            assertThat(first(more[k - 2])).isEqualTo(k * 10 + 1f);
        }
        assertThat(OpenTensorFile.KEPT_STORAGES).isEqualTo(4);
        assertThat(again.showsAtOnce(entry(again, "t1"))).as("the least recently shown, let go").isFalse();
        for (String kept : new String[] {"t0", "t2", "t3", "t4"}) {
            assertThat(again.showsAtOnce(entry(again, kept))).as(kept).isTrue();
        }
        assertThat(first(t1)).as("a view of a storage let go still reads its bytes").isEqualTo(11f);
        for (DataFile d : new DataFile[] {t0, t1, again, more[0], more[1], more[2]}) {
            d.close();
        }
    }

    private static Set<Path> inflatedCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().matches("stridescope-.*\\.npy")).collect(Collectors.toSet());
        }
    }

    @Test
    void theLastViewOfTheFileClosedLetsItsInflatedCopiesGo() throws IOException {
        Path f = checkpoint(2, (int) TensorFiles.IN_MEMORY_LIMIT + 4096); // t0's storage inflates to a temporary file
        Set<Path> before = inflatedCopies();
        DataFile t0 = DataFile.open(f, "t0");
        Set<Path> copies = inflatedCopies();
        copies.removeAll(before);
        assertThat(copies).hasSize(1);
        DataFile t1 = t0.withTensor("t1", ProgressMonitor.NONE);
        t0.close();
        assertThat(copies.iterator().next()).as("still kept: the file is still shown").exists();
        DataFile back = t1.withTensor("t0", ProgressMonitor.NONE);
        assertThat(first(back)).isEqualTo(1f);
        t1.close();
        back.close();
        assertThat(copies.iterator().next()).as("the last view closed").doesNotExist();
        assertThatThrownBy(() -> back.withTensor("t1", ProgressMonitor.NONE)).isInstanceOfSatisfying(StridescopeError.class,
                e -> assertThat(e.getMessage()).contains("no longer open"));
    }
}
