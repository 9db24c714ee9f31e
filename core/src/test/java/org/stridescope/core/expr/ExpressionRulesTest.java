package org.stridescope.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.layout.Layout;

/**
 * One test per rule of NumPy's view operations. Every expected shape, stride, offset and message
 * is what NumPy 1.24 answered for the same array and expression (a C-ordered array at offset 0
 * of a 256-byte buffer, unless said otherwise).
 */
class ExpressionRulesTest {
    private static final long BUFFER = 256;

    static Layout array(String dtype, long... shape) {
        DType t = DType.parse(dtype);
        return new Layout(t, shape, Layout.cStrides(shape, t.itemsize()), 0);
    }

    static Layout apply(String expression, Layout a) {
        return ExpressionEvaluator.apply(expression, a, BUFFER);
    }

    static void assertView(Layout v, String dtype, long[] shape, long[] strides, long offset) {
        assertThat(v.dtype().str()).as("dtype").isEqualTo(dtype);
        assertThat(v.shape()).as("shape").containsExactly(shape);
        assertThat(v.strides()).as("strides").containsExactly(strides);
        assertThat(v.offset()).as("offset").isEqualTo(offset);
    }

    static StridescopeError error(String expression, Layout a) {
        return catchThrowableOfType(StridescopeError.class, () -> apply(expression, a));
    }

    static void assertError(String expression, Layout a, String type, String message) {
        StridescopeError e = error(expression, a);
        assertThat(e).as(expression).isNotNull();
        assertThat(e.type()).as("type of " + expression).isEqualTo(type);
        assertThat(e.getMessage()).as("message of " + expression).isEqualTo(message);
        assertThat(e.detail()).as("detail of " + expression).isNotBlank();
    }

    static long[] s(long... v) {
        return v;
    }

    private final Layout f8x3x4 = array("<f8", 3, 4);
    private final Layout f8x2x3x4 = array("<f8", 2, 3, 4);

    @Test
    void tuplesMadeByPlusOrTimesAreCappedAtTenThousandItems() {
        assertError("a.reshape((1,)*999999 + (-1,))", f8x3x4, "InputError",
                "the tuple would have 999999 items, more than the 10000 allowed");
        assertError("a.reshape((1,)*9999 + (1,)*9999)", f8x3x4, "InputError",
                "the tuple would have 19998 items, more than the 10000 allowed");
        assertView(apply("a.reshape((1,)*30 + (3, 4))", f8x3x4), "<f8", java.util.stream.LongStream.concat(
                java.util.stream.LongStream.generate(() -> 1).limit(30), java.util.stream.LongStream.of(3, 4)).toArray(),
                java.util.stream.LongStream.concat(java.util.stream.LongStream.generate(() -> 96).limit(30),
                        java.util.stream.LongStream.of(32, 8)).toArray(), 0);
    }

    @Nested
    class BasicIndexing {
        @Test
        void anIntegerDropsItsAxisAndMovesTheOffset() {
            assertView(apply("a[1]", f8x3x4), "<f8", s(4), s(8), 32);
        }

        @Test
        void aNegativeIntegerCountsFromTheEnd() {
            assertView(apply("a[-1, 2:]", f8x3x4), "<f8", s(2), s(8), 80);
        }

        @Test
        void anIndexPastTheAxisIsAnIndexErrorNamingAxisAndSize() {
            assertError("a[3]", f8x3x4, "IndexError", "index 3 is out of bounds for axis 0 with size 3");
        }

        @Test
        void moreIndicesThanAxesIsAnIndexError() {
            assertError("a[0, 0, 0]", f8x3x4, "IndexError",
                    "too many indices for array: array is 2-dimensional, but 3 were indexed");
        }

        @Test
        void aNegativeStepStartsAtTheLastElementAndNegatesTheStride() {
            assertView(apply("a[::-1]", f8x3x4), "<f8", s(3, 4), s(-32, 8), 64);
            assertView(apply("a[:, 3:0:-2]", f8x3x4), "<f8", s(3, 2), s(32, -16), 24);
        }

        @Test
        void aStepOfZeroIsAValueError() {
            assertError("a[::0]", f8x3x4, "ValueError", "slice step cannot be zero");
        }

