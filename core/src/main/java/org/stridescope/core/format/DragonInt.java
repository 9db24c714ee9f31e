package org.stridescope.core.format;

/**
 * The unsigned big integers {@link Dragon4} computes with, kept as NumPy's {@code dragon4.c}
 * keeps them: 32-bit blocks, least significant first, changed in place. A digit is one
 * estimated quotient and one multiply-subtract ({@link #divideMaxQuotient9}) rather than a
 * general long division, and nothing is allocated per digit; exact all the same.
 */
final class DragonInt {
    private static final long MASK = 0xffff_ffffL;
    private static final int TEN_POW_9 = 1_000_000_000;

    private int[] blocks;
    private int length;

    DragonInt() {
        blocks = new int[8];
    }

    /** This = the unsigned 64-bit {@code v}. */
    DragonInt set(long v) {
        blocks[0] = (int) v;
        blocks[1] = (int) (v >>> 32);
        length = blocks[1] != 0 ? 2 : blocks[0] != 0 ? 1 : 0;
        return this;
    }

    /** This = {@code other}. */
    DragonInt set(DragonInt other) {
        ensure(other.length);
        System.arraycopy(other.blocks, 0, blocks, 0, other.length);
        length = other.length;
        return this;
    }

    /** This = a + b. */
    DragonInt setSum(DragonInt a, DragonInt b) {
        DragonInt big = a.length >= b.length ? a : b;
        DragonInt small = big == a ? b : a;
        ensure(big.length + 1);
        long carry = 0;
        for (int i = 0; i < big.length; i++) {
            long sum = (big.blocks[i] & MASK) + (i < small.length ? small.blocks[i] & MASK : 0) + carry;
            blocks[i] = (int) sum;
            carry = sum >>> 32;
        }
        length = big.length;
        if (carry != 0) {
            blocks[length++] = (int) carry;
        }
        return this;
    }

    boolean isZero() {
        return length == 0;
    }

    boolean isEven() {
        return length == 0 || (blocks[0] & 1) == 0;
    }

    /** The most significant block, 0 for zero. */
    int highBlock() {
        return length == 0 ? 0 : blocks[length - 1];
    }

    DragonInt shiftLeft(int bits) {
        if (length == 0 || bits == 0) {
            return this;
        }
        int whole = bits >>> 5;
        int part = bits & 31;
        ensure(length + whole + 1);
        if (part == 0) {
            System.arraycopy(blocks, 0, blocks, whole, length);
        } else {
            blocks[length + whole] = blocks[length - 1] >>> (32 - part);
            for (int i = length - 1; i > 0; i--) {
                blocks[i + whole] = blocks[i] << part | blocks[i - 1] >>> (32 - part);
            }
            blocks[whole] = blocks[0] << part;
        }
        for (int i = 0; i < whole; i++) {
            blocks[i] = 0;
        }
        length += whole;
        if (part != 0 && blocks[length] != 0) {
            length++;
        }
        return this;
    }

    /** This *= m, for {@code m} read as unsigned and not zero. */
    DragonInt multiply(int m) {
        long factor = m & MASK;
        ensure(length + 1);
        long carry = 0;
        for (int i = 0; i < length; i++) {
            long product = (blocks[i] & MASK) * factor + carry;
            blocks[i] = (int) product;
            carry = product >>> 32;
        }
        if (carry != 0) {
            blocks[length++] = (int) carry;
        }
        return this;
    }

    /** This *= 10^n, n &gt;= 0. */
    DragonInt multiplyPow10(int n) {
        for (; n >= 9; n -= 9) {
            multiply(TEN_POW_9);
        }
        int rest = 1;
        for (; n > 0; n--) {
            rest *= 10;
        }
        return rest == 1 ? this : multiply(rest);
    }

    int compareTo(DragonInt other) {
        if (length != other.length) {
            return length < other.length ? -1 : 1;
        }
        for (int i = length - 1; i >= 0; i--) {
            if (blocks[i] != other.blocks[i]) {
                return Integer.compareUnsigned(blocks[i], other.blocks[i]);
            }
        }
        return 0;
    }

    /** Compares 2 * this with {@code other}. */
    int compareDoubledTo(DragonInt other) {
        int top = length == 0 ? 0 : length + (blocks[length - 1] < 0 ? 1 : 0);
        if (top != other.length) {
            return top < other.length ? -1 : 1;
        }
        for (int i = top - 1; i >= 0; i--) {
            int doubled = (i < length ? blocks[i] << 1 : 0) | (i > 0 ? blocks[i - 1] >>> 31 : 0);
            if (doubled != other.blocks[i]) {
                return Integer.compareUnsigned(doubled, other.blocks[i]);
            }
        }
        return 0;
    }

    /**
     * NumPy's {@code BigInt_DivideWithRemainder_MaxQuotient9}: this becomes this mod
     * {@code divisor}, and the quotient is returned. The divisor's top block must be at least 8
     * and this must have no more blocks than the divisor; the quotient is estimated from the top
     * blocks, never above the true one, and then corrected, so it is exact.
     */
    int divideMaxQuotient9(DragonInt divisor) {
        int n = divisor.length;
        if (length < n) {
            return 0;
        }
        int quotient = (int) ((blocks[n - 1] & MASK) / ((divisor.blocks[n - 1] & MASK) + 1));
        if (quotient != 0) {
            subtractMultiple(divisor, quotient);
        }
        while (compareTo(divisor) >= 0) {
            quotient++;
            subtractMultiple(divisor, 1);
        }
        return quotient;
    }

    /** This -= divisor * q, known not to go below zero. */
    private void subtractMultiple(DragonInt divisor, int q) {
        long borrow = 0;
        long carry = 0;
        for (int i = 0; i < divisor.length; i++) {
            long product = (divisor.blocks[i] & MASK) * q + carry;
            carry = product >>> 32;
            long difference = (blocks[i] & MASK) - (product & MASK) - borrow;
            borrow = (difference >>> 32) & 1;
            blocks[i] = (int) difference;
        }
        for (int i = divisor.length; (borrow | carry) != 0 && i < length; i++) {
            long difference = (blocks[i] & MASK) - carry - borrow;
            carry = 0;
            borrow = (difference >>> 32) & 1;
            blocks[i] = (int) difference;
        }
        while (length > 0 && blocks[length - 1] == 0) {
            length--;
        }
    }

    private void ensure(int capacity) {
        if (blocks.length < capacity) {
            blocks = java.util.Arrays.copyOf(blocks, Math.max(capacity, blocks.length * 2));
        }
    }
}
