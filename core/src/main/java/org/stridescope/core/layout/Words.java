package org.stridescope.core.layout;

import java.math.BigInteger;

/** How shapes, indices and byte runs are written in messages, the same way everywhere. */
final class Words {
    private Words() {
    }

    /** A shape as Python prints a tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String shape(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        return sb.append(')').toString();
    }

    /** An element index as the app shows it: {@code [1, 2]}, {@code []} for a 0-d array. */
    static String index(long[] index) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < index.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(index[k]);
        }
        return sb.append(']').toString();
    }

    /** "1 byte", "16 bytes". */
    static String bytes(long n) {
        return n == 1 ? "1 byte" : n + " bytes";
    }

    static String bytes(BigInteger n) {
        return n.equals(BigInteger.ONE) ? "1 byte" : n + " bytes";
    }

    /** "the buffer has 16 bytes (0..15)" or "the buffer is empty". */
    static String buffer(long length) {
        return length == 0 ? "the buffer is empty (0 bytes)"
                : "the buffer has " + bytes(length) + " (0.." + (length - 1) + ")";
    }

    /** "bytes 16..19", "byte 3". */
    static String run(BigInteger first, BigInteger last) {
        return first.equals(last) ? "byte " + first : "bytes " + first + ".." + last;
    }
}
