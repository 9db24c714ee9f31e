package org.stridescope.app.gui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.layout.ByteRange;

/**
 * Fields of records in the window's model, without a screen. NumPy 1.24:
 * {@code np.frombuffer(b, np.dtype([('a','u1'),('b','<i4')], align=True))} is
 * {@code [(1, 2), (3, 4), (5, 6), (7, 8)]}, each record 8 bytes: a at 0, padding 1..3, b at 4.
 */
public class RecordSelectionTest {
    public static final String HEX = "0100000002000000030000000400000005000000060000000700000008000000";
    public static final String DTYPE = "np.dtype([('a','u1'),('b','<i4')], align=True)";

    public static MainViewModel records() {
        MainViewModel vm = new MainViewModel();
        vm.load(new HeapByteSource(HexFormat.of().parseHex(HEX), "records"));
        vm.dtypeTextProperty().set(DTYPE);
        vm.shapeTextProperty().set("");
        return vm;
    }

    @Test
    void aRecordArrayHasOneLeafColumnPerFieldWithNumpysValues() {
        MainViewModel vm = records();
        assertThat(vm.errorProperty().get()).isNull();
        ShownArray a = vm.array();
        assertThat(a.layout().shape()).containsExactly(4);
        assertThat(a.fields().columns()).isEqualTo(2);
        assertThat(a.fieldValue(new long[] {1}, 0)).isEqualTo("3");
        assertThat(a.fieldValue(new long[] {1}, 1)).isEqualTo("4");
        assertThat(a.value(new long[] {1})).isEqualTo("(3, 4)");
    }

    @Test
    void selectingAFieldSelectsThatFieldsBytesOnly() {
        MainViewModel vm = records();
        vm.selectField(new long[] {1}, 1, false);
        assertThat(vm.selectedBytesProperty().get()).containsExactly(new ByteRange(12, 16));
        assertThat(vm.selectionSummaryProperty().get())
                .isEqualTo("Record [1]  ·  field b  ·  bytes 12..15  ·  04 00 00 00  ·  value 4");
        vm.selectField(new long[] {3}, 1, true);
        assertThat(vm.selectedBytesProperty().get())
                .containsExactly(new ByteRange(12, 16), new ByteRange(20, 24), new ByteRange(28, 32));
        vm.selectElement(new long[] {2}, false);
        assertThat(vm.selectedBytesProperty().get()).containsExactly(new ByteRange(16, 24));
    }

    @Test
    void aByteNamesItsRecordAndFieldAndPaddingSaysNoFieldReadsIt() {
        MainViewModel vm = records();
        vm.hoverByte(13);
        assertThat(vm.hoverSummaryProperty().get())
                .isEqualTo("Pointer on byte 13 (0x00)  ·  record [1], field b, byte 2 of 4");
        vm.selectByte(9, false);
        assertThat(vm.selectionSummaryProperty().get())
                .isEqualTo("Byte 9 (0x00)  ·  record [1], padding: byte 2 of 8, no field reads it");
        vm.hoverByte(-1);
        vm.selectByte(8, false);
        assertThat(vm.statusLineProperty().get()).contains("record [1], field a, byte 1 of 1");
    }

    @Test
    void aFieldSelectionFallsBackToWholeElementsWhenTheDtypeLosesItsFields() {
        MainViewModel vm = records();
        vm.selectField(new long[] {1}, 1, false);
        vm.dtypeTextProperty().set("<i8");
        Selection s = vm.selection();
        assertThat(s).isInstanceOf(Selection.Elements.class);
        assertThat(((Selection.Elements) s).oneField()).isFalse();
        assertThat(vm.selectedBytesProperty().get()).isEqualTo(List.of(new ByteRange(8, 16)));
    }
}
