"""Generates more NumPy 1.24 answers for view expressions, in the format of the shared vectors.

Run with a Python that has NumPy 1.24 (Debian's /usr/bin/python3):
    /usr/bin/python3 core/src/test/numpy/view_expressions.py 1500 > core/src/test/resources/vectors/numpy-1.24-views-more.jsonl

Each line: {"id", "category": "expr", "input": {hex, dtype, shape, strides, offset, count, expr},
"expect": {...}} where expect is NumPy's answer: its exception type and message, or the view's
dtype, shape, strides, offset, flags and elements. A result that does not live in the buffer
(a copy or a NumPy scalar) is "CopyRequired"; a view that reads outside the buffer is
"BoundsError"; a result with no elements is always fine.
"""
import json
import random
import sys

import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

DTYPES = ["|u1", "|i1", "|b1", "<i2", ">u2", "<f2", "<i4", ">i4", "<f4", ">f4", "<i8", ">f8", "<c8",
          ">c8", "<c16", "|S2", "|S3", "|V2", "<M8[s]"]


def rnd_layout(rng):
    dtype = np.dtype(rng.choice(DTYPES))
    ndim = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
    shape = [rng.choice([0, 1, 1, 2, 3, 4, 5]) if rng.random() < 0.15 else rng.randint(1, 5) for _ in range(ndim)]
    size = dtype.itemsize
    strides = []
    order = list(range(ndim))
    if rng.random() < 0.3:
        rng.shuffle(order)
    step = size * rng.choice([1, 1, 1, 2])
    tmp = [0] * ndim
    for k in reversed(order):
        tmp[k] = step * (-1 if rng.random() < 0.2 else 1)
        step *= max(shape[k], 1) * rng.choice([1, 1, 1, 2])
    strides = tmp
    lower = sum(min(0, s * (d - 1)) for s, d in zip(strides, shape)) if 0 not in shape else 0
    upper = sum(max(0, s * (d - 1)) for s, d in zip(strides, shape)) + size if 0 not in shape else 0
    offset = -lower + rng.choice([0, 0, size, 1]) if ndim else rng.choice([0, size])
    length = offset + upper + rng.choice([0, 0, size])
    buf = bytes(rng.getrandbits(8) for _ in range(max(length, 0)))
    if rng.random() < 0.5 and ndim:
        strides_in = list(strides)
    else:
        strides_in = None
        strides = None
        offset = offset if ndim else offset
        need = offset + size * int(np.prod(shape))
        buf = buf + bytes(max(0, need - len(buf)))
    return dtype, shape, strides_in, offset, buf


def rnd_axis(rng, ndim, extra=0):
    return rng.randint(-ndim - extra - (1 if rng.random() < 0.1 else 0), ndim + extra - 1 + (1 if rng.random() < 0.1 else 0)) if ndim + extra else rng.choice([0, -1])


def rnd_slice(rng):
    parts = [rng.choice(["", "", str(rng.randint(-6, 6))]) for _ in range(2)]
    step = rng.choice(["", "", ":-1", ":2", ":-2", ":3", ":" + str(rng.randint(-3, 3))])
    return parts[0] + ":" + parts[1] + step


def rnd_index(rng, ndim):
    items = []
    n = rng.randint(1, max(1, ndim + (1 if rng.random() < 0.2 else 0)))
    has_ellipsis = False
    for _ in range(n):
        r = rng.random()
        if r < 0.3:
            items.append(str(rng.randint(-5, 5)))
        elif r < 0.75:
            items.append(rnd_slice(rng))
        elif r < 0.87:
            items.append(rng.choice(["None", "np.newaxis"]))
        elif not has_ellipsis or rng.random() < 0.05:
            items.append("...")
            has_ellipsis = True
        else:
            items.append(":")
    return "[" + ", ".join(items) + "]"


def rnd_tuple(values):
    return "(" + ", ".join(str(v) for v in values) + ("," if len(values) == 1 else "") + ")"


