#!/usr/bin/python3
"""Writes the reference table the ml_dtypes floats (bfloat16, float8_e4m3fn, float8_e5m2) are
tested against: core/src/test/resources/dtype/ml-floats.tsv.gz, one line per bit pattern:

    type  bits(hex)  value(Python float repr)  shortest(digits 'e' exponent, or nan/inf/-inf/0/-0)

ml_dtypes is not installed here, so the values come from NumPy bit tricks where NumPy has the
same layout (bfloat16 is the top half of a float32; float8_e5m2 is the top byte of a float16) and
from the format's fields for float8_e4m3fn (no infinities, NaN only S.1111.111, max 448).
"shortest" is the shortest decimal that reads back to the same bits in the type, found by brute
force with exact fractions: among the decimals with the fewest significant digits that round
(to nearest, ties to even bits) to the pattern, the one closest to the value, the even one on a tie.

Rerun: /usr/bin/python3 scripts/make_mldt_table.py
"""
import bisect, gzip, math, os
from fractions import Fraction
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'core', 'src', 'test', 'resources', 'dtype', 'ml-floats.tsv.gz')


def bf16(bits):
    return float(np.array([bits << 16], dtype=np.uint32).view(np.float32)[0])


def e5m2(bits):
    return float(np.array([bits << 8], dtype=np.uint16).view(np.float16)[0])


def e4m3fn(bits):
    sign = -1.0 if bits & 0x80 else 1.0
    exp = (bits >> 3) & 0xF
    frac = bits & 0x7
    if exp == 0xF and frac == 0x7:
        return math.nan
    if exp == 0:
        return sign * math.ldexp(frac, -9)          # subnormal: frac/8 * 2^(1-7)
    return sign * math.ldexp(8 + frac, exp - 7 - 3)  # (1 + frac/8) * 2^(exp-7)


TYPES = [('bfloat16', 16, bf16), ('float8_e4m3fn', 8, e4m3fn), ('float8_e5m2', 8, e5m2)]


class Rounding:
    """Reads a positive exact value back in the type: nearest finite pattern, ties to even bits;
    past the largest value the next pattern up (infinity, or e4m3fn's NaN) takes over."""

    def __init__(self, width, decode):
        positive = [(Fraction(decode(b)), b) for b in range(1 << (width - 1)) if math.isfinite(decode(b))]
        positive.sort()
        top_value, top_bits = positive[-1]
        ulp = top_value - positive[-2][0]
        self.values = [v for v, _ in positive] + [top_value + ulp]
        self.bits = [b for _, b in positive] + [top_bits + 1]

    def bits_of(self, x):
        i = bisect.bisect_left(self.values, x)
        if i == 0:
            return self.bits[0]
        if i == len(self.values):
            return self.bits[-1]
        lo, hi = self.values[i - 1], self.values[i]
        if x - lo < hi - x:
            return self.bits[i - 1]
        if x - lo > hi - x:
            return self.bits[i]
        return self.bits[i - 1] if self.bits[i - 1] % 2 == 0 else self.bits[i]


def shortest(value, bits, rounding):
    """(digits, exponent) of the shortest decimal reading back to `bits`, value positive."""
    v = Fraction(value)
    e10 = math.floor(math.log10(value))
    while Fraction(10) ** (e10 + 1) <= v:
        e10 += 1
    while Fraction(10) ** e10 > v:
        e10 -= 1
    for n in range(1, 20):
        scale = e10 - n + 1
        unit = Fraction(10) ** scale
        down = math.floor(v / unit)
        inside = [d for d in (down, down + 1) if d > 0 and rounding.bits_of(d * unit) == bits]
        if not inside:
            continue
        best = min(inside, key=lambda d: (abs(d * unit - v), d % 2))
        while best % 10 == 0:
            best //= 10
            scale += 1
        return best, scale
    raise AssertionError('no decimal for %r' % value)


def main():
    lines = []
    for name, width, decode in TYPES:
        rounding = Rounding(width, decode)
        sign_bit = 1 << (width - 1)
        for bits in range(1 << width):
            value = decode(bits)
            if math.isnan(value):
                text = 'nan'
            elif math.isinf(value):
                text = 'inf' if value > 0 else '-inf'
            elif value == 0:
                text = '-0' if bits & sign_bit else '0'
            else:
                digits, exp = shortest(abs(value), bits & (sign_bit - 1), rounding)
                text = ('-' if value < 0 else '') + '%de%d' % (digits, exp)
            lines.append('%s\t%x\t%r\t%s\n' % (name, bits, value, text))
    with gzip.GzipFile(OUT, 'wb', mtime=0) as f:
        f.write(''.join(lines).encode('ascii'))
    print('wrote %d lines to %s' % (len(lines), os.path.normpath(OUT)))


if __name__ == '__main__':
    main()