        @Test
        void noneInsertsALengthOneAxis() {
            assertView(apply("a[None, :, np.newaxis]", f8x3x4), "<f8", s(1, 3, 1, 4), s(0, 32, 0, 8), 0);
        }

        @Test
        void anEllipsisStandsForTheAxesNotNamed() {
            assertView(apply("a[..., 1]", f8x2x3x4), "<f8", s(2, 3), s(96, 32), 8);
        }

        @Test
        void onlyOneEllipsisIsAllowed() {
            assertError("a[..., 1, ...]", f8x2x3x4, "IndexError", "an index can only have a single ellipsis ('...')");
        }

        @Test
        void anIntegerForEveryAxisGivesAScalarWhichIsACopy() {
            StridescopeError e = error("np.flip(a)[1, 2]", f8x3x4);
            assertThat(e.type()).isEqualTo("CopyRequired");
            assertThat(e.getMessage()).startsWith("np.flip(a)[1, 2] gives a NumPy scalar");
            assertView(apply("a[1, 2, ...]", f8x3x4), "<f8", s(), s(), 48);
        }

        @Test
        void aScalarCannotBeIndexed() {
            assertError("a[1, 2][0]", f8x3x4, "IndexError", "invalid index to scalar variable.");
        }

        @Test
        void aFloatIsNoIndex() {
            assertError("a[1.0]", f8x3x4, "IndexError", Indexing.INVALID_INDEX);
        }
    }

    @Nested
    class Axes {
        @Test
        void dotTReversesTheAxes() {
            assertView(apply("a.T", f8x2x3x4), "<f8", s(4, 3, 2), s(8, 32, 96), 0);
        }

        @Test
        void transposeTakesAxesAsArgumentsOrAsATuple() {
            assertView(apply("a.transpose(1, 2, 0)", f8x2x3x4), "<f8", s(3, 4, 2), s(32, 8, 96), 0);
            assertView(apply("a.transpose((2, 0, 1))", f8x2x3x4), "<f8", s(4, 2, 3), s(8, 96, 32), 0);
            assertView(apply("np.transpose(a, (2, 0, 1))", f8x2x3x4), "<f8", s(4, 2, 3), s(8, 96, 32), 0);
        }

        @Test
        void transposeNeedsEachAxisOnce() {
            assertError("a.transpose(0, 0, 1)", f8x2x3x4, "ValueError", "repeated axis in transpose");
            assertError("a.transpose(0, 1)", f8x2x3x4, "ValueError", "axes don't match array");
        }

        @Test
        void anAxisOutOfRangeIsAnAxisErrorNamingTheArgument() {
            assertError("a.swapaxes(0, 3)", f8x2x3x4, "AxisError", "axis2: axis 3 is out of bounds for array of dimension 3");
        }

        @Test
        void moveaxisKeepsTheOtherAxesInOrder() {
            assertView(apply("np.moveaxis(a, 0, -1)", f8x2x3x4), "<f8", s(3, 4, 2), s(32, 8, 96), 0);
        }

        @Test
        void flipNegatesTheStrideAndStartsAtTheLastElement() {
            assertView(apply("np.flip(a, 1)", f8x3x4), "<f8", s(3, 4), s(32, -8), 24);
            assertView(apply("np.flip(a)", f8x3x4), "<f8", s(3, 4), s(-32, -8), 88);
        }

        @Test
        void rot90IsAFlipAndATranspose() {
            assertView(apply("np.rot90(a)", f8x2x3x4), "<f8", s(3, 2, 4), s(-32, 96, 8), 64);
            assertView(apply("np.rot90(a, 2)", f8x2x3x4), "<f8", s(2, 3, 4), s(-96, -32, 8), 160);
            assertView(apply("np.rot90(a, -1, (1, 2))", f8x2x3x4), "<f8", s(2, 4, 3), s(96, 8, -32), 64);
        }

        @Test
        void diagonalStepsAlongBothAxesAtOnce() {
            Layout a = array("<i4", 3, 4);
            assertView(apply("a.diagonal()", a), "<i4", s(3), s(20), 0);
            assertView(apply("a.diagonal(1)", a), "<i4", s(3), s(20), 4);
            assertView(apply("a.diagonal(-2)", a), "<i4", s(1), s(20), 32);
        }

