#!/usr/bin/python3
"""Writes core/src/test/resources/expr/numpy-1.24-copied-values.jsonl: what NumPy prints for a
copy or a number computed from a view of random bytes (the Console's `a.sum()`, `a.mean()`,
`a * 0.1`...), so Stridescope's CopiedValues can be checked against it digit for digit.

Each line: the buffer (`nbytes` bytes, each element's bits made by `bits()` below from `seed`,
`spread` and the dtype, then `patches` [[byte offset, hex], ...] written over it), the view `a`
= np.ndarray(shape, dtype, buffer, offset, strides), the expression on `a`, and NumPy's repr()
of the result (what its console prints). The element bits are computed, not drawn from NumPy's
generator, so the Java test rebuilds the same bytes from the few numbers in the line.

Rerun: /usr/bin/python3 scripts/vectors/copied_values.py (NumPy 1.24, like ../shared/vectors).
"""
import json, os, random, warnings
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'core', 'src', 'test', 'resources', 'expr',
                   'numpy-1.24-copied-values.jsonl')
M64 = (1 << 64) - 1
FLOATS = {2: (5, 10), 4: (8, 23), 8: (11, 52)}  # exponent bits, fraction bits


def mix(z):
    """splitmix64's finaliser: 64 well-mixed bits from any 64-bit number."""
    z &= M64
    z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & M64
    z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & M64
    return z ^ (z >> 31)


def bits(seed, spread, kind, size, k):
    """The bits of element k: floats with a random sign and fraction and an exponent within
    `spread` binades of 1.0 (finite, normal); integers any value of their size."""
    h = mix((seed << 32) + k)
    if kind != 'f':
        return h & ((1 << (8 * size)) - 1)
    ebits, fbits = FLOATS[size]
    bias = (1 << (ebits - 1)) - 1
    e = bias + (h >> 40) % (2 * spread + 1) - spread
    return (h >> 63) << (ebits + fbits) | e << fbits | (h & ((1 << fbits) - 1))


def buffer(line):
    d = np.dtype(line['dtype'])
    n = line['nbytes'] // d.itemsize
    words = [bits(line['seed'], line['spread'], d.kind, d.itemsize, k) for k in range(n)]
    order = 'big' if d.byteorder == '>' else 'little'
    buf = bytearray(b''.join(w.to_bytes(d.itemsize, order) for w in words))
    for off, hx in line['patches']:
        buf[off:off + len(hx) // 2] = bytes.fromhex(hx)
    return bytes(buf)


def special(d, value):
    return np.array([value], dtype=d).tobytes().hex()


def view_of(rng, d, ndim, big):
    """A random view: a C array of a random shape, then steps, flips, a transpose, maybe a
    broadcast axis; returned as (nbytes, shape, strides, offset) over its buffer."""
    if ndim == 1:
        shape = [rng.choice([1, 5, 7, 8, 9, 16, 100, 127, 128, 129, 300, 1000, 1025, 2049, 5000, 8191, 8192,
                             8193, 9000, 17000, 20000] if big else [1, 3, 8, 9, 17, 40])]
    else:
        limits = {2: rng.choice([[300, 100], [3000, 8]]), 3: [40, 30, 30], 4: [8, 9, 10, 40]}[ndim] if big else [6] * ndim
        shape = [rng.randint(1, m) for m in limits[:ndim]]
        rng.shuffle(shape)
    steps = [rng.choice([1, 1, 2, -1, -2, 3, -3]) if s > 2 else rng.choice([1, -1]) for s in shape]
    full = [s * abs(t) for s, t in zip(shape, steps)]
    pad = rng.choice([0, 0, 1, 3])
    base_n = int(np.prod(full)) + pad
    strides = []
    acc = d.itemsize
    for s in reversed(full):
        strides.insert(0, acc)
        acc *= s
    strides = [st * t for st, t in zip(strides, steps)]
    offset = pad * d.itemsize
    for st, s, t in zip(strides, full, steps):
        if t < 0:
            offset += -st // abs(t) * (s - 1) if s > 0 else 0
    # a negative step starts from the far end of that axis
    perm = list(range(ndim))
    if ndim > 1 and rng.random() < 0.6:
        rng.shuffle(perm)
    shape = [shape[p] for p in perm]
    strides = [strides[p] for p in perm]
    if ndim > 1 and rng.random() < 0.15:
        strides[rng.randrange(ndim)] = 0
    return base_n * d.itemsize, shape, strides, offset


def numpy_text(line):
    buf = buffer(line)
    a = np.ndarray(tuple(line['shape']), np.dtype(line['dtype']), buf, line['offset'], tuple(line['strides']))
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return repr(eval(line['expr'], {'a': a, 'np': np}))


def reductions(rng):
    for i in range(460):
        dtype = rng.choice(['<f4', '<f4', '<f8', '<f8', '<f2', '<f2', '>f4', '>f2', '<i4', '<u1', '<i8'])
        d = np.dtype(dtype)
        ndim = rng.choice([1, 1, 2, 2, 3, 4])
        nbytes, shape, strides, offset = view_of(rng, d, ndim, big=rng.random() < 0.8)
        expr = rng.choice(['a.sum()'] * 5 + ['a.mean()'] * 3 + ['a.min()', 'a.max()', 'a.T.sum()', 'a[::-1].sum()',
                           'a[..., ::2].sum()', '(a * 2).sum()', '(a + 1).mean()', 'a[[0, -1]].sum()'])
        patches = []
        if d.kind == 'f' and rng.random() < 0.1:
            patches.append([offset, special(d, rng.choice([np.nan, np.inf, -0.0, 0.0]))])
        yield dict(dtype=dtype, seed=i, spread=rng.choice([0, 1, 3, 8]), nbytes=nbytes, patches=patches,
                   shape=shape, strides=strides, offset=offset, expr=expr)


def arithmetic(rng):
    numbers = ['1', '3', '-2', '0.1', '2.5', '-1.5', '1e-3', '70000', '1e5', '1e39', '3.4e38', '65000.0', '64999.0']
    for i in range(200):
        dtype = rng.choice(['<f2', '<f2', '<f2', '>f2', '<f4', '<f8', '<i1', '<u1', '<i2'])
        d = np.dtype(dtype)
        nbytes, shape, strides, offset = view_of(rng, d, rng.choice([1, 2, 3]), big=False)
        x = rng.choice(numbers if d.kind == 'f' else [n for n in numbers if '.' in n or 'e' in n])
        expr = rng.choice(['a + %s', 'a * %s', '%s - a', 'a - %s', '%s * a']) % x
        yield dict(dtype=dtype, seed=1000 + i, spread=rng.choice([0, 2, 6]), nbytes=nbytes, patches=[],
                   shape=shape, strides=strides, offset=offset, expr=expr)


def main():
    rng = random.Random(20261206)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as out:
        for line in list(reductions(rng)) + list(arithmetic(rng)):
            line['numpy'] = numpy_text(line)
            out.write(json.dumps(line) + '\n')


if __name__ == '__main__':
    main()
