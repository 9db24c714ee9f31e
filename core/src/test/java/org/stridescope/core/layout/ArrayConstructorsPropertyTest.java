package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;

/**
 * Whatever numbers a user types, the constructors give a layout or a {@link StridescopeError},
 * never another exception; a layout they give reads only bytes of its buffer, and byte -> elements
 * answers for it.
 */
class ArrayConstructorsPropertyTest {

    @Property(tries = 3000)
    void ndarrayGivesALayoutInsideTheBufferOrOurError(@ForAll("itemsizes") int itemsize,
            @ForAll("lengths") long[] shape, @ForAll("strideLists") long[] strides, @ForAll("numbers") long offset,
            @ForAll("bufferLengths") long bufferLength) {
        DType dtype = ByteToElementsPropertyTest.typeOfSize(itemsize);
        long[] given = strides.length == 0 ? null : java.util.Arrays.copyOf(strides, strides.length - 1);
        Layout layout;
        try {
            layout = ArrayConstructors.ndarray(bufferLength, dtype, shape, given, offset);
        } catch (StridescopeError e) {
            assertThat(e.detail()).isNotBlank();
            return;
        }
        readsOnlyItsBuffer(layout, bufferLength);
    }

    @Property(tries = 2000)
    void frombufferGivesALayoutInsideTheBufferOrOurError(@ForAll("itemsizes") int itemsize,
            @ForAll("numbers") long count, @ForAll("numbers") long offset, @ForAll("bufferLengths") long bufferLength) {
        DType dtype = ByteToElementsPropertyTest.typeOfSize(itemsize);
        Layout layout;
        try {
            layout = ArrayConstructors.frombuffer(bufferLength, dtype, count, offset);
        } catch (StridescopeError e) {
            assertThat(e.detail()).isNotBlank();
            return;
        }
        readsOnlyItsBuffer(layout, bufferLength);
    }

    private static void readsOnlyItsBuffer(Layout layout, long bufferLength) {
        boolean empty = false;
        for (long d : layout.shape()) {
            empty |= d == 0;
        }
        if (!empty) {
            assertThat(Reach.of(layout).inside(bufferLength)).as("%s inside %d bytes", layout, bufferLength).isTrue();
        }
        for (long pos : new long[] {0, bufferLength / 2, bufferLength - 1}) {
            Readers readers = ByteToElements.readers(layout, pos, 3);
            assertThat(readers.count()).isGreaterThanOrEqualTo(readers.first().size());
        }
    }

    @Provide
    Arbitrary<Integer> itemsizes() {
        return Arbitraries.of(0, 1, 2, 3, 4, 8, 16);
    }

    @Provide
    Arbitrary<Long> numbers() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-20, 40),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 1L << 31, 1L << 40, 1L << 61, (1L << 61) + 3, 1L << 62,
                        -(1L << 62), 1L << 63 >>> 1));
    }

    @Provide
    Arbitrary<long[]> lengths() {
        return numbers().array(long[].class).ofMinSize(0).ofMaxSize(5);
    }

    /** A stride list one longer than used; empty means "no strides". */
    @Provide
    Arbitrary<long[]> strideLists() {
        return numbers().array(long[].class).ofMinSize(0).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Long> bufferLengths() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 100), Arbitraries.of(1L << 20));
    }
}
