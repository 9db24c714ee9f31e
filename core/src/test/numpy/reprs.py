"""NumPy 1.24's repr() of C-contiguous arrays over many dtypes, shapes and value mixes (summarised
arrays, scientific switching, nan/inf, NaT, wrapping, dtype placement, odd text).

Run with Debian's /usr/bin/python3 (has numpy); writes ../resources/format/numpy-1.24-reprs.jsonl.gz
as {"dtype", "shape", "hex", "repr"} lines ("error" instead of "repr" where repr raises).
"""
import gzip, json, os, random, warnings
import numpy as np

warnings.simplefilter('ignore')
rng = random.Random(1240)
np_rng = np.random.default_rng(1240)
out_lines = []

SHAPES_SMALL = [(), (1,), (2,), (5,), (3, 4), (2, 3, 4), (1, 1, 7), (4, 1), (11,), (2, 2, 2, 2)]
SHAPES_EMPTY = [(0,), (0, 3), (2, 0, 3), (3, 0)]
SHAPES_BIG = [(1001,), (40, 30), (5, 5, 50), (7, 7, 7, 7), (2000, 1), (1, 1500), (3, 400)]


def add(dtype, shape, raw):
    a = np.frombuffer(raw, dtype).reshape(shape)
    line = {'dtype': dtype, 'shape': list(shape), 'hex': raw.hex()}
    try:
        line['repr'] = repr(a)
    except Exception as e:  # noqa
        line['error'] = type(e).__name__ + ': ' + str(e)
    out_lines.append(line)


