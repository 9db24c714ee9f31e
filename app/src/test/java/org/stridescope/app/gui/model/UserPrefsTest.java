package org.stridescope.app.gui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserPrefsTest {
    private final Preferences node = Preferences.userRoot().node("org/stridescope/test-" + ProcessHandle.current().pid());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void themeBytesPerRowAndWindowSizeAreRememberedBetweenRuns() {
        UserPrefs.from(node).save(GuiOptions.Theme.DARK, 32, 1200, 700);
        UserPrefs next = UserPrefs.from(node);
        assertThat(next.theme()).isEqualTo(GuiOptions.Theme.DARK);
        assertThat(next.bytesPerRow()).isEqualTo(32);
        assertThat(next.width()).isEqualTo(1200);
        assertThat(next.height()).isEqualTo(700);
    }

    @Test
    void nothingSavedMeansTheSnapshotDefaults() {
        UserPrefs fresh = UserPrefs.from(node);
        UserPrefs defaults = UserPrefs.defaults();
        assertThat(fresh.theme()).isEqualTo(defaults.theme()).isEqualTo(GuiOptions.Theme.LIGHT);
        assertThat(fresh.bytesPerRow()).isEqualTo(defaults.bytesPerRow()).isEqualTo(UserPrefs.FIT);
        assertThat(fresh.width()).isEqualTo(defaults.width()).isEqualTo(1400);
        assertThat(fresh.height()).isEqualTo(defaults.height()).isEqualTo(900);
    }

    @Test
    void appliedExpressionsAreRememberedNewestLastAndSnapshotsRememberNone() {
        UserPrefs.from(node).saveExpressions(java.util.List.of("a.T", "np.flip(a[::2], 0)"));
        assertThat(UserPrefs.from(node).expressions()).containsExactly("a.T", "np.flip(a[::2], 0)");
        UserPrefs.defaults().saveExpressions(java.util.List.of("a[0]"));
        assertThat(UserPrefs.defaults().expressions()).isEmpty();
    }

    @Test
    void onlyAsManyLatestExpressionsAsTheStoreHoldsAreRemembered() {
        java.util.List<String> many = java.util.stream.IntStream.range(0, 2000).mapToObj(i -> "a[" + i + "]").toList();
        UserPrefs.from(node).saveExpressions(many);
        java.util.List<String> back = UserPrefs.from(node).expressions();
        assertThat(back).isNotEmpty().endsWith("a[1999]");
        assertThat(String.join("\n", back).length()).isLessThanOrEqualTo(Preferences.MAX_VALUE_LENGTH);
        assertThat(many).endsWith(back.toArray(String[]::new));
    }

    @Test
    void recentFilesAreRememberedLatestFirstWithoutRepeatsUpToTheLimit() {
        UserPrefs prefs = UserPrefs.from(node);
        for (int i = 0; i < UserPrefs.RECENT_LIMIT + 2; i++) {
            prefs.addRecentFile(java.nio.file.Path.of("/data/f" + i + ".npy"));
        }
        prefs.addRecentFile(java.nio.file.Path.of("/data/f5.npy"));
        var next = UserPrefs.from(node).recentFiles();
        assertThat(next).hasSize(UserPrefs.RECENT_LIMIT);
        assertThat(next.get(0)).hasToString(java.nio.file.Path.of("/data/f5.npy").toString());
        assertThat(next.get(1)).hasToString(java.nio.file.Path.of("/data/f11.npy").toString());
        assertThat(next).doesNotHaveDuplicates().noneMatch(p -> p.toString().endsWith("f0.npy"));
        UserPrefs.from(node).forgetRecentFile(next.get(0));
        assertThat(UserPrefs.from(node).recentFiles()).hasSize(UserPrefs.RECENT_LIMIT - 1)
                .doesNotContain(next.get(0));
    }

    @Test
    void bookmarksAreRememberedPerFileBetweenRuns() {
        String file = "/data/" + "x".repeat(200) + ".bin|x.bin|1024"; // longer than a store key may be
        UserPrefs.from(node).saveBookmarks(file, java.util.List.of("b\t8\t11\tmagic", "e\t1,0\tcorner"));
        UserPrefs next = UserPrefs.from(node);
        assertThat(next.bookmarks(file)).containsExactly("b\t8\t11\tmagic", "e\t1,0\tcorner");
        assertThat(next.bookmarks(file.replace("1024", "1025"))).isEmpty(); // the same path at another size
        next.saveBookmarks(file, java.util.List.of());
        assertThat(UserPrefs.from(node).bookmarks(file)).isEmpty();
    }
}
