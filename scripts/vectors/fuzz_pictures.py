#!/usr/bin/python3
"""Differential check of `stridescope export --to OUT.png` against matplotlib's
`plt.imsave(path, arr, cmap=..., vmin=..., vmax=...)`.

Draws arrays with a fixed seed (every numeric dtype and byte order, bool, float16, ints at their
limits, complex, dates, NaN / inf / -inf, constant arrays, vmin == vmax, vmin > vmax, one of
vmin / vmax given, tiny and huge values, 0-d, 1x1, 1xN, Nx1, 1-D, (h, w, 3|4) uint8 and float
RGB(A), non-contiguous, negative- and zero-stride views, 3-d arrays that are no picture), writes
each array's buffer to a file, runs our export on its layout (one JVM: ExportMany.java) for every
colour table, and compares pixel by pixel with matplotlib's PNG.

matplotlib is given what cli.md says a value is (1-D as one row, 0-d as one pixel, complex as
|z|, dates as float64 counts with NaT as NaN). Where cli.md and matplotlib differ by design the
case is still compared, under a category saying so (see KNOWN below), so that the rest is clean.

Usage: fuzz_pictures.py [--count N] [--seed S] [--jar app/target/stridescope.jar]
                        [--colormaps gray,viridis,...] [--resource OUT.jsonl] [--show N]
Needs python3-matplotlib and python3-numpy (Debian: apt-get install python3-matplotlib)."""
import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import warnings
from collections import defaultdict

import numpy as np

import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt  # noqa: E402
from PIL import Image  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COLORMAPS = ['gray', 'viridis', 'magma', 'inferno', 'plasma', 'cividis', 'turbo']

NUMERIC = ['?', 'i1', 'u1', '<i2', '>i2', '<u2', '>u2', '<i4', '>i4', '<u4', '>u4', '<i8', '>i8', '<u8', '>u8',
           '<f2', '>f2', '<f4', '>f4', '<f8', '>f8', '<c8', '>c8', '<c16', '>c16', '<M8[s]', '<m8[ms]']

# Where cli.md says otherwise than matplotlib does, on purpose: a case in one of these categories
# is expected to differ and is reported apart.
KNOWN = {
    'auto-with-nan-or-inf': 'cli.md: vmin / vmax default to the finite range; imsave takes min() / max()'
                            ' of all values, so one NaN makes the whole picture transparent and an inf'
                            ' makes every finite value row 0',
    'vmin>vmax': 'cli.md: the formula runs backwards; matplotlib raises ValueError',
    'float-rgb': 'cli.md: only uint8 (h, w, 3|4) is RGB(A), other 3-d views are refused; matplotlib'
                 ' draws float RGB(A) in 0..1 as (x * 255).astype(uint8)',
    'nan-equal-limits': 'cli.md: NaN is transparent; matplotlib with vmin == vmax fills every value,'
                        ' NaN too, with row 0',
    'working-precision': 'cli.md: scaled in float64; matplotlib scales float16 in float16 and bool, (u)int8,'
                         ' (u)int16, float32 in float32 (rounding moves a value across a row boundary, a'
                         ' range beyond the type overflows to inf and NaN: transparent); matplotlib given'
                         ' the same values as float64 agrees with us',
}


def dtype_name(dt):
    """The dtype as the command line takes it."""
    return '?' if dt.kind == 'b' else dt.str


# ---------------------------------------------------------------- values

