"""NumPy 1.24's str() of scalars decoded from bytes: every float16, random and edge float32/float64,
complex, datetime/timedelta in every unit and several multipliers, bytes, unicode and void.

Run with Debian's /usr/bin/python3 (has numpy); writes ../resources/dtype/numpy-1.24-scalars.jsonl.gz
as {"dtype", "hex", "value"} lines (value absent and "error" present where str() raises).
"""
import gzip, json, os, random
import numpy as np

rng = random.Random(20240124)
lines = []


def add(dtype, raw):
    a = np.frombuffer(raw, dtype)
    try:
        lines.append({'dtype': dtype, 'hex': raw.hex(), 'value': str(a[0])})
    except Exception as e:  # noqa
        lines.append({'dtype': dtype, 'hex': raw.hex(), 'error': type(e).__name__ + ': ' + str(e)})


def edge_bits(nbits, mant_bits):
    exp_bits = nbits - 1 - mant_bits
    out = set()
    for e in range(0, 1 << exp_bits):
        for m in (0, 1, 2, 3, (1 << mant_bits) - 1, (1 << mant_bits) - 2, 1 << (mant_bits - 1)):
            out.add((e << mant_bits) | m)
    return sorted(out)


# float16: all of them, both byte orders for a sample
for b in range(1 << 16):
    add('<f2', b.to_bytes(2, 'little'))
for b in rng.sample(range(1 << 16), 2000):
    add('>f2', b.to_bytes(2, 'big'))

# float32 / float64: exponent edges, random patterns, random "human" decimals, powers of ten
for nbits, mant, code in ((32, 23, 'f4'), (64, 52, 'f8')):
    size = nbits // 8
    pats = edge_bits(nbits, mant) + [rng.getrandbits(nbits) for _ in range(8000)]
    for p in pats:
        for v in (p | rng.getrandbits(1) << (nbits - 1),):
            order = rng.choice('<>')
            add(order + code, v.to_bytes(size, 'little' if order == '<' else 'big'))
    for _ in range(5000):
        s = '%de%d' % (rng.randrange(1, 10 ** rng.randrange(1, 18)), rng.randrange(-330, 310))
        add('<' + code, np.array([float(s)], '<' + code).tobytes())
    for k in range(-330, 310):
        for delta in (-1, 0, 1):
            x = np.array([float('1e%d' % k)], '<' + code)
            bits = int.from_bytes(x.tobytes(), 'little') + delta
            if 0 <= bits < (1 << (nbits - 1)):
                add('<' + code, bits.to_bytes(size, 'little'))

# long double (x87 80-bit in 16 bytes): random significands and exponents, edges, both byte orders
for _ in range(6000):
    exp = rng.choice([0, 1, 2, 0x7ffe, 0x7fff, rng.randrange(0, 0x8000), rng.randrange(0x3f80, 0x4080)])
    mant = rng.getrandbits(64)
    if exp != 0:
        mant |= 1 << 63  # x87 normals carry their integer bit
    else:
        mant &= (1 << 63) - 1
    if rng.random() < 0.1:
        mant = (1 << 63) if exp else rng.choice([0, 1, 2])
    raw = mant.to_bytes(8, 'little') + (exp | rng.getrandbits(1) << 15).to_bytes(2, 'little') + bytes(6)
    add('<f16', raw)
    add('>f16', raw[::-1])
for k in range(-40, 40):
    x = np.array([np.longdouble('1e%d' % k)], '<f16')
    add('<f16', x.tobytes())
add('<f16', np.array([np.longdouble('1e-4')], '<f16').tobytes())
for _ in range(1500):
    order = rng.choice('<>')
    parts = []
    for _ in range(2):
        exp = rng.choice([0, 0x7fff, rng.randrange(0x3f00, 0x4100)])
        mant = rng.getrandbits(64) | (1 << 63 if exp else 0)
        part = mant.to_bytes(8, 'little') + (exp | rng.getrandbits(1) << 15).to_bytes(2, 'little') + bytes(6)
        parts.append(part if order == '<' else part[::-1])
    add(order + 'c32', parts[0] + parts[1])

# complex
specials = [0.0, -0.0, 1.0, -1.5, float('nan'), float('inf'), float('-inf'), 1e-5, 1e16, 2.5e-300, 0.1]
for code, fcode in (('c8', 'f4'), ('c16', 'f8')):
    for re in specials:
        for im in specials:
            add('<' + code, np.array([re, im], '<' + fcode).tobytes())
    for _ in range(3000):
        order = rng.choice('<>')
        add(order + code, bytes(rng.getrandbits(8) for _ in range(np.dtype(code).itemsize)))

# datetime / timedelta: every unit, several multipliers, small and huge counts
units = ['Y', 'M', 'W', 'D', 'h', 'm', 's', 'ms', 'us', 'ns', 'ps', 'fs', 'as']
counts = [0, 1, -1, 59, -61, 86399, -86401, 2 ** 31, -2 ** 31, 2 ** 62, -2 ** 62, 2 ** 63 - 1, -2 ** 63 + 1, -2 ** 63]
for kind in ('M8', 'm8'):
    for u in units:
        for mult in ('', '7', '15', '1000'):
            for order in '<>':
                dt = '%s%s[%s%s]' % (order, kind, mult, u)
                for c in counts + [rng.getrandbits(64) - 2 ** 63 for _ in range(40)] + \
                        [rng.randrange(-10 ** 12, 10 ** 12) for _ in range(40)]:
                    add(dt, np.array([c], dt).view('u1').tobytes())
add('<M8', np.array([-2 ** 63], '<i8').tobytes())
add('<m8', np.array([5], '<i8').tobytes())
add('<M8', np.array([5], '<i8').tobytes())

# bytes, unicode, void
for _ in range(3000):
    n = rng.randrange(1, 9)
    raw = bytes(rng.choice([0, 0, 39, 34, 92, 9, 10, 13, 65, 127, 128, 255, rng.getrandbits(8)]) for _ in range(n))
    add('|S%d' % n, raw)
    add('|V%d' % n, raw)
for _ in range(3000):
    n = rng.randrange(1, 4)
    cps = [rng.choice([0, 0x41, 0x27, 0x22, 0x5c, 0xe9, 0xd800, 0xdfff, 0xfffd, 0x1f600, 0x10ffff, 0x110000,
                       0x7fffffff, 0x80000000, 0xffffffff, rng.getrandbits(32), rng.getrandbits(16)]) for _ in range(n)]
    order = rng.choice('<>')
    add('%sU%d' % (order, n), np.array(cps, order + 'u4').tobytes())

out = os.path.join(os.path.dirname(__file__), '..', 'resources', 'dtype', 'numpy-1.24-scalars.jsonl.gz')
with gzip.open(out, 'wt', encoding='ascii') as f:
    for line in lines:
        f.write(json.dumps(line, ensure_ascii=True) + '\n')
print(len(lines), 'scalars')
