package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.StridescopeError.Argument;
import org.stridescope.core.StridescopeError.Origin;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.layout.TypedLayout;

/**
 * Text as typed becomes an array one way, and every refusal names the argument at fault, so the
 * window can put it under that field. Messages are NumPy 1.24's where NumPy raises.
 */
class TypedLayoutTest {
    private static final HeapByteSource SEED =
            new HeapByteSource("aaabaaacaaadaaae".getBytes(StandardCharsets.US_ASCII), "seed");

    private static Inspection typed(String dtype, String shape, String strides, String offset, String expr) {
        return Inspector.inspect(SEED, new TypedLayout(dtype, shape, strides, offset, null), expr);
    }

    private static StridescopeError error(String dtype, String shape, String strides, String offset, String expr) {
        Inspection i = typed(dtype, shape, strides, offset, expr);
        assertThat(i.isOk()).as("refused").isFalse();
        return i.error();
    }

    @Test
    void absentFieldsAreNumpysDefaults() {
        Inspection i = typed(null, null, null, null, null);
        assertThat(i.layout().dtype().str()).isEqualTo("<f8");
        assertThat(i.layout().shape()).containsExactly(2); // np.frombuffer(b, '<f8')
        Inspection zeroD = typed(">i4", "", null, "4", null);
        assertThat(zeroD.layout().shape()).isEmpty();
        assertThat(zeroD.layout().offset()).isEqualTo(4);
    }

    @Test
    void eachRefusalNamesTheArgumentItIsAbout() {
        assertThat(error(">i9", "2,2", null, null, null).argument()).isEqualTo(Argument.DTYPE);
        assertThat(error(">i4", "3,3", null, null, null).argument()).isEqualTo(Argument.SHAPE);
        assertThat(error(">i4", "2,-2", null, null, null).argument()).isEqualTo(Argument.SHAPE);
        assertThat(error(">i4", "2,x", null, null, null).argument()).isEqualTo(Argument.SHAPE);
        assertThat(error(">i4", "2,2", "8", null, null).argument()).isEqualTo(Argument.STRIDES);
        assertThat(error(">i4", "2,2", "8,8", null, null).argument()).isEqualTo(Argument.STRIDES);
        assertThat(error(">i4", null, "4", null, null).argument()).isEqualTo(Argument.STRIDES);
        // the shape alone fits in 16 bytes: it is the offset that pushes it past the end
        StridescopeError pushed = error(">i4", "2,2", null, "4", null);
        assertThat(pushed.toString()).isEqualTo("TypeError: buffer is too small for requested array");
        assertThat(pushed.argument()).isEqualTo(Argument.OFFSET);
        // NumPy 1.24 checks no negative offset without strides: ours, about the offset
        StridescopeError below = error(">i4", "2,2", null, "-4", null);
        assertThat(below.origin()).isEqualTo(Origin.BOUNDS);
        assertThat(below.argument()).isEqualTo(Argument.OFFSET);
        assertThat(error(">i4", null, null, "17", null).argument()).isEqualTo(Argument.OFFSET);
        assertThat(error(">i4", null, null, "3", null).argument()).isEqualTo(Argument.DTYPE); // 13 bytes left
        assertThat(error(">i4", "2,2", null, null, "a[5]").argument()).isEqualTo(Argument.EXPR);
    }

    @Test
    void typedNumbersThatAreNotNumbersAreOurInputErrorsAndPast64BitsNumpysOwn() {
        StridescopeError word = error(">i4", "2,2", null, "four", null);
        assertThat(word.origin()).isEqualTo(Origin.INPUT);
        assertThat(word.getMessage()).isEqualTo("offset: 'four' is not a whole number");
        StridescopeError huge = error(">i4", "2,2", null, "100000000000000000000", null);
        assertThat(huge.toString()).isEqualTo("OverflowError: int too big to convert");
        assertThat(huge.origin()).isEqualTo(Origin.NUMPY);
        StridescopeError count = Inspector.inspect(SEED, new TypedLayout("u1", null, null, null, "many"), null).error();
        assertThat(count.argument()).isEqualTo(Argument.COUNT);
    }

    @Test
    void anExpressionOnAGoodArrayKeepsTheArrayItFailedOn() {
        Inspection i = typed(">i4", "2,2", null, null, "a[::2].reshape(4)");
        assertThat(i.isOk()).isFalse();
        assertThat(i.error().origin()).isEqualTo(Origin.NUMPY);
        assertThat(i.base().shape()).containsExactly(2, 2);
    }

    @Test
    void anInternalErrorKeepsItsCauseAndAnAnswerHasNoStackTrace() {
        IllegalStateException bug = new IllegalStateException("boom");
        StridescopeError internal = StridescopeError.internal(bug, "please report it");
        assertThat(internal.origin()).isEqualTo(Origin.INTERNAL);
        assertThat(internal.type()).isEqualTo("InternalError");
        assertThat(internal.getCause()).isSameAs(bug);
        assertThat(internal.about(Argument.SHAPE).getCause()).isSameAs(bug);
        assertThat(StridescopeError.valueError("x", "y").getStackTrace()).isEmpty();
        assertThat(StridescopeError.fileChanged("the file changed on disk", "").origin()).isEqualTo(Origin.FILE_CHANGED);
    }
}