def rnd_op(rng, e, x):
    nd = x.ndim
    shape = x.shape
    c = rng.randrange(24)
    if c == 0:
        return e + rnd_index(rng, nd)
    if c == 1:
        return e + ".T"
    if c == 2:
        perm = list(range(nd))
        rng.shuffle(perm)
        if rng.random() < 0.1 and perm:
            perm[0] = perm[-1]
        if rng.random() < 0.5:
            return e + ".transpose(" + ", ".join(map(str, perm)) + ")"
        return "np.transpose(" + e + ", " + rnd_tuple(perm) + ")" if perm else "np.transpose(" + e + ")"
    if c == 3:
        return e + ".swapaxes(%d, %d)" % (rnd_axis(rng, nd), rnd_axis(rng, nd))
    if c == 4:
        if rng.random() < 0.7:
            return "np.moveaxis(%s, %d, %d)" % (e, rnd_axis(rng, nd), rnd_axis(rng, nd))
        k = rng.randint(1, max(1, nd))
        src = rng.sample(range(nd), min(k, nd)) if nd else [0]
        dst = rng.sample(range(nd), min(k, nd)) if nd else [0]
        return "np.moveaxis(%s, %s, %s)" % (e, rnd_tuple(src), rnd_tuple(dst))
    if c == 5:
        r = rng.random()
        if r < 0.3:
            return "np.flip(%s)" % e
        if r < 0.8:
            return "np.flip(%s, %d)" % (e, rnd_axis(rng, nd))
        return "np.flip(%s, axis=%s)" % (e, rnd_tuple(rng.sample(range(nd), rng.randint(0, nd)) if nd else []))
    if c == 6:
        return rng.choice(["np.fliplr(%s)", "np.flipud(%s)"]) % e
    if c == 7:
        target = list(shape)
        for _ in range(rng.randint(0, 2)):
            target.insert(0, rng.randint(1, 3))
        target = [rng.choice([d, d, 1, 2, 3]) if d == 1 or rng.random() < 0.15 else d for d in target]
        return "np.broadcast_to(%s, %s)" % (e, rnd_tuple(target))
    if c in (8, 9):
        w = rng.randint(0, 4)
        if nd == 0 or rng.random() < 0.2:
            return "sliding_window_view(%s, %s)" % (e, rnd_tuple([rng.randint(1, 3) for _ in range(nd)]) if rng.random() < 0.8 else str(w))
        fn = rng.choice(["sliding_window_view", "np.lib.stride_tricks.sliding_window_view"])
        return "%s(%s, %d, axis=%d)" % (fn, e, w, rnd_axis(rng, nd))
    if c == 10:
        r = rng.random()
        if r < 0.4:
            return e + ".diagonal()"
        if r < 0.8:
            return e + ".diagonal(%d, %d, %d)" % (rng.randint(-3, 3), rnd_axis(rng, nd), rnd_axis(rng, nd))
        return "np.diagonal(%s, offset=%d)" % (e, rng.randint(-2, 2))
    if c in (11, 12):
        size = x.size
        divisors = [d for d in range(1, size + 1) if size % d == 0] or [0]
        a1 = rng.choice(divisors)
        rest = size // a1 if a1 else 0
        r = rng.random()
        if r < 0.3:
            new = [a1, rest]
        elif r < 0.5:
            new = [a1, -1]
        elif r < 0.6:
            new = [-1]
        elif r < 0.7:
            new = [rest, 1, a1 if a1 else 0] if rest * a1 == size else [size]
        elif r < 0.8:
            new = [size + 1]
        else:
            new = list(shape)[::-1] + [1]
        order = rng.choice(["", "", "", ", order='F'", ", order='A'"])
        if rng.random() < 0.5:
            return e + ".reshape(" + ", ".join(map(str, new)) + order + ")"
        if rng.random() < 0.5:
            return e + ".reshape(" + rnd_tuple(new) + order + ")"
        return "np.reshape(%s, %s%s)" % (e, rnd_tuple(new), order)
    if c == 13:
        r = rng.random()
        if r < 0.5:
            return e + ".squeeze()"
        if r < 0.8:
            return e + ".squeeze(%d)" % rnd_axis(rng, nd)
        return "np.squeeze(%s, axis=%d)" % (e, rnd_axis(rng, nd))
    if c == 14:
        if rng.random() < 0.8:
            return "np.expand_dims(%s, %d)" % (e, rnd_axis(rng, nd, 1))
        return "np.expand_dims(%s, %s)" % (e, rnd_tuple([rnd_axis(rng, nd, 2) for _ in range(2)]))
    if c == 15:
        return e + rng.choice([".real", ".imag", ".real", ".imag"])
    if c in (16, 17):
        t = rng.choice(["'u1'", "'<i2'", "'>i4'", "'<f4'", "'<i8'", "'<c16'", "'S4'", "'S3'", "'<c8'", "np.float32",
                        "np.uint8", "'V'", "'<f2'"])
        return e + ".view(%s)" % t
    if c == 18:
        return e + rng.choice([".ravel()", ".ravel()", ".ravel('F')", ".ravel(order='K')", ".flatten()"])
    if c == 19:
        return "np.ravel(%s)" % e
    if c == 20:
        nd2 = rng.randint(1, 3)
        new_shape = [rng.randint(1, 4) for _ in range(nd2)]
        strides = [rng.choice([0, 1, 2, 4, 8, -4, -8, 16]) for _ in range(nd2)]
        fn = rng.choice(["as_strided", "np.lib.stride_tricks.as_strided"])
        if rng.random() < 0.15:
            return "%s(%s, shape=%s)" % (fn, e, rnd_tuple(new_shape))
        return "%s(%s, shape=%s, strides=%s)" % (fn, e, rnd_tuple(new_shape), rnd_tuple(strides))
    if c == 21:
        return rng.choice(["np.atleast_2d(%s)", "np.atleast_1d(%s)", "np.atleast_3d(%s)", "np.squeeze(%s)",
                           "np.transpose(%s)", "np.real(%s)", "np.imag(%s)"]) % e
    if c == 22:
        return "np.swapaxes(%s, %d, %d)" % (e, rnd_axis(rng, nd), rnd_axis(rng, nd))
    return e + rnd_index(rng, nd)