        @Test
        void squeezeDropsLengthOneAxesOnly() {
            Layout a = array("<i4", 1, 3, 1);
            assertView(apply("a.squeeze()", a), "<i4", s(3), s(4), 0);
            assertError("a.squeeze(1)", a, "ValueError",
                    "cannot select an axis to squeeze out which has size not equal to one");
        }

        @Test
        void expandDimsInsertsALengthOneAxis() {
            assertThat(apply("np.expand_dims(a, 1)", array("<i4", 3, 4)).shape()).containsExactly(3, 1, 4);
        }
    }

    @Nested
    class StrideTricksRules {
        @Test
        void broadcastingGivesNewAndStretchedAxesStrideZero() {
            assertView(apply("np.broadcast_to(a, (2, 3))", array("<f4", 3)), "<f4", s(2, 3), s(0, 4), 0);
            assertView(apply("np.broadcast_to(a, (3, 5))", array("<f4", 3, 1)), "<f4", s(3, 5), s(4, 0), 0);
        }

        @Test
        void broadcastingCannotStretchAnAxisLongerThanOne() {
            assertError("np.broadcast_to(a, (3, 4))", array("<f4", 3), "ValueError",
                    "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  "
                            + "and requested shape (3,4)");
        }

        @Test
        void aSlidingWindowReusesTheStrideOfItsAxis() {
            assertView(apply("sliding_window_view(a, 3)", array("<i2", 6)), "<i2", s(4, 3), s(2, 2), 0);
            assertView(apply("np.lib.stride_tricks.sliding_window_view(a, 2, axis=1)", array("<i2", 2, 5)),
                    "<i2", s(2, 4, 2), s(10, 2, 2), 0);
            assertError("sliding_window_view(a, 7)", array("<i2", 6), "ValueError",
                    "window shape cannot be larger than input array shape");
        }

        @Test
        void asStridedTakesAnyShapeAndStrides() {
            assertView(apply("as_strided(a, shape=(3, 2), strides=(4, 4))", array("<i4", 4)), "<i4", s(3, 2), s(4, 4), 0);
        }

        @Test
        void aViewReachingPastTheBufferIsABoundsErrorNamingTheElement() {
            Layout a = array("<i4", 4);
            StridescopeError e = catchThrowableOfType(StridescopeError.class,
                    () -> ExpressionEvaluator.apply("as_strided(a, shape=(3, 3), strides=(8, 4))", a, 16));
            assertThat(e.type()).isEqualTo("BoundsError");
            assertThat(e.getMessage()).contains("element [2, 2] would read bytes 24..27").contains("16 bytes");
        }
    }

    @Nested
    class Reshape {
        private final Layout i4x3x4 = array("<i4", 3, 4);

        @Test
        void reshapingAContiguousArrayIsAView() {
            assertView(apply("a.reshape(2, 6)", i4x3x4), "<i4", s(2, 6), s(24, 4), 0);
            assertView(apply("a.reshape(-1, 6)", i4x3x4), "<i4", s(2, 6), s(24, 4), 0);
        }

        @Test
        void reshapingEvenlySpacedElementsIsAViewEvenWhenNotContiguous() {
            Layout a = array("<i4", 4, 6);
            assertView(apply("a[:, ::2].reshape(2, 2, 3)", a), "<i4", s(2, 2, 3), s(48, 24, 8), 0);
            assertView(apply("a[:, ::2].reshape(12)", a), "<i4", s(12), s(8), 0);
        }

        @Test
        void mergingAxesThatAreNotEvenlySpacedNeedsACopy() {
            StridescopeError e = error("a.T.reshape(12)", i4x3x4);
            assertThat(e.type()).isEqualTo("CopyRequired");
            assertThat(e.detail()).isNotBlank();
        }

        @Test
        void theSizesMustAgree() {
            assertError("a.reshape(5, -1)", i4x3x4, "ValueError", "cannot reshape array of size 12 into shape (5,newaxis)");
            assertError("a.reshape(5)", i4x3x4, "ValueError", "cannot reshape array of size 12 into shape (5,)");
            assertError("a.reshape(-1, -1)", i4x3x4, "ValueError", "can only specify one unknown dimension");
        }

