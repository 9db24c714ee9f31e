package org.stridescope.app.gui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stridescope.app.cli.WindowOptions;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.layout.ByteRange;

/**
 * Applying an expression in the window's model: the shown array becomes NumPy's view of the
 * same bytes. Expected values from NumPy 1.24 on the seed {@code a = np.ndarray((2,2), '>i4',
 * b'aaabaaacaaadaaae')}; every case of the views vectors is checked in {@link ExpressionVectorsTest}.
 */
class ExpressionModelTest {

    @Test
    void theShownArrayIsTheExpressionsViewOfTheSameBytes() {
        MainViewModel vm = MainViewModelTest.seed();
        vm.applyExpression("a[::-1].T");
        // v = a[::-1].T: v.strides == (4, -8), byte offset 8, v.tolist()[0] == [1633771876, 1633771874]
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.array().layout().shape()).containsExactly(2, 2);
        assertThat(vm.array().layout().strides()).containsExactly(4, -8);
        assertThat(vm.array().layout().offset()).isEqualTo(8);
        assertThat(vm.array().source()).isSameAs(vm.sourceProperty().get());
        assertThat(vm.array().value(new long[] {0, 0})).isEqualTo("1633771876");
        assertThat(vm.array().value(new long[] {0, 1})).isEqualTo("1633771874");
    }

    @Test
    void anEmptyExpressionShowsAItself() {
        MainViewModel vm = MainViewModelTest.seed();
        vm.applyExpression("a.T");
        vm.applyExpression("  ");
        assertThat(vm.exprTextProperty().get()).isEmpty();
        assertThat(vm.array().layout().strides()).containsExactly(8, 4);
        assertThat(vm.array().value(new long[] {0, 1})).isEqualTo("1633771875");
    }

    @Test
    void clickingAByteFindsTheElementsOfTheViewThatReadIt() {
        MainViewModel vm = MainViewModelTest.seed();
        // NumPy: byte 13 lies in a[1,1], which is element [1,1] of a.T and [1,0] of np.flip(a, 1)
        vm.applyExpression("a.T");
        vm.selectByte(13, false);
        assertThat(vm.selectedReadersProperty().get().first()).containsExactly(new long[] {1, 1});
        vm.applyExpression("np.flip(a, 1)");
        vm.selectByte(13, false);
        assertThat(vm.selectedReadersProperty().get().first()).containsExactly(new long[] {1, 0});
        // np.broadcast_to(a[0], (3, 2)): byte 5 (in a[0,1]) is read by [0,1], [1,1] and [2,1]
        vm.applyExpression("np.broadcast_to(a[0], (3, 2))");
        vm.selectByte(5, false);
        assertThat(vm.selectedReadersProperty().get().count()).isEqualTo(3);
        assertThat(vm.selectedReadersProperty().get().first())
                .containsExactly(new long[] {0, 1}, new long[] {1, 1}, new long[] {2, 1});
    }

    @Test
    void selectingAnElementOfTheViewLightsUpTheBytesItReads() {
        MainViewModel vm = MainViewModelTest.seed();
        vm.applyExpression("a.T");
        // a.T[0, 1] is a[1, 0]: bytes 8..11
        vm.selectElement(new long[] {0, 1}, false);
        assertThat(vm.selectedBytesProperty().get()).containsExactly(new ByteRange(8, 12));
    }

    @Test
    void aBadExpressionGivesNumpysErrorOnTheExpressionFieldAndKeepsTheLastArrayDimmed() {
        MainViewModel vm = MainViewModelTest.seed();
        vm.applyExpression("a.T");
        ShownArray before = vm.array();
        vm.applyExpression("a[5]");
        StridescopeError e = vm.errorProperty().get();
        // a[5] -> IndexError: index 5 is out of bounds for axis 0 with size 2
        assertThat(e.toString()).isEqualTo("IndexError: index 5 is out of bounds for axis 0 with size 2");
        assertThat(e.detail()).isNotBlank();
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.EXPR);
        assertThat(vm.array()).isSameAs(before);
        assertThat(vm.staleProperty().get()).isTrue();
        vm.applyExpression("a[0, 0, 0]");
        assertThat(vm.errorProperty().get().toString())
                .isEqualTo("IndexError: too many indices for array: array is 2-dimensional, but 3 were indexed");
        vm.applyExpression("a");
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.staleProperty().get()).isFalse();
    }

    @Test
    void aBadExpressionBeforeAnyArrayWasShownLeavesADimmed() {
        MainViewModel vm = new MainViewModel();
        vm.apply(WindowOptions.parse(new String[] {"--hex", "b'aaabaaacaaadaaae'", "--dtype", ">i4", "--shape", "2,2", "--expr", "a[5]"}));
        assertThat(vm.errorFieldProperty().get()).isEqualTo(StridescopeError.Argument.EXPR);
        assertThat(vm.array().layout().strides()).containsExactly(8, 4);
        assertThat(vm.staleProperty().get()).isTrue();
    }

    @Test
    void aCommandLineExpressionNumpyAnswersWithACopyKeepsTheFormsArrayInTheViews(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("seed.bin"), "aaabaaacaaadaaae".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        MainViewModel vm = new MainViewModel();
        vm.apply(WindowOptions.parse(new String[] {file.toString(), "--dtype", ">i4", "--shape", "2,2", "--expr", "a.sum()"}));
        assertThat(vm.errorProperty().get().type()).isEqualTo(StridescopeError.COPY_REQUIRED);
        // Not the bytes' default reading (float64, shape (2,)): the array the form built, dimmed.
        assertThat(vm.array().layout().shape()).containsExactly(2, 2);
        assertThat(vm.array().layout().dtype().name()).isEqualTo("int32");
    }

    @Test
    void aLayoutThatDoesNotFitAtLaunchShowsNoArrayRatherThanTheBytesDefaultReading(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("seed.bin"), "aaabaaacaaadaaae".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        MainViewModel vm = new MainViewModel();
        vm.apply(WindowOptions.parse(new String[] {file.toString(), "--dtype", ">i4", "--shape", "3,3"}));
        assertThat(vm.errorProperty().get().getMessage()).isEqualTo("buffer is too small for requested array");
        assertThat(vm.array()).as("nothing the user asked for could be shown").isNull();
        assertThat(vm.staleProperty().get()).isFalse();
        assertThat(vm.statusLineProperty().get()).as("no invitation to click elements there are none of")
                .isEqualTo("No array yet: only the bytes, until the layout fits.");
        // Fixing the shape shows the array at once.
        vm.shapeTextProperty().set("2,2");
        assertThat(vm.array().layout().shape()).containsExactly(2, 2);
    }

    @Test
    void aViewNumpyWouldHaveToCopySaysCopyRequiredInPlainWords() {
        MainViewModel vm = MainViewModelTest.seed();
        vm.applyExpression("a.T.ravel()");
        StridescopeError e = vm.errorProperty().get();
        assertThat(e.type()).isEqualTo(StridescopeError.COPY_REQUIRED);
        assertThat(e.getMessage()).contains("ravel");
        assertThat(e.detail()).contains("copies");
    }

    @Test
    void editingTheLayoutAppliesTheExpressionAgain() {
        MainViewModel vm = MainViewModelTest.seed();
        vm.applyExpression("a.T");
        vm.dtypeTextProperty().set("<i4");
        // np.ndarray((2,2), '<i4', b).T.tolist() == [[1650549089, 1684103521], [1667326305, 1700880737]]
        assertThat(vm.array().value(new long[] {0, 1})).isEqualTo("1684103521");
        assertThat(vm.array().value(new long[] {1, 0})).isEqualTo("1667326305");
    }

    @Test
    void theCommandLineExpressionIsAppliedAndAnnounced() {
        MainViewModel vm = new MainViewModel();
        List<ExpressionRun> runs = new ArrayList<>();
        vm.onExpressionRun(runs::add);
        vm.apply(WindowOptions.parse(new String[] {"--hex", "b'aaabaaacaaadaaae'", "--dtype", ">i4", "--shape", "2,2",
            "--expr", "a[::2].T"}));
        // a[::2].T: shape (2, 1), strides (4, 16)
        assertThat(vm.array().layout().shape()).containsExactly(2, 1);
        assertThat(vm.array().layout().strides()).containsExactly(4, 16);
        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.expression()).isEqualTo("a[::2].T");
            assertThat(r.array()).isSameAs(vm.array());
            assertThat(r.error()).isNull();
        });
    }

    @Test
    void eachAppliedExpressionIsAnnouncedButLayoutEditsAreNot() {
        MainViewModel vm = MainViewModelTest.seed();
        List<ExpressionRun> runs = new ArrayList<>();
        vm.onExpressionRun(runs::add);
        vm.applyExpression("a.T");
        vm.applyExpression("a.T");
        vm.applyExpression("a[5]");
        vm.dtypeTextProperty().set("<i4");
        assertThat(runs).extracting(ExpressionRun::expression).containsExactly("a.T", "a.T", "a[5]");
        assertThat(runs.get(2).error().type()).isEqualTo("IndexError");
        assertThat(runs.get(2).array()).isNull();
    }

    @Test
    void fillingCOrderStridesWithoutAShapeUsesAsShapeNotTheViews() {
        MainViewModel vm = MainViewModelTest.seed();
        vm.shapeTextProperty().set("");
        vm.applyExpression("np.broadcast_to(a, (2, 4))");
        vm.fillCOrder();
        // np.frombuffer(b, '>i4').shape == (4,), strides (4,)
        assertThat(vm.shapeTextProperty().get()).isEqualTo("4");
        assertThat(vm.stridesTextProperty().get()).isEqualTo("4");
    }
}