def answer(buf, r):
    if not isinstance(r, np.ndarray):
        return {"ok": False, "type": "CopyRequired"}
    base_addr = np.frombuffer(buf, np.uint8).ctypes.data if len(buf) else None
    obj = r
    while isinstance(getattr(obj, "base", None), object) and getattr(obj, "base", None) is not None:
        obj = obj.base
    if r.size and obj is not buf:
        return {"ok": False, "type": "CopyRequired"}
    offset = r.ctypes.data - base_addr if base_addr is not None else 0
    if r.size:
        lo = offset + sum(min(0, s * (d - 1)) for s, d in zip(r.strides, r.shape))
        hi = offset + sum(max(0, s * (d - 1)) for s, d in zip(r.strides, r.shape)) + r.itemsize
        if lo < 0 or hi > len(buf):
            return {"ok": False, "type": "BoundsError"}
    elements = []
    for idx in np.ndindex(*r.shape):
        byte = offset + sum(i * s for i, s in zip(idx, r.strides))
        elements.append({"index": list(idx), "byte": byte, "value": str(r[idx])})
    f = r.flags
    return {"ok": True, "dtype": r.dtype.str, "itemsize": r.itemsize, "shape": list(r.shape),
            "strides": list(r.strides), "offset": offset, "size": int(r.size), "nbytes": int(r.nbytes),
            "flags": {"c_contiguous": bool(f.c_contiguous), "f_contiguous": bool(f.f_contiguous),
                      "aligned": bool(f.aligned), "writeable": bool(f.writeable)},
            "elements": elements, "repr": repr(r)}


