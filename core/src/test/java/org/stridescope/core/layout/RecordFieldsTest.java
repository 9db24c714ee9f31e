package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stridescope.core.dtype.DType;

/**
 * Leaf columns and byte-to-leaf answers against NumPy 1.24's own offsets ({@code dtype.fields},
 * asked of NumPy for each dtype below).
 */
class RecordFieldsTest {

    private static List<String> names(RecordFields r) {
        List<String> out = new ArrayList<>();
        for (long c = 0; c < r.columns(); c++) {
            out.add(r.leaf(c).name() + "@" + r.leaf(c).offset());
        }
        return out;
    }

    @Test
    void alignTruePadsBytesOneToThreeThatNoFieldCovers() {
        // np.dtype([('a','u1'),('b','<i4')], align=True): offsets [0, 4], itemsize 8
        RecordFields r = RecordFields.of(DType.parse("np.dtype([('a','u1'),('b','<i4')], align=True)"));
        assertThat(r.itemsize()).isEqualTo(8);
        assertThat(names(r)).containsExactly("a@0", "b@4");
        assertThat(r.at(0).name()).isEqualTo("a");
        for (int k = 1; k <= 3; k++) {
            assertThat(r.at(k)).as("padding byte %d", k).isNull();
        }
        for (int k = 4; k < 8; k++) {
            assertThat(r.at(k).name()).isEqualTo("b");
            assertThat(r.at(k).bytes()).isEqualTo(new ByteRange(4, 8));
        }
        assertThat(r.at(8)).isNull();
        assertThat(r.groups()).containsExactly("a", "b");
    }

    @Test
    void subarraysAndNestedRecordsFlattenAsNumpyLaysThemOut() {
        // NumPy: x 0, pos 4 (3 x i4), sub 16 (2 x {a u1 @0, b i2 @2}, 4 bytes each), m 24 (2x2 u1); itemsize 28
        RecordFields r = RecordFields.of(DType.parse(
                "np.dtype([('x','<f4'),('pos','<i4',(3,)),('sub',[('a','u1'),('b','<i2')],(2,)),('m','u1',(2,2))], align=True)"));
        assertThat(r.itemsize()).isEqualTo(28);
        assertThat(names(r)).containsExactly("x@0", "pos[0]@4", "pos[1]@8", "pos[2]@12", "sub[0].a@16",
                "sub[0].b@18", "sub[1].a@20", "sub[1].b@22", "m[0,0]@24", "m[0,1]@25", "m[1,0]@26", "m[1,1]@27");
        assertThat(r.groups()).containsExactly("x", "pos", "sub.a", "sub.b", "m");
        RecordFields.Leaf pos1 = r.at(10);
        assertThat(pos1.name()).isEqualTo("pos[1]");
        assertThat(pos1.column()).isEqualTo(2);
        assertThat(pos1.group()).isEqualTo(1);
        assertThat(pos1.dtype().str()).isEqualTo("<i4");
        assertThat(r.at(17)).as("padding inside sub[0]").isNull();
        assertThat(r.at(21)).isNull();
        assertThat(r.at(22).name()).isEqualTo("sub[1].b");
        assertThat(r.at(22).group()).isEqualTo(3);
        assertThat(r.at(26).name()).isEqualTo("m[1,0]");
        for (long c = 0; c < r.columns(); c++) {
            RecordFields.Leaf leaf = r.leaf(c);
            assertThat(r.at(leaf.offset())).isEqualTo(leaf);
            long sum = 0;
            for (RecordFields.Step step : r.steps(c)) {
                sum += step.offset() + Math.max(0, step.item()) * step.itemsize();
            }
            assertThat(sum).as("steps of %s", leaf.name()).isEqualTo(leaf.offset());
        }
        assertThat(r.steps(2)).containsExactly(new RecordFields.Step("pos", 4, 1, 4));
        assertThat(r.steps(7)).containsExactly(new RecordFields.Step("sub", 16, 1, 4), new RecordFields.Step("b", 2, -1, 2));
        assertThat(r.steps(0)).containsExactly(new RecordFields.Step("x", 0, -1, 4));
    }

    @Test
    void fieldsListedOutOfOffsetOrderKeepTheirOrderAndLeaveAGap() {
        // np.dtype({'names':['a','b'],'formats':['<i4','u1'],'offsets':[4,0],'itemsize':12})
        RecordFields r = RecordFields.of(DType.parse(
                "{'names':['a','b'],'formats':['<i4','u1'],'offsets':[4,0],'itemsize':12}"));
        assertThat(names(r)).containsExactly("a@4", "b@0");
        assertThat(r.at(0).name()).isEqualTo("b");
        assertThat(r.at(1)).isNull();
        assertThat(r.at(5).name()).isEqualTo("a");
        assertThat(r.at(8)).isNull();
        assertThat(r.at(11)).isNull();
    }

    @Test
    void aHugeSubarrayIsSolvedNotListed() {
        RecordFields r = RecordFields.of(DType.parse("[('t','<f8'),('data','u1',(100000000,))]"));
        assertThat(r.columns()).isEqualTo(100_000_001L);
        assertThat(r.at(8 + 99_999_999L).name()).isEqualTo("data[99999999]");
        assertThat(r.leaf(100_000_000L).offset()).isEqualTo(8 + 99_999_999L);
    }

    @Test
    void plainTypesHaveNoFields() {
        assertThat(RecordFields.of(DType.parse("<i4"))).isNull();
    }
}
