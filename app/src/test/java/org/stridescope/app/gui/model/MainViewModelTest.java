package org.stridescope.app.gui.model;

import org.stridescope.core.StridescopeError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stridescope.app.cli.WindowOptions;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.layout.ByteRange;

/**
 * The window's rules without a screen. Expected values come from NumPy 1.24
 * ({@code np.ndarray((2,2), '>i4', b'aaabaaacaaadaaae')} and friends).
 */
public class MainViewModelTest {
    public static final String SEED_HEX = "61616162616161636161616461616165"; // b'aaabaaacaaadaaae'

    static MainViewModel seed() {
        MainViewModel vm = new MainViewModel();
        vm.load(new HeapByteSource(HexFormat.of().parseHex(SEED_HEX), "seed"));
        vm.dtypeTextProperty().set(">i4");
        vm.shapeTextProperty().set("2,2");
        return vm;
    }

    @Test
    void aValidLayoutBecomesTheShownArrayWithNumpysValues() {
        MainViewModel vm = seed();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.array().layout().strides()).containsExactly(8, 4);
        // np.ndarray((2,2),'>i4',b).tolist() == [[1633771874, 1633771875], [1633771876, 1633771877]]
        assertThat(vm.array().value(new long[] {0, 0})).isEqualTo("1633771874");
        assertThat(vm.array().value(new long[] {1, 1})).isEqualTo("1633771877");
    }

    @Test
    void aStrideThatDoesNotFitShowsNumpysMessageAndKeepsTheLastValidArray() {
        MainViewModel vm = seed();
        ShownArray before = vm.array();
        vm.stridesTextProperty().set("8,8");
        assertThat(vm.errorProperty().get().type()).isEqualTo("ValueError");
        assertThat(vm.errorProperty().get().getMessage())
                .isEqualTo("strides is incompatible with shape of requested array and size of buffer");
        assertThat(vm.errorProperty().get().detail()).isNotBlank();
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.STRIDES);
        assertThat(vm.array()).isSameAs(before);
        assertThat(vm.staleProperty().get()).isTrue();
        vm.stridesTextProperty().set("8,4");
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.staleProperty().get()).isFalse();
    }

    @Test
    void anUnknownDtypeIsNumpysTypeErrorOnTheDtypeField() {
        MainViewModel vm = seed();
        vm.dtypeTextProperty().set(">i9");
        assertThat(vm.errorProperty().get().toString()).isEqualTo("TypeError: data type '>i9' not understood");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.DTYPE);
    }

    @Test
    void typingSomethingThatIsNotANumberMarksThatField() {
        MainViewModel vm = seed();
        vm.offsetTextProperty().set("four");
        assertThat(vm.errorProperty().get().type()).isEqualTo("InputError");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.OFFSET);
        vm.offsetTextProperty().set("0");
        vm.shapeTextProperty().set("2,x");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.SHAPE);
    }

    @Test
    void numbersPast64BitsGetNumpysOwnErrors() {
        MainViewModel vm = seed();
        // np.ndarray((2, 2), '>i4', b, offset=10**20) -> OverflowError: int too big to convert
        vm.offsetTextProperty().set("100000000000000000000");
        assertThat(vm.errorProperty().get().type()).isEqualTo("OverflowError");
        assertThat(vm.errorProperty().get().getMessage()).isEqualTo("int too big to convert");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.OFFSET);
        vm.offsetTextProperty().set("0");
        // np.ndarray((2, 10**20), ...) -> ValueError: Maximum allowed dimension exceeded
        vm.shapeTextProperty().set("2,100000000000000000000");
        assertThat(vm.errorProperty().get().type()).isEqualTo("ValueError");
        assertThat(vm.errorProperty().get().getMessage()).isEqualTo("Maximum allowed dimension exceeded");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.SHAPE);
    }

    @Test
    void byteOrderButtonsRewriteTheDtypePrefix() {
        MainViewModel vm = seed();
        assertThat(vm.byteOrderProperty().get()).isEqualTo(ByteOrderChoice.BIG);
        vm.setByteOrder(ByteOrderChoice.LITTLE);
        assertThat(vm.dtypeTextProperty().get()).isEqualTo("<i4");
        assertThat(vm.byteOrderProperty().get()).isEqualTo(ByteOrderChoice.LITTLE);
        // np.ndarray((2,2),'<i4',b)[0,0] == 1650549089
        assertThat(vm.array().value(new long[] {0, 0})).isEqualTo("1650549089");
        vm.setByteOrder(ByteOrderChoice.NATIVE);
        assertThat(vm.dtypeTextProperty().get()).isEqualTo("=i4");
        vm.dtypeTextProperty().set("u1");
        assertThat(vm.byteOrderProperty().get()).isEqualTo(ByteOrderChoice.NOT_APPLICABLE);
    }

    @Test
    void cAndFOrderButtonsFillNumpysStrides() {
        MainViewModel vm = new MainViewModel();
        vm.load(new HeapByteSource(new byte[24], "zeros"));
        vm.dtypeTextProperty().set("<f4");
        vm.shapeTextProperty().set("2,3");
        vm.fillCOrder(); // np.zeros((2,3),'<f4').strides
        assertThat(vm.stridesTextProperty().get()).isEqualTo("12,4");
        vm.fillFOrder(); // np.zeros((2,3),'<f4',order='F').strides
        assertThat(vm.stridesTextProperty().get()).isEqualTo("4,8");
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void selectingAnElementSelectsTheBytesItReads() {
        MainViewModel vm = seed();
        vm.selectElement(new long[] {1, 0}, false);
        assertThat(vm.selectedBytesProperty().get()).containsExactly(new ByteRange(8, 12));
        assertThat(vm.selectionSummaryProperty().get()).contains("[1, 0]", "8..11", "61 61 61 64", "1633771876");
    }

    @Test
    void extendingAnElementSelectionHighlightsTheUnionOfTheirBytes() {
        MainViewModel vm = seed();
        vm.selectElement(new long[] {0, 1}, false);
        vm.selectElement(new long[] {1, 1}, true);
        // elements [0,1] and [1,1] read bytes 4..7 and 12..15
        assertThat(vm.selectedBytesProperty().get()).containsExactly(new ByteRange(4, 8), new ByteRange(12, 16));
    }

    @Test
    void selectingAByteSelectsEveryElementThatReadsIt() {
        MainViewModel vm = seed();
        vm.selectByte(13, false);
        assertThat(vm.selectedReadersProperty().get().count()).isEqualTo(1);
        assertThat(vm.selectedReadersProperty().get().first().get(0)).containsExactly(1, 1);
        assertThat(vm.revealElementProperty().get()).containsExactly(1, 1);
    }

    @Test
    void aByteOfABroadcastRowIsReadByEveryElementOfItsColumn() {
        MainViewModel vm = seed();
        vm.shapeTextProperty().set("3,4");
        vm.stridesTextProperty().set("0,4"); // np.lib.stride_tricks.as_strided: every row is bytes 0..15
        vm.selectByte(5, false);
        Selection.Bytes sel = (Selection.Bytes) vm.selection();
        assertThat(sel.range()).isEqualTo(new ByteRange(5, 6));
        assertThat(vm.selectedReadersProperty().get().count()).isEqualTo(3);
        assertThat(vm.selectedReadersProperty().get().first()).extracting(List::of)
                .isNotEmpty();
        assertThat(vm.selectionSummaryProperty().get()).contains("read by 3 elements");
    }

    @Test
    void draggingOverBytesCountsEachReaderOnce() {
        MainViewModel vm = seed();
        vm.selectByte(2, false);
        vm.selectByte(9, true); // bytes 2..9 touch elements [0,0], [0,1], [1,0]
        assertThat(vm.selectedReadersProperty().get().count()).isEqualTo(3);
    }

    @Test
    void copyingGivesValuesOrHexBytes() {
        MainViewModel vm = seed();
        vm.selectElement(new long[] {0, 0}, false);
        vm.selectElement(new long[] {1, 1}, true);
        assertThat(vm.copyText()).isEqualTo("1633771874\t1633771875\n1633771876\t1633771877");
        vm.selectByte(0, false);
        vm.selectByte(3, true);
        assertThat(vm.copyText()).isEqualTo("61 61 61 62");
    }

    @Test
    void withoutAShapeTheBytesAreReadLikeFrombuffer() {
        MainViewModel vm = seed();
        vm.shapeTextProperty().set("");
        // np.frombuffer(b, '>i4').shape == (4,)
        assertThat(vm.array().layout().shape()).containsExactly(4);
    }

    @Test
    void theSelectionIsDroppedWhenItsElementNoLongerExists() {
        MainViewModel vm = seed();
        vm.selectElement(new long[] {1, 1}, false);
        vm.shapeTextProperty().set("1,2");
        assertThat(vm.selection()).isInstanceOf(Selection.Nothing.class);
    }

    @Test
    void commandLineOptionsSetTheStateAndTheSelection() {
        MainViewModel vm = new MainViewModel();
        vm.apply(WindowOptions.parse(new String[] {"--hex", SEED_HEX, "--dtype", ">i4", "--shape", "2,2", "--select", "1,0"}));
        assertThat(vm.array().layout().shape()).containsExactly(2, 2);
        assertThat(vm.selectedBytesProperty().get()).containsExactly(new ByteRange(8, 12));
    }

    @Test
    void aLayoutThatDoesNotFitNewBytesNeverShowsTheOldBytesArray() {
        MainViewModel vm = seed();
        vm.load(new HeapByteSource(new byte[8], "eight zeros"));
        vm.shapeTextProperty().set("2,2");
        // np.ndarray((2,2), '>i4', bytes(8)): TypeError: buffer is too small for requested array
        assertThat(vm.errorProperty().get().toString()).isEqualTo("TypeError: buffer is too small for requested array");
        // The last valid array is the one fitted to the new bytes, never the old bytes' one.
        assertThat(vm.array().source()).isSameAs(vm.sourceProperty().get());
        assertThat(vm.array().layout().shape()).containsExactly(2);
    }

    @Test
    void aFileThatCannotBeOpenedSaysWhyAndKeepsTheBytesShown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        MainViewModel vm = seed();
        var before = vm.sourceProperty().get();
        vm.open(dir.resolve("missing.bin"));
        assertThat(vm.errorProperty().get().type()).isEqualTo("InputError");
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.SOURCE);
        assertThat(vm.sourceProperty().get()).isSameAs(before);
    }

    @Test
    void anOpenedFileIsShownReadOnlyUnderItsName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("seed.bin");
        java.nio.file.Files.write(f, HexFormat.of().parseHex(SEED_HEX));
        MainViewModel vm = seed();
        vm.open(f);
        assertThat(vm.sourceProperty().get().name()).isEqualTo("seed.bin");
        assertThat(vm.sourceProperty().get().readOnly()).isTrue();
        assertThat(vm.array().layout().shape()).as("np.frombuffer: raw bytes bring no shape").containsExactly(4);
    }

    @Test
    void aByteRangeLongerThan64KibCountsEveryElementThatReadsIt() {
        // v = np.ndarray((99997,), '<i4', buffer=bytes(100000), strides=(1,)): sliding 4-byte windows.
        // Elements meeting bytes 1000..70999: ((s <= 70999) & (s + 3 >= 1000)).sum() == 70003 for s = arange(99997).
        MainViewModel vm = new MainViewModel();
        vm.load(new HeapByteSource(new byte[100_000], "zeros"));
        vm.dtypeTextProperty().set("<i4");
        vm.shapeTextProperty().set("99997");
        vm.stridesTextProperty().set("1");
        vm.selectByte(1000, false);
        vm.selectByte(70_999, true);
        assertThat(vm.selectedReadersProperty().get().count()).isEqualTo(70_003);
        assertThat(vm.selectedReadersProperty().get().first().get(0)).containsExactly(997);
        assertThat(vm.selectionSummaryProperty().get()).contains("read by 70003 elements");
    }

    @Test
    void hoveringAByteOutsideTheSelectionSaysWhatItIsThenTheSelectionComesBack() {
        MainViewModel vm = new MainViewModel();
        vm.load(new HeapByteSource(HexFormat.of().parseHex(SEED_HEX), "seed"), 4);
        vm.dtypeTextProperty().set(">i4");
        vm.shapeTextProperty().set("3");
        vm.offsetTextProperty().set("4");
        vm.selectElement(new long[] {2}, false);
        String selected = vm.selectionSummaryProperty().get();
        assertThat(vm.statusLineProperty().get()).isEqualTo(selected);
        vm.hoverByte(1);
        assertThat(vm.statusLineProperty().get()).contains("Pointer on byte 1", "file header", "read by no element");
        vm.hoverByte(13);
        // np.ndarray((3,), '>i4', b, 4): byte 13 is in element [2] (bytes 12..15).
        assertThat(vm.statusLineProperty().get()).contains("Pointer on byte 13", "read by 1 element: [2]");
        vm.hoverByte(-1);
        vm.hoverElement(new long[] {2});
        assertThat(vm.statusLineProperty().get()).as("the selected element itself").isEqualTo(selected);
        vm.hoverElement(new long[] {0});
        assertThat(vm.statusLineProperty().get()).contains("Pointer on element [0]", "bytes 4..7", "1633771875");
        vm.hoverElement(null);
        assertThat(vm.statusLineProperty().get()).isEqualTo(selected);
    }

    @Test
    void aRecordDtypeShowsEachRecordAsNumpyPrintsIt() {
        // np.ndarray((2,), [('x','<f4'),('y','<i2')], b'aaabaaacaaadaaae'): str() of each record
        MainViewModel vm = seed();
        vm.dtypeTextProperty().set("[('x','<f4'),('y','<i2')]");
        vm.shapeTextProperty().set("2");
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.array().layout().dtype().str()).isEqualTo("|V6");
        assertThat(vm.array().layout().strides()).containsExactly(6);
        assertThat(vm.array().value(new long[] {0})).isEqualTo("(1.0393836e+21, 24929)");
        assertThat(vm.array().value(new long[] {1})).isEqualTo("(2.598549e+20, 25697)");
        vm.exprTextProperty().set("a['y']");
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.array().layout().strides()).containsExactly(6);
        assertThat(vm.array().value(new long[] {1})).isEqualTo("25697");
    }
}
