package org.stridescope.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.RecordTable.Row;

/** The record editor's rows to dtype text and back, and where the padding goes (numbers from NumPy 1.24). */
class RecordTableTest {
    private static final List<Row> A_U1_B_I4 = List.of(new Row("a", "u1", "", ""), new Row("b", "<i4", "", ""));

    @Test
    void packedRowsAreTheListFormAndHaveNoPadding() {
        String text = RecordTable.text(A_U1_B_I4, false);
        assertThat(text).isEqualTo("[('a', 'u1'), ('b', '<i4')]");
        DType d = DType.parse(text);
        assertThat(RecordTable.summary(d)).isEqualTo("itemsize 5 · no padding");
    }

    @Test
    void alignPadsAfterTheByteAsACStructWould() {
        // np.dtype([('a', 'u1'), ('b', '<i4')], align=True).itemsize == 8, b at offset 4
        String text = RecordTable.text(A_U1_B_I4, true);
        assertThat(text).isEqualTo("np.dtype([('a', 'u1'), ('b', '<i4')], align=True)");
        DType d = DType.parse(text);
        assertThat(d.itemsize()).isEqualTo(8);
        assertThat(RecordTable.summary(d)).isEqualTo("itemsize 8 · padding: bytes 1..3 after 'a'");
    }

    @Test
    void trailingPaddingAndOneByteGapsAreNamed() {
        // np.dtype([('x', '<f8'), ('c', 'S1')], align=True): itemsize 16, bytes 9..15 unread
        DType d = DType.parse(RecordTable.text(List.of(new Row("x", "<f8", "", ""), new Row("c", "S1", "", "")), true));
        assertThat(RecordTable.summary(d)).isEqualTo("itemsize 16 · padding: bytes 9..15 after 'c'");
        DType gap = DType.parse(RecordTable.text(List.of(new Row("a", "u1", "", ""), new Row("b", "u1", "", "2")), false));
        assertThat(RecordTable.summary(gap)).isEqualTo("itemsize 3 · padding: byte 1 after 'a'");
    }

    @Test
    void titlesAndAnItemsizeBeyondTheFieldsGoBackIntoTheDtypeUnchanged() {
        // np.dtype({'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [0, 4], 'titles': [None, 'Beta'],
        //           'itemsize': 12}): itemsize 12, b titled 'Beta'
        DType d = DType.parse("{'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [0, 4], 'titles': [None, 'Beta'], 'itemsize': 12}");
        List<Row> rows = RecordTable.rows(d);
        assertThat(rows).extracting(Row::title).containsExactly("", "Beta");
        assertThat(RecordTable.itemsize(d)).isEqualTo("12");
        DType again = DType.parse(RecordTable.text(rows, false, RecordTable.itemsize(d)));
        assertThat(again).isEqualTo(d);
        assertThat(again.itemsize()).isEqualTo(12);
        assertThat(again.fields().list()).extracting(f -> f.title()).containsExactly(null, "Beta");
        // np.dtype([(('Alpha', 'a'), '<i2'), ('b', 'u1')]): packed, only a title to keep
        DType titled = DType.parse("[(('Alpha', 'a'), '<i2'), ('b', 'u1')]");
        assertThat(RecordTable.itemsize(titled)).isEmpty();
        assertThat(DType.parse(RecordTable.text(RecordTable.rows(titled), false, RecordTable.itemsize(titled)))).isEqualTo(titled);
        // A packed record without titles keeps the list form.
        assertThat(RecordTable.text(A_U1_B_I4, false, "")).isEqualTo("[('a', 'u1'), ('b', '<i4')]");
    }

    @Test
    void subarrayShapesAreTuples() {
        String text = RecordTable.text(List.of(new Row("pos", "<i2", "3", ""), new Row("m", "<f4", "2,3", "")), false);
        assertThat(text).isEqualTo("[('pos', '<i2', (3,)), ('m', '<f4', (2, 3))]");
        assertThat(DType.parse(text).itemsize()).isEqualTo(30);
    }

    @Test
    void anyTypedOffsetGivesTheDictFormWithBlanksFollowingTheFieldBefore() {
        List<Row> rows = List.of(new Row("a", "u1", "", "4"), new Row("b", "<i4", "", ""), new Row("c", "u1", "", ""));
        assertThat(RecordTable.text(rows, false))
                .isEqualTo("{'names': ['a', 'b', 'c'], 'formats': ['u1', '<i4', 'u1'], 'offsets': [4, 5, 9]}");
        assertThat(RecordTable.text(rows, true)).isEqualTo(
                "{'names': ['a', 'b', 'c'], 'formats': ['u1', '<i4', 'u1'], 'offsets': [4, 8, 12], 'aligned': True}");
        DType d = DType.parse(RecordTable.text(rows, true));
        assertThat(RecordTable.summary(d)).isEqualTo("itemsize 16 · padding: bytes 0..3 before 'a', bytes 5..7 after 'a', bytes 13..15 after 'c'");
    }

    @Test
    void numpysErrorForDuplicateNames() {
        String text = RecordTable.text(List.of(new Row("a", "u1", "", ""), new Row("a", "<i4", "", "")), false);
        assertThatThrownBy(() -> DType.parse(text)).isInstanceOf(StridescopeError.class)
                .hasMessage("field 'a' occurs more than once");
    }

    @Test
    void rowsOfADTypeWriteItBackTheSame() {
        for (String text : List.of("[('a', 'u1'), ('b', '<i4')]", "np.dtype([('a', 'u1'), ('b', '<i4')], align=True)",
                "[('pos', '<i2', (3,)), ('sub', [('p', '<f4'), ('q', 'u1')])]",
                "{'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [4, 0]}")) {
            DType d = DType.parse(text);
            DType again = DType.parse(RecordTable.text(RecordTable.rows(d), d.fields().alignedStruct()));
            assertThat(again).as(text).isEqualTo(d);
            assertThat(DTypeText.str(again)).as(text).isEqualTo(DTypeText.str(d));
        }
        assertThat(RecordTable.rows(DType.parse("[('pos', '<i2', (2, 3)), ('b', '?')]")))
                .containsExactly(new Row("pos", "<i2", "2,3", ""), new Row("b", "?", "", ""));
    }
}
