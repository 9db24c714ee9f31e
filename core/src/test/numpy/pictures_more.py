"""More worked cases of the picture rule (cli.md "Pictures"), written to
core/src/test/resources/vectors/pictures-more.jsonl in the format of pictures.jsonl.

The rule is implemented here again with NumPy alone (no matplotlib) over the repo's colour
tables, on random layouts: float16/32/64 with NaN and +-inf, ints, uints, bool (bytes other than
0/1 too), complex, datetime/timedelta with NaT, RGB(A) uint8, vmin > vmax, vmin == vmax,
constant arrays, all-NaN arrays, and the refusals. Run: python3 core/src/test/numpy/pictures_more.py
"""
import base64
import json
import os
import zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = os.path.join(HERE, "..", "..", "main", "resources", "org", "stridescope", "core", "colormaps")
OUT = os.path.join(HERE, "..", "resources", "vectors", "pictures-more.jsonl")
NAMES = ["gray", "viridis", "magma", "inferno", "plasma", "cividis", "turbo"]


def table(name):
    return np.loadtxt(os.path.join(TABLES, name + ".csv"), delimiter=",", skiprows=1, dtype=np.uint8)


def picture(a, cmap, vmin=None, vmax=None):
    if a.dtype.fields is not None or a.dtype.kind in "SUVO":
        return {"ok": False, "why": "picture-kind"}
    rgb = a.ndim == 3 and a.dtype == np.uint8 and a.shape[2] in (3, 4)
    if a.ndim > 2 and not rgb:
        return {"ok": False, "why": "picture-shape"}
    if a.size == 0:
        return {"ok": False, "why": "picture-empty"}
    if rgb:
        h, w = a.shape[:2]
        out = np.full((h, w, 4), 255, np.uint8)
        out[:, :, : a.shape[2]] = a
    else:
        b = a.reshape(1, 1) if a.ndim == 0 else a[None, :] if a.ndim == 1 else a
        h, w = b.shape
        if b.dtype.kind in "Mm":
            counts = b.view(b.dtype.byteorder.replace("=", "<") + "i8").astype(np.int64)
            v = counts.astype(np.float64)
            v[counts == np.iinfo(np.int64).min] = np.nan
        elif b.dtype.kind == "c":
            v = np.abs(b.astype(np.complex128))
        else:
            v = b.astype(np.float64)
        finite = v[np.isfinite(v)]
        lo = vmin if vmin is not None else (finite.min() if finite.size else None)
        hi = vmax if vmax is not None else (finite.max() if finite.size else None)
        if lo is None and hi is None:
            lo = hi = 0.0
        elif lo is None:
            lo = hi
        elif hi is None:
            hi = lo
        lo, hi = np.float64(lo), np.float64(hi)
        with np.errstate(all="ignore"):
            if hi == lo:
                idx = np.zeros(v.shape, np.int64)
            else:
                t = np.clip(np.floor((v - lo) / (hi - lo) * 256), 0, 255)
                idx = np.where(np.isnan(t), 0, t).astype(np.int64)
        out = table(cmap)[idx]
        out[np.isnan(v)] = 0
    return {"ok": True, "height": int(h), "width": int(w),
            "rgba": base64.b64encode(zlib.compress(np.ascontiguousarray(out).tobytes())).decode()}


def values(rng, dtype, n):
    k = np.dtype(dtype).kind
    if k == "f":
        v = rng.normal(0, 10.0 ** rng.integers(-3, 5), n)
        special = rng.random(n)
        v[special < 0.08] = np.nan
        v[(special >= 0.08) & (special < 0.12)] = np.inf
        v[(special >= 0.12) & (special < 0.15)] = -np.inf
        if rng.random() < 0.15:
            v[:] = np.nan
        return v.astype(dtype)
    if k == "c":
        v = (rng.normal(0, 100, n) + 1j * rng.normal(0, 100, n))
        v[rng.random(n) < 0.1] = complex(np.nan, 1)
        v[rng.random(n) < 0.05] = complex(np.inf, 0)
        return v.astype(dtype)
    if k in "Mm":
        c = rng.integers(-10 ** 9, 10 ** 9, n)
        c[rng.random(n) < 0.15] = np.iinfo(np.int64).min
        return c.astype(np.int64).view(dtype)
    if k == "b":
        return rng.integers(0, 256, n).astype(np.uint8).view(np.bool_)  # bytes other than 0/1 are True
    info = np.iinfo(dtype)
    return rng.integers(info.min, info.max, n, dtype=np.dtype(dtype).newbyteorder("="), endpoint=True).astype(dtype)


