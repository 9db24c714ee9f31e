package org.stridescope.app.gui.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.RecordFields;

/**
 * The address formula for a few layouts. Each address is NumPy 1.24's: the element's data
 * pointer minus the buffer's, for {@code np.ndarray(shape, dtype, buf, offset, strides)}.
 */
class AddressFormulaTest {

    static Layout layout(String dtype, long[] shape, long[] strides, long offset) {
        return new Layout(DType.parse(dtype), shape, strides, offset);
    }

    @Test
    void eachAxisAddsIndexTimesStrideToTheOffset() {
        // np.ndarray((2, 2), '>i4', b'aaabaaacaaadaaae'): a[1, 1] starts at byte 12
        AddressFormula f = AddressFormula.of(layout(">i4", new long[] {2, 2}, new long[] {8, 4}, 0), new long[] {1, 1});
        assertThat(f.text()).isEqualTo("offset + i·s0 + j·s1 = 0 + 1·8 + 1·4 = 12");
        assertThat(f.bytesText()).isEqualTo("bytes 12..15");
    }

    @Test
    void negativeStridesAreWrittenInBracketsAndCountBackFromTheOffset() {
        // np.ndarray((4,), '>i4', buf, 12, (-4,)): a[2] starts at byte 4
        AddressFormula f = AddressFormula.of(layout(">i4", new long[] {4}, new long[] {-4}, 12), new long[] {2});
        assertThat(f.text()).isEqualTo("offset + i·s0 = 12 + 2·(-4) = 4");
        assertThat(f.bytesText()).isEqualTo("bytes 4..7");
    }

    @Test
    void threeAxesAreIJKAndANonzeroOffsetCounts() {
        // np.ndarray((2, 3, 4), '<i2', bytes(64), 6, (2, 4, 12)): a[1, 2, 3] starts at byte 52
        AddressFormula f = AddressFormula.of(layout("<i2", new long[] {2, 3, 4}, new long[] {2, 4, 12}, 6),
                new long[] {1, 2, 3});
        assertThat(f.text()).isEqualTo("offset + i·s0 + j·s1 + k·s2 = 6 + 1·2 + 2·4 + 3·12 = 52");
        assertThat(f.bytesText()).isEqualTo("bytes 52..53");
    }

    @Test
    void moreThanThreeAxesAreNumberedAndOneByteTypesSayByte() {
        // np.ndarray((2, 2, 2, 2), 'u1', bytes(64), 3, (-1, 2, 4, 8)): a[1, 1, 0, 1] starts at byte 12
        AddressFormula f = AddressFormula.of(layout("u1", new long[] {2, 2, 2, 2}, new long[] {-1, 2, 4, 8}, 3),
                new long[] {1, 1, 0, 1});
        assertThat(f.text()).isEqualTo("offset + i0·s0 + i1·s1 + i2·s2 + i3·s3 = 3 + 1·(-1) + 1·2 + 0·4 + 1·8 = 12");
        assertThat(f.bytesText()).isEqualTo("byte 12");
    }

    @Test
    void eachAxisTermCarriesItsAxisForColouring() {
        AddressFormula f = AddressFormula.of(layout(">i4", new long[] {2, 2}, new long[] {8, 4}, 0), new long[] {1, 0});
        assertThat(f.numbers()).filteredOn(p -> p.axis() == 1).extracting(AddressFormula.Part::text).containsExactly("0·4");
        assertThat(f.symbols()).filteredOn(p -> p.axis() == 0).extracting(AddressFormula.Part::text).containsExactly("i·s0");
    }

    @Test
    void aZeroDimArrayIsJustItsOffset() {
        AddressFormula f = AddressFormula.of(layout("<f8", new long[0], new long[0], 8), new long[0]);
        assertThat(f.text()).isEqualTo("offset = 8");
        assertThat(f.bytesText()).isEqualTo("bytes 8..15");
    }

    @Test
    void aFieldAddsItsNamedOffsetAndItsSubarrayElement() {
        // d = np.dtype([('t','<f8'),('id','<i4'),('pos','<i4',(3,))]); a = np.ndarray((4,), d, buf, 8):
        // a['pos'][1, 1] starts at byte 48 (pos at 12, itemsize 24)
        Layout l = layout("[('t','<f8'),('id','<i4'),('pos','<i4',(3,))]", new long[] {4}, new long[] {24}, 8);
        RecordFields fields = RecordFields.of(l.dtype());
        AddressFormula f = AddressFormula.of(l, new long[] {1}, fields, 3); // pos[1]
        assertThat(f.text()).isEqualTo("offset + i·s0 + 12 (pos) + 1·4 = 8 + 1·24 + 12 + 1·4 = 48");
        assertThat(f.bytesText()).isEqualTo("bytes 48..51");
    }

    @Test
    void aNestedFieldAddsEachLevel() {
        // np.dtype([('x','u1'),('sub',[('a','u1'),('b','<i2')],(2,))], align=True): sub at 2, 4 bytes each, b at 2;
        // a['sub']['b'][2, 1] of np.ndarray((3,), d, buf) starts at byte 28
        Layout l = layout("np.dtype([('x','u1'),('sub',[('a','u1'),('b','<i2')],(2,))], align=True)",
                new long[] {3}, new long[] {10}, 0);
        AddressFormula f = AddressFormula.of(l, new long[] {2}, RecordFields.of(l.dtype()), 4); // sub[1].b
        assertThat(f.text()).isEqualTo("offset + i·s0 + 2 (sub) + 1·4 + 2 (b) = 0 + 2·10 + 2 + 1·4 + 2 = 28");
        assertThat(f.bytesText()).isEqualTo("bytes 28..29");
    }
}