def values(rnd, nprng, dt, n, flavour):
    """n values of dt, C order, as an ndarray of dt."""
    kind = dt.kind
    if kind == 'b':
        if flavour == 'bytes':  # bytes other than 0 / 1 are True too
            return np.frombuffer(nprng.integers(0, 256, n, dtype=np.uint8).tobytes(), dtype='?').copy()
        return (nprng.random(n) < 0.5)
    if kind in 'iu':
        info = np.iinfo(dt)
        lo, hi = int(info.min), int(info.max)
        if flavour == 'limits':
            pool = [lo, lo + 1, lo + 2, hi - 2, hi - 1, hi, 0, 1]
            v = [rnd.choice(pool) for _ in range(n)]
        elif flavour == 'small':
            base = rnd.randint(lo, max(lo, hi - 8))
            v = [base + rnd.randint(0, rnd.choice([1, 2, 3, 5, 7])) for _ in range(n)]
        elif flavour == 'constant':
            c = rnd.randint(lo, hi)
            v = [c] * n
        else:
            v = [rnd.randint(lo, hi) for _ in range(n)]
        return np.array(v, dtype=dt.newbyteorder('='))
    if kind == 'f':
        info = np.finfo(dt)
        if flavour == 'constant':
            v = np.full(n, rnd.choice([0.0, -1.5, 3.0, 1e-3]))
        elif flavour == 'huge':
            v = nprng.uniform(-1, 1, n) * float(info.max)
        elif flavour == 'tiny':
            v = nprng.uniform(-4, 4, n) * float(info.tiny)  # subnormals
        elif flavour == 'ramp':
            v = np.linspace(rnd.uniform(-10, 0), rnd.uniform(0.5, 10), n)
        else:
            scale = rnd.choice([1e-3, 1, 1, 100, 1e4] if dt.itemsize == 2 else [1e-30, 1e-5, 1, 1, 1e5, 1e30])
            v = nprng.standard_normal(n) * scale + rnd.choice([0, 0, scale * 3])
        v = v.astype(dt.newbyteorder('='))
        if flavour == 'special':
            k = max(1, n // 5)
            idx = nprng.integers(0, n, k)
            v[idx] = nprng.choice([np.nan, np.inf, -np.inf], k)
        return v
    if kind == 'c':
        re = values(rnd, nprng, np.dtype('f%d' % (dt.itemsize // 2)), n, flavour)
        im = values(rnd, nprng, np.dtype('f%d' % (dt.itemsize // 2)), n, 'plain')
        return (re + 1j * im).astype(dt.newbyteorder('='))
    if kind in 'mM':
        v = nprng.integers(-10**6, 10**6, n).astype(np.int64)
        if flavour == 'special':
            v[nprng.integers(0, n, max(1, n // 5))] = np.iinfo(np.int64).min  # NaT
        return v.view(dt.newbyteorder('='))
    raise ValueError(dt)


FLAVOURS = ['plain', 'plain', 'limits', 'small', 'constant', 'special', 'huge', 'tiny', 'ramp', 'bytes']


# ---------------------------------------------------------------- layouts

def layout_of(base, view):
    """(offset, strides) of view inside base's buffer."""
    off = view.__array_interface__['data'][0] - base.__array_interface__['data'][0]
    return off, list(view.strides)


def draw_view(rnd, base2d):
    """A view of a 2-d C-order array: itself, a flip, a step, a transpose, a row, a column, 1-D, 0-d."""
    h, w = base2d.shape
    choices = [
        ('c-order', lambda a: a),
        ('negative-strides', lambda a: a[::-1, ::-1]),
        ('steps', lambda a: a[::2, ::-3] if a.shape[1] > 0 else a),
        ('transpose', lambda a: a.T),
        ('one-row', lambda a: a[:1, :]),
        ('one-column', lambda a: a[:, :1]),
        ('one-pixel', lambda a: a[:1, :1]),
        ('1-d', lambda a: a[rnd.randrange(h)]),
        ('1-d-reversed', lambda a: a[:, rnd.randrange(w)][::-1]),
        ('0-d', lambda a: a[rnd.randrange(h), rnd.randrange(w), ...]),
        ('zero-stride', lambda a: np.lib.stride_tricks.as_strided(a[0], shape=(3, w), strides=(0, a.strides[1]))),
    ]
    name, f = rnd.choice(choices)
    return name, f(base2d)


def draw_limits(rnd, a, dt):
    """(category suffix, vmin, vmax) as the options give them (floats or None)."""
    x = spec_values(a)
    finite = x[np.isfinite(x)] if x.size else x
    lo = float(finite.min()) if finite.size else 0.0
    hi = float(finite.max()) if finite.size else 1.0
    r = rnd.random()
    if r < 0.4:
        return 'auto', None, None
    if r < 0.55:
        a1, a2 = sorted([rnd.uniform(lo, hi), rnd.uniform(lo, hi)])
        return 'inside', a1, a2
    if r < 0.62:
        span = (hi - lo) or 1.0
        return 'outside', lo - rnd.random() * span, hi + rnd.random() * span
    if r < 0.68:
        v = rnd.choice([lo, hi, (lo + hi) / 2])
        return 'equal', v, v
    if r < 0.74:
        return 'reversed', hi + 1, lo - 1 if lo != hi else lo - 2
    if r < 0.82:
        return 'vmin-only', rnd.choice([lo, (lo + hi) / 2, lo - 1]), None
    if r < 0.9:
        return 'vmax-only', None, rnd.choice([hi, (lo + hi) / 2, hi + 1])
    if r < 0.95:
        return 'tiny-limits', rnd.choice([0.0, -1e-300, 1e-310]), rnd.choice([1e-300, 5e-324 * 7, 1e-45])
    return 'huge-limits', -rnd.choice([1e300, 3.4e38, 65504.0]), rnd.choice([1e300, 3.4e38, 65504.0])


def spec_values(a):
    """What cli.md says a value is, as float64 (bool 0/1, complex |z|, dates counts, NaT NaN)."""
    if a.dtype.kind == 'c':
        return np.abs(a.astype(np.complex128))
    if a.dtype.kind in 'mM':
        i = a.astype(a.dtype.newbyteorder('=')).view('i8')
        return np.where(np.isnat(a), np.nan, i.astype(np.float64))
    return np.asarray(a, dtype=np.float64)


def make_cases(count, seed):
    rnd = random.Random(seed)
    nprng = np.random.default_rng(seed)
    cases = []

    def add(category, base, view, vmin, vmax):
        off, strides = layout_of(base, view)
        buf = base.tobytes()
        cases.append(dict(id='f%05d' % len(cases), category=category, dtype=dtype_name(view.dtype),
                          buf=buf, shape=list(view.shape), strides=strides, offset=off, vmin=vmin, vmax=vmax))

    # every dtype, every flavour of values, a random view and limits
    while len(cases) < count * 7 // 10:
        dt = np.dtype(rnd.choice(NUMERIC))
        flavour = rnd.choice(FLAVOURS)
        if flavour == 'bytes' and dt.kind != 'b':
            flavour = 'plain'
        h, w = rnd.choice([1, 1, 2, 3, 5, 8, 13, 24]), rnd.choice([1, 1, 2, 3, 7, 16, 31])
        base = values(rnd, nprng, dt, h * w, flavour).astype(dt).reshape(h, w)
        vname, view = draw_view(rnd, base)
        lname, vmin, vmax = draw_limits(rnd, view, dt)
        add('%s/%s/%s/%s' % (dt.kind, flavour, vname, lname), base, view, vmin, vmax)
    # big enough pictures that rounding in the scaling shows (float16 and float32 most)
    for dt in ['<f2', '<f4', '<u2', 'u1', '<i2', '?', '<f8', '<i8']:
        dt = np.dtype(dt)
        for flavour in ['ramp', 'plain']:
            base = values(rnd, nprng, dt, 48 * 64, flavour).astype(dt).reshape(48, 64)
            lname, vmin, vmax = draw_limits(rnd, base, dt)
            add('%s/%s/big/%s' % (dt.kind, flavour, lname), base, base, vmin, vmax)
    # ranges wider than the largest float64: vmax - vmin is inf, and v - vmin overflows for some v
    for vmin, vmax in [(None, None), (-1.7e308, 1.7e308), (-1e308, None), (None, 1.5e308)]:
        base = (nprng.uniform(-1, 1, 6 * 9) * 1.79e308).reshape(6, 9)
        add('f/huge-range/c-order/%s' % ('auto' if vmin is None and vmax is None else 'huge-limits'), base, base,
            vmin, vmax)
    # RGB(A) and other 3-d views
    while len(cases) < count:
        c = rnd.choice([3, 4, 3, 4, 2, 5])
        h, w = rnd.choice([1, 2, 5, 9]), rnd.choice([1, 3, 6, 11])
        dt = np.dtype(rnd.choice(['u1', 'u1', 'u1', '<f4', '<f8', '<i2', '<u2']))
        if dt.kind == 'f':
            raw = nprng.random(h * w * c) * (1.0 if rnd.random() < 0.8 else 2.0)
        else:
            raw = nprng.integers(0, 256 if dt.itemsize == 1 else 4000, h * w * c)
        base = raw.astype(dt).reshape(h, w, c)
        view = base if rnd.random() < 0.6 else rnd.choice([base[::-1], base[:, ::-1], base.transpose(1, 0, 2),
                                                           base[:, :, ::-1], base[::2, 1:]])
        if view.size == 0:
            view = base
        add('rgb/%s/%d' % (dt.kind, c), base, view, None, None)
    return cases


def known_difference(case, a):
    """The KNOWN reason a case's pictures may differ, or None."""
    x = spec_values(a)
    lim = case['category'].rsplit('/', 1)[-1]
    if case['category'].startswith('rgb/f') and a.ndim == 3 and a.shape[2] in (3, 4):
        return 'float-rgb'
    if a.ndim > 2 or x.size == 0:
        return None
    vmin, vmax = case['vmin'], case['vmax']
    if vmin is not None and vmax is not None and vmin > vmax:
        return 'vmin>vmax'
    if (vmin is None or vmax is None) and not np.isfinite(x).all():
        return 'auto-with-nan-or-inf'
    if np.isnan(x).any() and vmin is not None and vmin == vmax:
        return 'nan-equal-limits'
    if np.isnan(x).any() and lim == 'equal':
        return 'nan-equal-limits'
    return None


# ---------------------------------------------------------------- the two pictures

def matplotlib_rgba(a, cmap, vmin, vmax, path, in_float64=False):
    """imsave's pixels for what cli.md makes of a, or the exception's type and message."""
    x = a
    if x.dtype.kind == 'c':
        x = np.abs(x)
    elif x.dtype.kind in 'mM':
        x = spec_values(x)
    if x.ndim == 0:
        x = x.reshape(1, 1)
    elif x.ndim == 1:
        x = x[None, :]
    elif x.ndim == 3:
        # imsave hands an (h, w, 4) view to PIL as it is, and PIL refuses one that is not C-contiguous:
        # the layout is no part of the colours, so matplotlib gets the same values contiguous
        x = np.ascontiguousarray(x)
    if in_float64:
        x = x.astype(np.float64)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            plt.imsave(path, x, cmap=cmap, vmin=vmin, vmax=vmax)
        return np.asarray(Image.open(path).convert('RGBA')), None
    except Exception as e:  # matplotlib refuses: the message is the answer
        return None, '%s: %s' % (type(e).__name__, str(e).splitlines()[0] if str(e) else '')


def export_commands(case, path, cmap, out):
    args = ['export', '--file', path, '--dtype', case['dtype'], '--shape', ','.join(map(str, case['shape'])),
            '--strides', ','.join(map(str, case['strides'])), '--offset', str(case['offset']), '--to', out,
            '--colormap', cmap]
    if case['vmin'] is not None:
        args += ['--vmin', repr(float(case['vmin']))]
    if case['vmax'] is not None:
        args += ['--vmax', repr(float(case['vmax']))]
    return '\t'.join(args)


def run_ours(lines, jar):
    runner = os.path.join(HERE, 'ExportMany.java')
    p = subprocess.run(['java', '-cp', jar, runner], input='\n'.join(lines) + '\n', capture_output=True, text=True)
    rcs = [int(l.split()[1]) for l in p.stdout.splitlines() if l.startswith('rc ')]
    if len(rcs) != len(lines):
        sys.exit('ExportMany answered %d of %d commands:\n%s' % (len(rcs), len(lines), p.stderr[-3000:]))
    return rcs


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--count', type=int, default=400)
    ap.add_argument('--seed', type=int, default=20261206)
    ap.add_argument('--jar', default=os.path.join(ROOT, 'app/target/stridescope.jar'))
    ap.add_argument('--colormaps', default=','.join(COLORMAPS))
    ap.add_argument('--resource', help='write the compact test resource (cases where cli.md and matplotlib agree)')
    ap.add_argument('--show', type=int, default=25, help='disagreements to list')
    opts = ap.parse_args()
    cmaps = opts.colormaps.split(',')
    cases = make_cases(opts.count, opts.seed)
    work = tempfile.mkdtemp(prefix='fuzz-pictures-')
    lines, jobs = [], []
    for c in cases:
        path = os.path.join(work, c['id'] + '.bin')
        with open(path, 'wb') as f:
            f.write(c['buf'])
        for cmap in cmaps:
            out = os.path.join(work, '%s-%s.png' % (c['id'], cmap))
            lines.append(export_commands(c, path, cmap, out))
            jobs.append((c, cmap, out))
    rcs = run_ours(lines, opts.jar)

    tally = defaultdict(lambda: [0, 0, 0])  # class -> [agree, differ, differences matplotlib repeats when told]
    rows, resource = [], []
    ref_png = os.path.join(work, 'ref.png')
    for (c, cmap, out), rc in zip(jobs, rcs):
        a = np.ndarray(tuple(c['shape']), np.dtype(c['dtype']), c['buf'], c['offset'], tuple(c['strides']))
        ref, err = matplotlib_rgba(a, cmap, c['vmin'], c['vmax'], ref_png)
        ours = np.asarray(Image.open(out).convert('RGBA')) if rc == 0 and os.path.exists(out) else None
        known = known_difference(c, a)
        klass = known or 'compared'
        if ref is None and ours is None:
            verdict, n, m = 'both refuse', 0, 0
        elif ref is None:
            verdict, n, m = 'matplotlib refuses (%s)' % err, -1, -1
        elif ours is None:
            verdict, n, m = 'we refuse (exit %d)' % rc, -1, -1
        elif ref.shape != ours.shape:
            verdict, n, m = 'size %s vs matplotlib %s' % (ours.shape[:2], ref.shape[:2]), -1, -1
        else:
            d = np.abs(ref.astype(int) - ours.astype(int))
            n, m = int((d.max(axis=2) > 0).sum()), int(d.max())
            verdict = 'agree' if n == 0 else 'differ'
            if n and klass == 'compared' and a.ndim <= 2:
                same, _ = matplotlib_rgba(a, cmap, c['vmin'], c['vmax'], ref_png, in_float64=True)
                if same is not None and np.array_equal(same, ours):
                    klass = 'working-precision'
        ok = verdict in ('agree', 'both refuse')
        tally[klass][0 if ok else 1] += 1
        if verdict == 'differ' and klass == 'auto-with-nan-or-inf':
            # told the finite range (and given float64, see working-precision), matplotlib draws ours
            x = spec_values(a)
            fin = x[np.isfinite(x)]
            lo = c['vmin'] if c['vmin'] is not None else (float(fin.min()) if fin.size else None)
            hi = c['vmax'] if c['vmax'] is not None else (float(fin.max()) if fin.size else None)
            same, _ = matplotlib_rgba(a, cmap, lo, hi, ref_png, in_float64=True)
            tally[klass][2] += same is not None and np.array_equal(same, ours)
        if not ok:
            rows.append((klass, c['id'], c['category'], c['dtype'], c['shape'], c['vmin'], c['vmax'], cmap, verdict, n, m))
        # the resource: agreeing pictures, one colour table a case, small buffers (a compact file)
        if (opts.resource and klass == 'compared' and ok and ref is not None and len(c["buf"]) <= 512
                and cmap == cmaps[int(c['id'][1:]) % len(cmaps)]):
            resource.append(resource_line(c, cmap, ref))
    total_ok = sum(t[0] for t in tally.values())
    total = sum(t[0] + t[1] for t in tally.values())
    print('pictures: %d cases x %d colour tables = %d pictures, seed %d' % (len(cases), len(cmaps), total, opts.seed))
    for klass in sorted(tally):
        agree, differ, told = tally[klass]
        print('  %-22s %5d agree %5d differ%s%s' % (klass, agree, differ,
                                                    ' (%d of them agree when matplotlib is told the finite range)' % told
                                                    if told else '',
                                                    '   (by design: %s)' % KNOWN[klass] if klass in KNOWN else ''))
    print('  %-22s %5d agree %5d differ' % ('all', total_ok, total - total_ok))
    # one line per case: its colour tables' worst
    worst = {}
    for r in rows:
        w = worst.setdefault(r[1], list(r[:7]) + [[], r[8], r[9], r[10]])
        w[7].append(r[7])
        w[9], w[10] = max(w[9], r[9]), max(w[10], r[10])
    shown = sorted(worst.values(), key=lambda w: (w[0] != 'compared', w[0], w[1]))
    for w in shown[:opts.show]:
        print('  %s %s %s %s shape=%s vmin=%r vmax=%r [%d tables] %s: %d pixels differ, max channel diff %d'
              % (w[0], w[1], w[2], w[3], w[4], w[5], w[6], len(w[7]), w[8], w[9], w[10]))
    if opts.resource:
        with open(opts.resource, 'w') as f:
            for line in resource:
                f.write(json.dumps(line) + '\n')
        print('wrote %d cases to %s' % (len(resource), opts.resource))
    return 0 if not [r for r in rows if r[0] == 'compared'] else 1


def resource_line(c, cmap, ref):
    """A case as the core test reads it: the layout, and matplotlib's pixels as a hash plus samples."""
    h, w = ref.shape[:2]
    flat = ref.reshape(-1, 4)
    picks = sorted({0, len(flat) - 1, len(flat) // 2, len(flat) // 3})
    inp = dict(hex=c['buf'].hex(), dtype=c['dtype'], shape=c['shape'], strides=c['strides'], offset=c['offset'],
               colormap=cmap)
    if c['vmin'] is not None:
        inp['vmin'] = float(c['vmin'])
    if c['vmax'] is not None:
        inp['vmax'] = float(c['vmax'])
    return dict(id=c['id'], category=c['category'], input=inp,
                expect=dict(width=int(w), height=int(h), sha256=hashlib.sha256(flat.tobytes()).hexdigest(),
                            transparent=int((flat[:, 3] == 0).sum()),
                            samples={str(i): flat[i].tobytes().hex() for i in picks}))


if __name__ == '__main__':
    sys.exit(main())
