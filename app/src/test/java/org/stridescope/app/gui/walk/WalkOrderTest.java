package org.stridescope.app.gui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stridescope.app.gui.model.MainViewModel;
import org.stridescope.app.gui.model.Selection;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Layout;

/**
 * Walk orders against NumPy 1.24. Memory order is NumPy's stable argsort of each element's start
 * byte: with {@code b = bytes(range(256))}, {@code a = np.ndarray(shape, '<i4', buffer=b,
 * offset=off, strides=st)}, each element's low byte is its start, so
 * {@code np.argsort((a & 0xff).ravel(), kind='stable').tolist()} lists the C-order positions of
 * the elements in memory order.
 */
class WalkOrderTest {
    private static final DType I4 = DType.parse("<i4");

    private static Layout layout(long[] shape, long[] strides, long offset) {
        return new Layout(I4, shape, strides, offset);
    }

    /** The C-order positions of the elements, rank by rank; and every rank maps back to itself. */
    private static long[] flatsInOrder(WalkOrder order, Layout l) {
        long[] flats = new long[(int) order.size()];
        for (int r = 0; r < flats.length; r++) {
            long[] index = order.indexAt(r);
            assertThat(order.rankOf(index)).as("rank of %s", java.util.Arrays.toString(index)).isEqualTo(r);
            flats[r] = CIndexWalk.ravel(index, l.shape());
        }
        return flats;
    }

