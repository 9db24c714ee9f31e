package org.stridescope.core.io.tensors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stridescope.core.StridescopeError;

/**
 * A damaged HDF5 file (cut short, bytes overwritten) lists what it can or says it cannot be read,
 * as an InputError: never another exception. The file is h5py's, from fuzz_models.py.
 */
class Hdf5DamageTest {
    @TempDir
    Path dir;

    @Test
    void aFileCutShortOrOverwrittenGivesAListOrAClearError() throws Exception {
        byte[] whole = Files.readAllBytes(TensorVectorsTest.resource("fuzz", "h5-0.h5"));
        Random random = new Random(7);
        int clear = 0;
        for (int k = 0; k < 60; k++) {
            byte[] bytes;
            if (k < 20) {
                bytes = Arrays.copyOf(whole, 8 + random.nextInt(whole.length - 8));
            } else {
                bytes = whole.clone();
                for (int n = 0; n < 4; n++) {
                    bytes[random.nextInt(3000)] = (byte) random.nextInt(256); // the superblock and first headers
                }
            }
            Path f = dir.resolve("damaged-" + k + ".h5");
            Files.write(f, bytes);
            try {
                TensorFile listed = TensorFiles.list(f);
                TensorListing.json(listed);
            } catch (StridescopeError e) {
                assertThat(e.type()).isEqualTo("InputError");
                assertThat(e.getMessage()).contains(f.getFileName().toString());
                clear++;
            }
        }
        assertThat(clear).as("cut-short files are refused").isGreaterThanOrEqualTo(10);
    }
}
