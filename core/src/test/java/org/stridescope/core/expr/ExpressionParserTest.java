package org.stridescope.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.python.PyNode;

class ExpressionParserTest {

    private static StridescopeError syntaxError(String text) {
        return catchThrowableOfType(StridescopeError.class, () -> Expression.parse(text));
    }

    @Test
    void aSyntaxErrorIsAnInputErrorThatNamesTheColumn() {
        StridescopeError e = syntaxError("np.flip(a[::2].T, 0");
        assertThat(e.type()).isEqualTo("InputError");
        assertThat(e.getMessage()).isEqualTo("invalid syntax at column 8: '(' was never closed");
        assertThat(e.detail()).endsWith("np.flip(a[::2].T, 0\n         ^");
    }

    @Test
    void anUnexpectedTokenIsShownWhereItIs() {
        assertThat(syntaxError("a[1 2]").getMessage()).isEqualTo("invalid syntax at column 5: expected ',' or ']' (the subscript opened at column 2), found '2'");
        assertThat(syntaxError("a.T)").getMessage()).isEqualTo("invalid syntax at column 4: unmatched ')'");
        assertThat(syntaxError("a $ 2").getMessage()).isEqualTo("invalid syntax at column 3: the character '$' cannot be used here");
    }

    @Test
    void bracketsNestedTooDeeplyAreAnInputError() {
        assertThat(syntaxError("(".repeat(200_000) + "a" + ")".repeat(200_000)).type()).isEqualTo("InputError");
    }

    @Test
    void emptyTextIsAnInputError() {
        assertThat(syntaxError("   ").type()).isEqualTo("InputError");
    }

    @Test
    void callsKeepPositionalAndKeywordArgumentsApart() {
        PyNode.Call call = (PyNode.Call) Expression.parse("sliding_window_view(a, 3, axis=-1)").root();
        assertThat(call.args()).hasSize(2);
        assertThat(call.keywords()).extracting(PyNode.Keyword::name).containsExactly("axis");
        assertThat(call.keywords().get(0).value()).isInstanceOf(PyNode.Unary.class);
    }

    @Test
    void aSubscriptWithACommaIsATupleIndex() {
        PyNode.Subscript one = (PyNode.Subscript) Expression.parse("a[0]").root();
        PyNode.Subscript tuple = (PyNode.Subscript) Expression.parse("a[0,]").root();
        assertThat(one.tupleForm()).isFalse();
        assertThat(tuple.tupleForm()).isTrue();
        PyNode.Slice slice = (PyNode.Slice) ((PyNode.Subscript) Expression.parse("a[::-1]").root()).items().get(0);
        assertThat(slice.start()).isNull();
        assertThat(slice.stop()).isNull();
        assertThat(slice.step()).isInstanceOf(PyNode.Unary.class);
    }

    @Test
    void parenthesesAloneDoNotMakeATuple() {
        assertThat(Expression.parse("(a)").root()).isInstanceOf(PyNode.Name.class);
        assertThat(Expression.parse("(a,)").root()).isInstanceOf(PyNode.Sequence.class);
        assertThat(Expression.parse("()").root()).isInstanceOf(PyNode.Sequence.class);
    }
}
