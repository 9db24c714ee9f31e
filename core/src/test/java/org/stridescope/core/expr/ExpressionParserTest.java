package org.stridescope.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;

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
        assertThat(syntaxError("a[1 2]").getMessage()).isEqualTo("invalid syntax at column 5: expected ']' but found '2'");
        assertThat(syntaxError("a.T)").getMessage()).isEqualTo("invalid syntax at column 4: unexpected ')'");
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
        Node.Call call = (Node.Call) Expression.parse("sliding_window_view(a, 3, axis=-1)").root();
        assertThat(call.args()).hasSize(2);
        assertThat(call.keywords()).extracting(Node.Keyword::name).containsExactly("axis");
        assertThat(call.keywords().get(0).value()).isInstanceOf(Node.Unary.class);
    }

    @Test
    void aSubscriptWithACommaIsATupleIndex() {
        Node.Subscript one = (Node.Subscript) Expression.parse("a[0]").root();
        Node.Subscript tuple = (Node.Subscript) Expression.parse("a[0,]").root();
        assertThat(one.tupleForm()).isFalse();
        assertThat(tuple.tupleForm()).isTrue();
        Node.SliceLiteral slice = (Node.SliceLiteral) ((Node.Subscript) Expression.parse("a[::-1]").root()).items().get(0);
        assertThat(slice.start()).isNull();
        assertThat(slice.stop()).isNull();
        assertThat(slice.step()).isInstanceOf(Node.Unary.class);
    }

    @Test
    void parenthesesAloneDoNotMakeATuple() {
        assertThat(Expression.parse("(a)").root()).isInstanceOf(Node.Name.class);
        assertThat(Expression.parse("(a,)").root()).isInstanceOf(Node.Sequence.class);
        assertThat(Expression.parse("()").root()).isInstanceOf(Node.Sequence.class);
    }
}