# Hand-picked forms: keywords, method and function spellings, 0-d and empty results, wrong arguments.
FIXED_EXPRESSIONS = '''np.flip(a, axis=0)
np.flip(a, axis=(0, 1))
np.flip(a, axis=-1)
np.moveaxis(a, source=0, destination=1)
np.moveaxis(a, [0, 1], [1, 0])
a.reshape((3, 4))
a.reshape([4, 3])
a.reshape(3, 4, order='F')
a.reshape(-1, order='F')
a.reshape(2, -1, order='A')
a.diagonal(offset=1, axis1=1, axis2=0)
a.diagonal(axis1=-1, axis2=-2)
np.diagonal(a, 0, 1, 0)
np.broadcast_to(a, shape=(2, 3, 4))
np.broadcast_to(a, [5, 3, 4])
np.broadcast_to(a, 4)
sliding_window_view(a, window_shape=(2, 2))
sliding_window_view(a, (2, 2), axis=(0, 1))
sliding_window_view(a, [2, 3], axis=[1, 0])
sliding_window_view(a, 2, axis=(1, 1))
as_strided(a, (3, 3), (4, 4))
as_strided(a, (2, 2))
as_strided(a, strides=(8, 4))
as_strided(a)
np.lib.stride_tricks.as_strided(a, shape=[2, 6], strides=[8, 4])
a[::2, 1:].T
a.view(np.int16)
a.view(dtype='<i2')
a.view(np.uint8).T
a.view()
a.view('u1').view('<i4')
np.swapaxes(a, 0, -1)
np.squeeze(a)
np.transpose(a, axes=(1, 0))
np.transpose(a, [1, 0])
a.T.T
np.ravel(a)
np.ravel(a, 'F')
a.ravel('F')
a.ravel('A')
a.ravel('K')
a.T.ravel('K')
a.T.ravel('F')
a.T.ravel('A')
np.flip(a, 0).ravel('K')
a[np.newaxis, ...]
a[..., np.newaxis]
a[()]
a[...]
a[:, None, 1]
a[1][2]
a[1, ...][2]
a[-1, -1, ...]
a[0, 0, None]
a[1:2, 1:2]
a[3:1:-1]
a[100:]
a[-100:]
a[::-100]
a[::100]
a[:, ::-1][::-1]
a[(0, 1)]
a[(0,)]
a[0,]
a[[0, 1]]
a[True]
a[1.5]
a['x']
a[None][0]
a.T[1]
a.real.imag
a.imag.imag
np.real(a)
np.imag(a)
np.fliplr(a)
np.flipud(a)
np.atleast_3d(a)
np.expand_dims(a, axis=(0, 3))
np.expand_dims(a, -1)
np.expand_dims(a, 5)
np.squeeze(np.expand_dims(a, 0), axis=0)
a.squeeze(axis=None)
a.squeeze(axis=(0,))
a.transpose()
a.transpose(None)
a.transpose([1, 0])
a.transpose(-1, 0)
a.swapaxes(1, 1)
a.reshape(12).reshape(3, 4)
a.reshape(2, 2, 3)
a.reshape(1, 12, 1)
a.reshape(())
a[0, 0, ...].reshape(())
a[0, 0, ...].reshape(1, 1)
a[0, 0, ...].reshape(-1)
a[0, 0, ...][None]
a[0, 0, ...][...]
a[0, 0, ...][()]
a[0, 0, ...].T
a[0, 0, ...].ravel()
np.flip(a[0, 0, ...])
a[0, :0].reshape(0, 5)
a[0, :0].reshape(-1, 5)
a[:0].reshape(-1)
a[:0].view('u1')
a[:, :0].view('<i8')
a.reshape(a.shape[1], a.shape[0])
a[:a.shape[0] // 2]
a[-a.shape[0]:]
a[1 + 1]
a[2 * -1]
-a
a + 1
a.copy()
np.copy(a)
np.asarray(a).T
a.flatten()[:0]
a.T.flatten()
np.flip(a, 2)
np.flip(a, (0, 0))
a.reshape(3, 4, order='K')
a.ravel(order='Z')
sliding_window_view(a, -1)
sliding_window_view(a, (2,))
np.moveaxis(a, 0, 0.5)
a[(None,) * 31]
a[(None,) * 30]
np.broadcast_to(a, (1,) * 31 + (3, 4))
a.reshape((1,) * 31 + (12,))
a.reshape((1,) * 32 + (12,))
as_strided(a, shape=(1,) * 33, strides=(0,) * 33)
a[(0, 1)[1]]
np.rot90(a)
np.rot90(a, 2)
np.rot90(a, -1)
np.rot90(a, k=3, axes=(1, 0))
np.rot90(a, 1, (0, 0))
np.rot90(a, 1, (0, 2))
np.rot90(a, 1.5)
np.rot90(a[0])
a.view(a.dtype)
a.view(np.dtype('<i2'))
a.astype(a.dtype, copy=False)
a.astype('<f8')
a.astype(np.uint8, copy=False)
np.ascontiguousarray(a)
np.ascontiguousarray(a.T)
np.ascontiguousarray(a[1, 1, ...])
np.ascontiguousarray(a[:, :1])
np.ascontiguousarray(a[:0].T)
np.asfortranarray(a.T)
np.asfortranarray(a)
np.asfortranarray(a[0, 0, ...])
np.ascontiguousarray(a, dtype=a.dtype)
np.broadcast_to(a, (3, -4))
np.broadcast_to(a, ())
a.diagonal(0, 0)
a.view('blah')
a.view(3)
'''.strip().split('\n')