        @Test
        void ravelIsAViewOnlyOfAContiguousArray() {
            assertView(apply("a.ravel()", i4x3x4), "<i4", s(12), s(4), 0);
            assertThat(error("a.T.ravel()", i4x3x4).type()).isEqualTo("CopyRequired");
        }

        @Test
        void flattenAlwaysCopies() {
            assertThat(error("a.flatten()", i4x3x4).type()).isEqualTo("CopyRequired");
        }
    }

    @Nested
    class TypeViewsRules {
        @Test
        void realAndImagOfComplexAreFloatsOfHalfTheSize() {
            Layout a = array(">c8", 2, 3);
            assertView(apply("a.real", a), ">f4", s(2, 3), s(24, 8), 0);
            assertView(apply("a.imag", a), ">f4", s(2, 3), s(24, 8), 4);
        }

        @Test
        void imagOfRealNumbersIsANewArrayOfZeros() {
            assertThat(error("a.imag", array("<f4", 2, 3)).type()).isEqualTo("CopyRequired");
            assertThat(apply("a[:0].imag", array("<f4", 2, 3)).shape()).containsExactly(0, 3);
        }

        @Test
        void aSmallerTypeMultipliesTheLastAxis() {
            assertView(apply("a.view('<i2')", array("<i4", 2, 3)), "<i2", s(2, 6), s(12, 2), 0);
        }

        @Test
        void aLargerTypeMustDivideTheBytesOfTheLastAxis() {
            assertView(apply("a.view('<i8')", array("<i2", 2, 4)), "<i8", s(2, 1), s(8, 8), 0);
            assertError("a.view('<i8')", array("<i2", 2, 3), "ValueError", "When changing to a larger dtype, its size "
                    + "must be a divisor of the total size in bytes of the last axis of the array.");
        }

        @Test
        void astypeConvertsIntoNewMemoryUnlessNothingChanges() {
            Layout a = array("<i4", 2, 3);
            assertThat(error("a.astype('<f8')", a).type()).isEqualTo("CopyRequired");
            assertThat(apply("a.astype(a.dtype, copy=False)", a)).isEqualTo(a);
        }

        @Test
        void aDifferentSizeNeedsAContiguousLastAxis() {
            assertError("a.T.view('<i2')", array("<i4", 2, 3), "ValueError",
                    "To change to a dtype of a different size, the last axis must be contiguous");
            assertError("a.view('<i2')", array("<i4"), "ValueError",
                    "Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
        }
    }

    @Test
    void operationsChainInAnyOrder() {
        assertView(apply("np.flip(a[::2].T, 0)", array("<f4", 4, 6)), "<f4", s(6, 2), s(-4, 48), 20);
    }

    @Test
    void unknownNamesAreNameErrors() {
        assertError("b.T", f8x3x4, "NameError", "name 'b' is not defined");
        assertError("a.foo", f8x3x4, "AttributeError", "'numpy.ndarray' object has no attribute 'foo'");
        assertError("np.foo(a)", f8x3x4, "AttributeError", "module 'numpy' has no attribute 'foo'");
    }

    @Test
    void numpyFunctionsThatComputeValuesMakeNewArrays() {
        assertThat(error("np.sum(a)", f8x3x4).type()).isEqualTo("CopyRequired");
        assertThat(error("a.mean(axis=0)", f8x3x4).type()).isEqualTo("CopyRequired");
        assertThat(error("np.pi", f8x3x4).type()).isEqualTo("InputError");
    }

    @Test
    void badArgumentsGetPythonsTypeErrors() {
        assertError("np.flip(a, 0, 1)", f8x3x4, "TypeError", "flip() takes from 1 to 2 positional arguments but 3 were given");
        assertError("np.moveaxis(a, 0)", f8x3x4, "TypeError", "moveaxis() missing 1 required positional argument: 'destination'");
        assertError("a.swapaxes(0)", f8x3x4, "TypeError", "swapaxes() takes exactly 2 arguments (1 given)");
        assertError("a.reshape(2.0, 6)", f8x3x4, "TypeError", "'float' object cannot be interpreted as an integer");
    }
}
