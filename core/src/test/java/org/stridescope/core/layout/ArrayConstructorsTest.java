package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;

/**
 * One test per rule of NumPy 1.24's {@code np.frombuffer} and {@code np.ndarray(shape, dtype,
 * buffer, offset, strides)}. Every expectation is what NumPy 1.24.2 answered for the same call
 * (run with /usr/bin/python3 over {@code bytes(16)} unless said otherwise).
 */
class ArrayConstructorsTest {
    static final DType F8 = new DType(Kind.FLOAT, 8, ByteOrder.LITTLE, null);
    static final DType F4 = new DType(Kind.FLOAT, 4, ByteOrder.LITTLE, null);
    static final DType S0 = new DType(Kind.BYTES, 0, ByteOrder.NOT_APPLICABLE, null);
    static final DType S3 = new DType(Kind.BYTES, 3, ByteOrder.NOT_APPLICABLE, null);

    static StridescopeError error(Runnable call) {
        StridescopeError e = catchThrowableOfType(StridescopeError.class, call::run);
        assertThat(e).as("an error").isNotNull();
        assertThat(e.detail()).as("plain detail of " + e).isNotBlank();
        return e;
    }

    static void assertError(Runnable call, String type, String message) {
        StridescopeError e = error(call);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    static long[] a(long... v) {
        return v;
    }

    @Nested
    class Frombuffer {
        @Test
        void anItemsizeOfZeroIsRefusedBeforeTheOffsetIsLookedAt() {
            assertError(() -> ArrayConstructors.frombuffer(16, S0, 2, 99), "ValueError", "itemsize cannot be zero in type");
        }

        @Test
        void theOffsetMustLieWithinTheBuffer() {
            String message = "offset must be non-negative and no greater than buffer length (16)";
            assertError(() -> ArrayConstructors.frombuffer(16, F8, 0, 17), "ValueError", message);
            assertError(() -> ArrayConstructors.frombuffer(16, F8, -1, -1), "ValueError", message);
        }

        @Test
        void anOffsetAtTheVeryEndGivesAnEmptyArray() {
            Layout l = ArrayConstructors.frombuffer(16, F8, 0, 16);
            assertThat(l.shape()).containsExactly(0);
            assertThat(l.offset()).isEqualTo(16);
            assertThat(ArrayConstructors.frombuffer(0, F8, -1, 0).shape()).containsExactly(0);
        }

        @Test
        void anyNegativeCountTakesAllThatFitAndTheyMustFitExactly() {
            assertThat(ArrayConstructors.frombuffer(16, F8, -5, 0).shape()).containsExactly(2);
            assertError(() -> ArrayConstructors.frombuffer(15, F8, -5, 0), "ValueError",
                    "buffer size must be a multiple of element size");
        }

        @Test
        void aCountNeedsThatManyWholeElementsAfterTheOffset() {
            assertThat(ArrayConstructors.frombuffer(16, F8, 2, 0).shape()).containsExactly(2);
            assertError(() -> ArrayConstructors.frombuffer(16, F8, 2, 1), "ValueError", "buffer is smaller than requested size");
        }

        @Test
        void aHugeCountWrapsInNumpysArithmeticBeforeTheSizeCheck() {
            // count * 8 wraps to 24 > 16 bytes: NumPy reports a small buffer, not a huge array
            assertError(() -> ArrayConstructors.frombuffer(16, F8, (1L << 61) + 3, 0), "ValueError",
                    "buffer is smaller than requested size");
            assertError(() -> ArrayConstructors.frombuffer(16, F8, Long.MAX_VALUE, 0), "ValueError",
                    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }

        @Test
        void theResultIsOneAxisSteppingOneItemAtTheOffset() {
            Layout l = ArrayConstructors.frombuffer(16, S3, -1, 1);
            assertThat(l.shape()).containsExactly(5);
            assertThat(l.strides()).containsExactly(3);
            assertThat(l.offset()).isEqualTo(1);
        }
    }

    @Nested
    class Ndarray {
        @Test
        void atMost32AxesAndTheShapeIsCheckedFirst() {
            String message = "maximum supported dimension for an ndarray is 32, found 33";
            assertError(() -> ArrayConstructors.ndarray(16, F8, new long[33], null, 0), "ValueError", message);
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(1, 1), new long[33], 0), "ValueError", message);
            long[] ones = new long[32];
            java.util.Arrays.fill(ones, 1);
            assertThat(ArrayConstructors.ndarray(16, F8, ones, null, 0).ndim()).isEqualTo(32);
        }

        @Test
        void stridesMustMatchTheShapeInLengthBeforeAnythingElse() {
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(-1, 2), a(8), 0), "ValueError",
                    "strides, if given, must be the same length as shape");
        }

        @Test
        void withoutStridesTheBufferMustHoldTheWholeCOrderArray() {
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(3), null, 0), "TypeError",
                    "buffer is too small for requested array");
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(0), null, 17), "TypeError",
                    "buffer is too small for requested array");
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(), null, 9), "TypeError",
                    "buffer is too small for requested array");
            Layout l = ArrayConstructors.ndarray(16, F8, a(), null, 8);
            assertThat(l.offset()).isEqualTo(8);
        }

        @Test
        void withoutStridesTheStridesAreCOrder() {
            Layout l = ArrayConstructors.ndarray(48, F4, a(3, 4), null, 0);
            assertThat(l.strides()).containsExactly(16, 4);
        }

        @Test
        void negativeLengthsAreRefusedAfterTheBufferSizeCheck() {
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(2, -1), null, 0), "ValueError",
                    "negative dimensions are not allowed");
            // (-2) * (-2) * 8 = 32 bytes > 16: NumPy's size check fires first
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(-2, -2), null, 0), "TypeError",
                    "buffer is too small for requested array");
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(0, -1), null, 0), "ValueError",
                    "negative dimensions are not allowed");
        }

        @Test
        void aOneAxisShapeOfMinusOneTakesAllWholeElementsAfterTheOffset() {
            assertThat(ArrayConstructors.ndarray(16, F8, a(-1), null, 0).shape()).containsExactly(2);
            assertThat(ArrayConstructors.ndarray(16, S3, a(-1), null, 0).shape()).containsExactly(5);
            assertThat(ArrayConstructors.ndarray(16, F8, a(-1), null, 20).shape()).containsExactly(0);
            assertThat(ArrayConstructors.ndarray(16, F8, a(-1), a(0), 4).shape()).containsExactly(1);
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(-1), null, 24), "ValueError",
                    "negative dimensions are not allowed");
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(-1), a(8), 0), "ValueError",
                    "strides is incompatible with shape of requested array and size of buffer");
        }

        @Test
        void aMinusOneLengthOfZeroByteElementsIsOurInputErrorWhereNumpyCrashes() {
            assertThat(error(() -> ArrayConstructors.ndarray(16, S0, a(-1), null, 0)).type()).isEqualTo("InputError");
        }

        @Test
        void withStridesEveryElementMustLieInTheBuffer() {
            String message = "strides is incompatible with shape of requested array and size of buffer";
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(1), a(8), 17), "ValueError", message);
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(3), a(-(1L << 62)), 0), "ValueError", message);
            Layout l = ArrayConstructors.ndarray(16, new DType(Kind.INT, 4, ByteOrder.BIG, null), a(4), a(-4), 12);
            assertThat(l.offset()).isEqualTo(12);
            assertThat(l.strides()).containsExactly(-4);
        }

        @Test
        void anEmptyArrayStillNeedsItsOffsetWithinTheBuffer() {
            assertError(() -> ArrayConstructors.ndarray(0, F8, a(0, 5), a(8, 8), 100), "ValueError",
                    "strides is incompatible with shape of requested array and size of buffer");
            assertThat(ArrayConstructors.ndarray(16, F8, a(0), a(8), 16).size()).isZero();
        }

        @Test
        void aSizeBeyond64BitsIsTooBigEvenWhenEmptyOrStrideZero() {
            String message = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(1L << 62, 4), null, 0), "ValueError", message);
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(1L << 40, 1L << 40), a(0, 0), 0), "ValueError", message);
            assertError(() -> ArrayConstructors.ndarray(16, F8, a(0, 1L << 62, 4), null, 0), "ValueError", message);
            assertThat(ArrayConstructors.ndarray(16, F8, a(1_000_000, 1_000_000), a(0, 0), 0).size()).isEqualTo(1_000_000_000_000L);
        }

        @Test
        void zeroByteElementsGetStrideZeroAndNeverTooBig() {
            Layout l = ArrayConstructors.ndarray(16, S0, a(1L << 62, 4), null, 0);
            assertThat(l.strides()).containsExactly(0, 0);
            assertError(() -> ArrayConstructors.ndarray(16, S0, a(2), null, 17), "TypeError",
                    "buffer is too small for requested array");
        }
    }

    @Nested
    class NumpysHoles {
        @Test
        void aNegativeOffsetWithoutStridesIsABoundsError() {
            StridescopeError e = error(() -> ArrayConstructors.ndarray(16, F8, a(2), null, -8));
            assertThat(e.type()).isEqualTo("BoundsError");
            assertThat(e.getMessage()).isEqualTo("element [0] would read bytes -8..-1, but the buffer has 16 bytes (0..15)");
        }

        @Test
        void stridesOverAnEmptyBufferAreABoundsError() {
            StridescopeError e = error(() -> ArrayConstructors.ndarray(0, F4, a(2, 2), a(8, 4), 0));
            assertThat(e.type()).isEqualTo("BoundsError");
            assertThat(e.getMessage()).isEqualTo("element [1, 1] would read bytes 12..15, but the buffer is empty (0 bytes)");
            assertThat(ArrayConstructors.ndarray(0, F8, a(0), a(8), 0).size()).isZero();
        }

        @Test
        void aStrideWhoseReachWrapsAround64BitsIsABoundsError() {
            // NumPy accepts: 2^62 * 4 wraps to 0 in its check
            StridescopeError e = error(() -> ArrayConstructors.ndarray(16, F8, a(5), a(1L << 62), 0));
            assertThat(e.type()).isEqualTo("BoundsError");
            assertThat(e.getMessage()).startsWith("element [4] would read bytes 18446744073709551616..");
        }

        @Test
        void aZeroByteTypeAtANegativeOffsetIsOutsideTheBufferToo() {
            assertThat(error(() -> ArrayConstructors.ndarray(16, S0, a(2), null, -5)).type()).isEqualTo("BoundsError");
        }
    }
}