DTYPES = ["<f2", ">f2", "<f4", ">f4", "<f8", ">f8", "|u1", "|i1", "<u2", ">i2", "<i4", ">u4", "<i8", "<u8", "|b1",
          "<c8", ">c16", "<M8[s]", ">m8[ms]", "<M8[D]"]
EXPRS = [None, None, "a[2:2]", "a.T", "a[::-1]", "a[::2]", "a[1:, ::-1]", "np.flip(a, 0)", "a[..., ::3]"]


def main():
    rng = np.random.default_rng(14)
    lines = []
    while len(lines) < 110:
        i = len(lines)
        kind = rng.random()
        cmap = NAMES[rng.integers(len(NAMES))]
        case = {"colormap": cmap}
        if kind < 0.15:  # RGB(A)
            h, w, c = int(rng.integers(1, 9)), int(rng.integers(1, 9)), int(rng.choice([3, 4]))
            base = rng.integers(0, 256, (h, w, c)).astype(np.uint8)
            dtype = "|u1"
            cat = "rgb"
        elif kind < 0.22:  # refusals
            choice = rng.integers(4)
            dtype = ["|S3", "<U2", "<f4", "|u1"][choice]
            shape = [(4, 5), (3,), (2, 3, 4), (2, 3, 5)][choice]
            n = int(np.prod(shape))
            base = np.frombuffer(rng.integers(0, 256, n * np.dtype(dtype).itemsize).astype(np.uint8).tobytes(),
                                 dtype).reshape(shape)
            cat = "refused"
        else:
            dtype = DTYPES[rng.integers(len(DTYPES))]
            nd = int(rng.choice([0, 1, 2, 2, 2]))
            shape = tuple(int(rng.integers(1, 13)) for _ in range(nd))
            n = int(np.prod(shape)) if shape else 1
            base = values(rng, dtype, n).reshape(shape)
            if rng.random() < 0.1:
                base = np.full(shape, base.flat[0], base.dtype)  # constant
            cat = np.dtype(dtype).kind
        expr = EXPRS[rng.integers(len(EXPRS))] if base.ndim >= 1 else None
        if expr == "a[..., ::3]" and base.ndim == 3 or expr in ("a[1:, ::-1]", "a.T") and base.ndim < 2:
            expr = None
        if rng.random() < 0.3:
            case["vmin"] = float(rng.choice([0, 0.5, -1, 10, 255, 1e3]))
        if rng.random() < 0.3:
            case["vmax"] = float(rng.choice([0, 1, 100, 255, -5, 1e3]))  # vmax < vmin sometimes
        if rng.random() < 0.05:
            case["vmin"] = case["vmax"] = 7.0
        a = eval(expr, {"np": np, "a": base}) if expr else base
        inp = {"hex": base.tobytes().hex(), "dtype": dtype, "shape": list(base.shape),
               "strides": list(base.strides), "offset": 0}
        inp.update(case)
        if expr:
            inp["expr"] = expr
        expect = picture(a, cmap, case.get("vmin"), case.get("vmax"))
        lines.append({"id": "q%05d" % i, "category": cat, "input": inp, "expect": expect})
    with open(OUT, "w") as f:
        for line in lines:
            f.write(json.dumps(line) + "\n")
    print(len(lines), "cases to", OUT)


if __name__ == "__main__":
    main()