def values(dtype, n, mode):
    dt = np.dtype(dtype)
    k = dt.kind
    if mode == 'bits' or k in 'SUVb?':
        raw = bytes(rng.getrandbits(8) for _ in range(n * dt.itemsize))
        if k == 'b':
            raw = bytes(rng.choice([0, 0, 1, 2, 255]) for _ in range(n))
        if k == 'S':
            raw = bytes(rng.choice([0, 0, 39, 34, 92, 10, 65, 97, 122, 200]) for _ in range(n * dt.itemsize))
        if k == 'U':
            cps = [rng.choice([0, 0x41, 0x27, 0x22, 0x5c, 0xe9, 0x3b1, 0xd800, 0x1f600, 0x85, 0x2028, 0x110000])
                   for _ in range(n * dt.itemsize // 4)]
            raw = np.array(cps, dt.byteorder.replace('|', '<').replace('=', '<') + 'u4').tobytes()
        return raw
    if k in 'iu':
        info = np.iinfo(dt)
        pick = {'small': lambda: rng.randrange(max(info.min, -50), min(info.max, 50)),
                'mixed': lambda: rng.choice([0, 1, -1, info.max, info.min, rng.randrange(info.min, info.max)])}
        vals = [pick.get(mode, pick['mixed'])() for _ in range(n)]
        return np.array(vals, dtype=dt).tobytes()
    if k in 'fc':
        base = {'nice': lambda: rng.choice([0.0, 1.0, -1.5, 0.1, 2.25, 100.0, 123.456, -0.0, 3.0, 0.5]),
                'wide': lambda: rng.choice([1e-5, 1e8, 1.5, -2e10, 3e-12, 0.0, 12345.678]),
                'ratio': lambda: rng.choice([1.0, 999.0, 1000.0, 1001.0, 0.001, 1.5]),
                'special': lambda: rng.choice([float('nan'), float('inf'), float('-inf'), 1.0, -2.5, 0.0]),
                'allnan': lambda: float('nan'),
                'infs': lambda: rng.choice([float('inf'), float('-inf')]),
                'random': lambda: rng.uniform(-1000, 1000),
                'tiny': lambda: rng.uniform(0, 1e-3),
                'round': lambda: rng.choice([0.123456789, 0.99999999999, 9.9999999995, 1e-4, 99999999.0, 1e8])}
        f = base[mode]
        if k == 'c':
            vals = [complex(f(), f()) for _ in range(n)]
        else:
            vals = [f() for _ in range(n)]
        return np.array(vals, dtype=dt).tobytes()
    if k in 'Mm':
        pick = {'small': lambda: rng.randrange(-3000, 3000),
                'nat': lambda: rng.choice([-2 ** 63, rng.randrange(-10 ** 6, 10 ** 6)]),
                'allnat': lambda: -2 ** 63,
                'mixed': lambda: rng.choice([0, 1, -1, rng.randrange(-10 ** 9, 10 ** 9), rng.randrange(-10 ** 12, 10 ** 12)])}
        vals = [pick.get(mode, pick['mixed'])() for _ in range(n)]
        return np.array(vals, dtype='i8').astype(dt.newbyteorder('<') if False else 'i8').view('u1').tobytes() \
            if dt.byteorder != '>' else np.array(vals, dtype='>i8').tobytes()
    raise ValueError(dtype)


DTYPES = {
    '?': ['bits'], 'i1': ['small', 'mixed'], 'u1': ['mixed'], 'i2': ['mixed'], '>i2': ['small'], 'u2': ['mixed'],
    'i4': ['small', 'mixed'], '>u4': ['mixed'], 'i8': ['small', 'mixed'], 'q': ['small'], '>q': ['mixed'],
    'Q': ['mixed'], 'u8': ['mixed'], '>i8': ['small'],
    'f2': ['nice', 'wide', 'ratio', 'special', 'random', 'bits', 'round'], '>f2': ['nice', 'bits'],
    'f4': ['nice', 'wide', 'ratio', 'special', 'random', 'bits', 'tiny', 'round'], '>f4': ['nice', 'bits'],
    'f8': ['nice', 'wide', 'ratio', 'special', 'random', 'bits', 'tiny', 'allnan', 'infs', 'round'],
    '>f8': ['nice', 'bits', 'special'],
    'c8': ['nice', 'wide', 'special', 'bits', 'random'], 'c16': ['nice', 'wide', 'special', 'bits', 'infs', 'round'],
    '>c16': ['nice', 'bits'], 'f16': ['nice', 'wide', 'ratio', 'special', 'random', 'round'], '>f16': ['nice'],
    'c32': ['nice', 'wide', 'special'],
    'S1': ['bits'], 'S5': ['bits'], 'U1': ['bits'], 'U3': ['bits'], '>U2': ['bits'], 'V3': ['bits'], 'V1': ['bits'],
    'M8[D]': ['small', 'nat', 'mixed'], 'M8[s]': ['mixed', 'nat'], 'M8[15m]': ['small'], 'M8[ns]': ['mixed'],
    'M8[Y]': ['small'], 'M8[W]': ['small'], 'M8[M]': ['small'], '>M8[ms]': ['mixed', 'nat'],
    'm8[h]': ['small', 'nat'], 'm8[15m]': ['mixed'], 'm8[ns]': ['mixed'], 'm8': ['small'], 'M8': ['allnat', 'small'],
    'M8[us]': ['allnat'],
}

for dtype, modes in DTYPES.items():
    itemsize = np.dtype(dtype).itemsize
    for mode in modes:
        for shape in SHAPES_SMALL:
            n = int(np.prod(shape))
            add(dtype, shape, values(dtype, n, mode))
        for shape in SHAPES_EMPTY:
            add(dtype, shape, b'')
    for shape in rng.sample(SHAPES_BIG, 2):
        n = int(np.prod(shape))
        add(dtype, shape, values(dtype, n, rng.choice(modes)))

out = os.path.join(os.path.dirname(__file__), '..', 'resources', 'format', 'numpy-1.24-reprs.jsonl.gz')
os.makedirs(os.path.dirname(out), exist_ok=True)
with gzip.open(out, 'wt', encoding='ascii') as f:
    for line in out_lines:
        f.write(json.dumps(line, ensure_ascii=True) + '\n')
print(len(out_lines), 'reprs')
