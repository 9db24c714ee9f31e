package org.stridescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stridescope.app.gui.model.GuiOptions;
import org.stridescope.app.gui.model.MainViewModel;

class GuiOptionsTest {

    @Test
    void everyGuiFlagOfTheSpecIsRead() {
        GuiOptions o = GuiOptions.parse(new String[] {"data.bin", "--dtype", "<f4", "--shape", "2,3", "--strides=12,4",
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
    }

    @Test
    void aWrongFlagSaysWhich() {
        assertThatThrownBy(() -> GuiOptions.parse(new String[] {"--colour", "red"})).hasMessageContaining("--colour");
        assertThatThrownBy(() -> GuiOptions.parse(new String[] {"--theme", "blue"})).hasMessageContaining("light or dark");
        assertThatThrownBy(() -> GuiOptions.parse(new String[] {"--dtype"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> GuiOptions.parse(new String[] {"f.bin", "--hex", "00"})).hasMessageContaining("not both");
    }

    @Test
    void anEmptyShapeIsAZeroDimensionalArray() {
        MainViewModel vm = new MainViewModel();
        vm.apply(GuiOptions.parse(new String[] {"--hex", "0000803f", "--dtype", "<f4", "--shape", ""}));
        assertThat(vm.array().layout().ndim()).isZero();
        assertThat(vm.array().value(new long[0])).isEqualTo("1.0"); // str(np.ndarray((), '<f4', bytes.fromhex('0000803f')))
    }
}