    @Test
    void indexOrderIsCOrderWhateverTheStrides() {
        Layout t = layout(new long[] {3, 4}, new long[] {4, 12}, 0);
        assertThat(flatsInOrder(WalkOrder.cOrder(t), t)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void memoryOrderOfATransposeGoesDownTheColumns() {
        // np.ndarray((3,4),'<i4',b,0,(4,12)): argsort -> [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]
        Layout t = layout(new long[] {3, 4}, new long[] {4, 12}, 0);
        WalkOrder m = WalkOrder.memoryOrder(t);
        assertThat(flatsInOrder(m, t)).containsExactly(0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11);
        assertThat(m.note()).contains("exact");
    }

    @Test
    void memoryOrderOfReversedRowsStartsAtTheLastRow() {
        // np.ndarray((3,4),'<i4',b,32,(-16,4)) (a[::-1]): argsort -> [8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3]
        Layout l = layout(new long[] {3, 4}, new long[] {-16, 4}, 32);
        assertThat(flatsInOrder(WalkOrder.memoryOrder(l), l)).containsExactly(8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);
    }

    @Test
    void memoryOrderOfReversedColumnsWalksEachRowBackwards() {
        // np.ndarray((2,3),'<i4',b,8,(12,-4)) (a[:, ::-1]): argsort -> [2, 1, 0, 5, 4, 3]
        Layout l = layout(new long[] {2, 3}, new long[] {12, -4}, 8);
        assertThat(flatsInOrder(WalkOrder.memoryOrder(l), l)).containsExactly(2, 1, 0, 5, 4, 3);
    }

    @Test
    void memoryOrderOfMixedSignsAndAPermutationNests() {
        // np.ndarray((2,2,3),'<i4',b,24,(4,-24,8)): argsort -> [3, 9, 4, 10, 5, 11, 0, 6, 1, 7, 2, 8]
        Layout l = layout(new long[] {2, 2, 3}, new long[] {4, -24, 8}, 24);
        assertThat(flatsInOrder(WalkOrder.memoryOrder(l), l)).containsExactly(3, 9, 4, 10, 5, 11, 0, 6, 1, 7, 2, 8);
    }

    @Test
    void memoryOrderOfABroadcastVisitsTiesInIndexOrder() {
        // np.ndarray((3,4),'<i4',b,0,(0,4)): argsort -> [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]
        Layout l = layout(new long[] {3, 4}, new long[] {0, 4}, 0);
        assertThat(flatsInOrder(WalkOrder.memoryOrder(l), l)).containsExactly(0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11);
    }

    @Test
    void memoryOrderOfSlidingWindowsIsSortedWithTiesByIndex() {
        // np.ndarray((4,3),'<i4',b,0,(4,4)): argsort -> [0, 1, 3, 2, 4, 6, 5, 7, 9, 8, 10, 11]
        Layout l = layout(new long[] {4, 3}, new long[] {4, 4}, 0);
        WalkOrder m = WalkOrder.memoryOrder(l);
        assertThat(flatsInOrder(m, l)).containsExactly(0, 1, 3, 2, 4, 6, 5, 7, 9, 8, 10, 11);
        assertThat(m.note()).contains("sorted", "exact");
    }

    @Test
    void aTrillionElementBroadcastWalksExactlyWithoutListingAnything() {
        Layout l = new Layout(DType.parse("<f8"), new long[] {1_000_000, 1_000_000}, new long[] {0, 0}, 0);
        WalkOrder m = WalkOrder.memoryOrder(l);
        assertThat(m.size()).isEqualTo(1_000_000_000_000L);
        // Every element starts at byte 0: memory order is index order.
        assertThat(m.indexAt(1_000_000_000_000L - 1)).containsExactly(999_999, 999_999);
        assertThat(m.rankOf(new long[] {3, 7})).isEqualTo(3_000_007);
        assertThat(m.note()).contains("exact");
    }

    @Test
    void interleavedElementsTooManyToSortAreWalkedRoughlyAndTheNoteSaysSo() {
        Layout l = new Layout(DType.parse("<f8"), new long[] {1_000_000, 1_000_000}, new long[] {8, 8}, 0);
        WalkOrder m = WalkOrder.memoryOrder(l);
        assertThat(m.note()).contains("roughly");
        assertThat(m.rankOf(m.indexAt(123_456_789_012L))).isEqualTo(123_456_789_012L);
    }

    /** On many random small layouts (nesting or not), memory order is the stable sort by start byte. */
    @Test
    void memoryOrderIsTheStableSortByStartByteOnRandomLayouts() {
        java.util.Random random = new java.util.Random(6);
        for (int t = 0; t < 500; t++) {
            int n = random.nextInt(4);
            long[] shape = new long[n];
            long[] strides = new long[n];
            for (int k = 0; k < n; k++) {
                shape[k] = 1 + random.nextInt(4);
                strides[k] = (random.nextInt(5) - 2) * (random.nextBoolean() ? 4 : 1 + random.nextInt(16));
            }
            Layout l = layout(shape, strides, 200);
            int size = (int) l.size();
            Long[] expected = new Long[size];
            long[] starts = new long[size];
            CIndexWalk.walk(l, 0, size, (flat, index, pos) -> starts[(int) flat] = pos);
            java.util.Arrays.setAll(expected, i -> (long) i);
            java.util.Arrays.sort(expected, java.util.Comparator.comparingLong(i -> starts[(int) (long) i])); // stable
            WalkOrder m = WalkOrder.memoryOrder(l);
            assertThat(flatsInOrder(m, l)).as("%s (%s)", l, m.note())
                    .containsExactly(java.util.Arrays.stream(expected).mapToLong(Long::longValue).toArray());
        }
    }

    // ---- the walker on the window's model ---------------------------------------------------

    private static MainViewModel transposed() {
        MainViewModel vm = new MainViewModel();
        vm.load(new HeapByteSource(new byte[48], "48 zero bytes"));
        vm.dtypeTextProperty().set("<i4");
        vm.shapeTextProperty().set("3,4");
        vm.stridesTextProperty().set("4,12");
        return vm;
    }

    private static long[] lead(MainViewModel vm) {
        return ((Selection.Elements) vm.selection()).lead();
    }

    @Test
    void steppingInMemoryOrderMovesTheSelectionToTheNextByteOffset() {
        MainViewModel vm = transposed();
        Walker w = new Walker(vm);
        w.orderProperty().set(Walker.Order.MEMORY);
        w.stepForward();
        assertThat(lead(vm)).containsExactly(0, 0);
        w.stepForward();
        assertThat(lead(vm)).containsExactly(1, 0); // flat 4 (bytes 4..7) comes after flat 0
        w.stepBack();
        assertThat(lead(vm)).containsExactly(0, 0);
        assertThat(w.step(-1)).as("no step before the first").isFalse();
    }

    @Test
    void theWalkStopsAtTheLastElement() {
        MainViewModel vm = transposed();
        Walker w = new Walker(vm);
        vm.selectElement(new long[] {2, 2}, false);
        assertThat(w.step(1000)).isTrue();
        assertThat(lead(vm)).containsExactly(2, 3);
        assertThat(w.step(1)).isFalse();
        assertThat(lead(vm)).containsExactly(2, 3);
    }
}
