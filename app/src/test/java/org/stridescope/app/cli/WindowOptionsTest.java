package org.stridescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.gui.model.MainViewModel;

/** The window's flags, read by picocli from their one declaration. */
class WindowOptionsTest {

    @Test
    void everyGuiFlagOfTheSpecIsRead() {
        GuiOptions o = WindowOptions.parse(new String[] {"data.bin", "--dtype", "<f4", "--shape", "2,3", "--strides=12,4",
                "--offset", "8", "--expr", "a.T", "--select", "1,2", "--theme", "dark", "--snapshot", "out.png"});
        assertThat(o.file()).isEqualTo(Path.of("data.bin"));
        assertThat(o.dtype()).isEqualTo("<f4");
        assertThat(o.shape()).isEqualTo("2,3");
        assertThat(o.strides()).isEqualTo("12,4");
        assertThat(o.offset()).isEqualTo("8");
        assertThat(o.expr()).isEqualTo("a.T");
        assertThat(o.select()).containsExactly(1, 2);
        assertThat(o.theme()).isEqualTo(GuiOptions.Theme.DARK);
        assertThat(o.snapshot()).isEqualTo(Path.of("out.png"));
        assertThat(WindowOptions.parse(new String[0])).isEqualTo(GuiOptions.none());
        assertThat(o.picture()).as("the grid in front unless --picture").isFalse();
        assertThat(WindowOptions.parse(new String[] {"data.bin", "--picture"}).picture()).isTrue();
    }

    @Test
    void helpShowsTheWindowsFlagsWithTheSubCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.out()).contains("[FILE]", "--hex=TEXT", "--select=I,J,...", "--theme=light|dark",
                "--snapshot=OUT.png", "--lesson=NAME", "inspect", "export", "lessons");
    }

    @Test
    void aWrongFlagSaysWhich() {
        assertThatThrownBy(() -> WindowOptions.parse(new String[] {"--colour", "red"})).hasMessageContaining("--colour");
        assertThatThrownBy(() -> WindowOptions.parse(new String[] {"--theme", "blue"})).hasMessageContaining("light or dark");
        assertThatThrownBy(() -> WindowOptions.parse(new String[] {"--dtype"})).hasMessageContaining("Missing required parameter for option '--dtype'");
        assertThatThrownBy(() -> WindowOptions.parse(new String[] {"f.bin", "--hex", "00"})).hasMessageContaining("not both");
        assertThatThrownBy(() -> WindowOptions.parse(new String[] {"a.bin", "b.bin"})).hasMessageContaining("only one FILE");
        assertThatThrownBy(() -> WindowOptions.parse(new String[] {"--select", "1,x"})).hasMessageContaining("--select takes an index");
    }

    @Test
    void anEmptyShapeIsAZeroDimensionalArray() {
        MainViewModel vm = new MainViewModel();
        vm.apply(WindowOptions.parse(new String[] {"--hex", "0000803f", "--dtype", "<f4", "--shape", ""}));
        assertThat(vm.array().layout().ndim()).isZero();
        assertThat(vm.array().value(new long[0])).isEqualTo("1.0"); // str(np.ndarray((), '<f4', bytes.fromhex('0000803f')))
    }

    @Test
    void aFileThatIsNotThereIsAnUnknownCommandWhenItIsAWordElseAMissingFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        for (String word : new String[] {"bogus", "Inspect", "show-me", "exprt"}) {
            assertThatThrownBy(() -> WindowOptions.parse(new String[] {word, "--hex", "00"}))
                    .hasMessageStartingWith("unknown command '" + word + "' (nor is it a file here); the commands are inspect,");
        }
        for (String path : new String[] {"data.npy", "./x", dir.resolve("gone").toString(), "a b"}) {
            assertThatThrownBy(() -> WindowOptions.checkFile(WindowOptions.parse(new String[] {path})))
                    .hasMessage("cannot open " + path + ": no such file");
        }
        Path there = java.nio.file.Files.write(dir.resolve("bogus"), new byte[1]);
        WindowOptions.checkFile(WindowOptions.parse(new String[] {there.toString()}));
        assertThatThrownBy(() -> WindowOptions.checkFile(WindowOptions.parse(new String[] {"--dtype", "<f4", "bogus"})))
                .as("a FILE after flags").hasMessage("cannot open bogus: no such file");
        WindowOptions.checkFile(WindowOptions.parse(new String[] {"--hex", "00"}));
    }

    @Test
    void anArgumentStartingWithAtIsTextForTheWindowToo() {
        GuiOptions o = WindowOptions.parse(new String[] {"--hex", "@/dev/zero", "--expr", "@/", "--dtype", "@x"});
        assertThat(o.hex()).isEqualTo("@/dev/zero");
        assertThat(o.expr()).isEqualTo("@/");
        assertThat(o.dtype()).isEqualTo("@x");
        assertThat(WindowOptions.parse(new String[] {"@/proc/self/mem"}).file()).isEqualTo(Path.of("@/proc/self/mem"));
        assertThatThrownBy(() -> WindowOptions.checkFile(WindowOptions.parse(new String[] {"@nothing-here"})))
                .hasMessage("cannot open @nothing-here: no such file");
    }

    @Test
    void sizeChoosesTheWindowsWidthAndHeightFromTheSmallestChecked() {
        assertThat(WindowOptions.parse(new String[] {"--size", "900x600"}).size()).containsExactly(900, 600);
        assertThat(WindowOptions.parse(new String[] {}).size()).isNull();
        assertThatThrownBy(() -> WindowOptions.parse(new String[] {"--size", "640x480"}))
                .hasMessageContaining("--size takes WIDTHxHEIGHT of at least 900x600");
    }
}