def fixed_cases(rng):
    """Every FIXED_EXPRESSIONS entry on 3x4 arrays of four dtypes: C order, transposed, reversed rows."""
    for dt in ["<i4", ">f8", "<c8", "|u1"]:
        itemsize = np.dtype(dt).itemsize
        for kind in ["C", "T", "reversed"]:
            if kind == "C":
                strides, offset, length = None, 0, 12 * itemsize
            elif kind == "T":
                strides, offset, length = [itemsize, 3 * itemsize], 0, 12 * itemsize
            else:
                strides, offset = [-8 * itemsize, 2 * itemsize], 16 * itemsize
                length = offset + 8 * itemsize
            buf = bytes(rng.getrandbits(8) for _ in range(length))
            for e in FIXED_EXPRESSIONS:
                yield np.dtype(dt), [3, 4], strides, offset, buf, e


def case(dtype, shape, strides, offset, buf, e):
    a = np.ndarray(shape, dtype, buffer=buf, offset=offset, strides=strides)
    env = {"a": a, "np": np, "as_strided": as_strided, "sliding_window_view": sliding_window_view}
    try:
        r = eval(e, env)
    except Exception as ex:  # NumPy's own error
        return {"ok": False, "type": type(ex).__name__, "error": str(ex)}
    return answer(buf, r)


def line(n, dtype, shape, strides, offset, buf, e, expect):
    return json.dumps({"id": "m%05d" % n, "category": "expr",
                       "input": {"hex": buf.hex(), "dtype": dtype.str, "shape": shape, "strides": strides,
                                 "offset": offset, "count": -1, "expr": e},
                       "expect": expect})


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20241124)
    made = 0
    while made < count:
        dtype, shape, strides, offset, buf = rnd_layout(rng)
        try:
            a = np.ndarray(shape, dtype, buffer=buf, offset=offset, strides=strides)
        except Exception:
            continue
        env = {"a": a, "np": np, "as_strided": as_strided, "sliding_window_view": sliding_window_view}
        e = "a"
        x = a
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            e = rnd_op(rng, e, x)
            try:
                x = eval(e, env)
            except Exception:
                break
            if not isinstance(x, np.ndarray):
                break
            if x.ndim > 6 or x.size > 400:
                break
        try:
            r = eval(e, env)
        except Exception as ex:  # NumPy's own error
            expect = {"ok": False, "type": type(ex).__name__, "error": str(ex)}
        else:
            if isinstance(r, np.ndarray) and r.size > 2000:
                continue
            try:
                expect = answer(buf, r)
            except (SystemError, UnicodeError):  # text that is no valid UCS4: not a view question
                continue
        print(line(made, dtype, shape, strides, offset, buf, e, expect))
        made += 1
    for dtype, shape, strides, offset, buf, e in fixed_cases(rng):
        print(line(made, dtype, shape, strides, offset, buf, e, case(dtype, shape, strides, offset, buf, e)))
        made += 1


if __name__ == "__main__":
    main()
