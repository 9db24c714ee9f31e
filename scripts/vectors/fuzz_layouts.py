#!/usr/bin/python3
"""Differential fuzzing against NumPy 1.24: random buffers (0..200 bytes), dtypes of every kind and
byte order (records too: nested, subarrays, aligned, offsets, titles), shapes of 0..4 axes,
strides (none, C, F, random: negative, zero, unaligned, huge) and offsets (negative, past the end),
built with np.ndarray(shape, dtype, buffer, offset, strides) or np.frombuffer, and random view
expressions on top. One line a case in the shared vectors' format ({"id", "category", "input",
"expect"}); expect is NumPy's whole answer, repr included, or its error. Where NumPy would read
memory it does not own (its holes), the answer is Stridescope's BoundsError; a result that is not a
view of the buffer is CopyRequired (the rules of core/src/test/numpy/view_expressions.py, reused).

Usage: /usr/bin/python3 scripts/vectors/fuzz_layouts.py [count] [seed] > cases.jsonl
"""
import json
import os
import random
import sys

import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "core", "src", "test", "numpy"))
from view_expressions import answer, rnd_op  # noqa: E402 - the expression rules live there

ORDERS = ["", "<", ">", "=", "|"]
SIMPLE = {
    "bool": ["?", "b1", "bool", "bool_"],
    "int": ["b", "h", "i", "l", "q", "i1", "i2", "i4", "i8", "int8", "int16", "int32", "int64", "short", "intc",
            "longlong", "byte", "int"],
    "uint": ["B", "H", "I", "L", "Q", "u1", "u2", "u4", "u8", "uint8", "uint16", "uint32", "uint64", "ushort",
             "uintc", "ubyte", "uint"],
    "float": ["f", "d", "f4", "f8", "float32", "float64", "single", "double", "float"],
    "float16": ["e", "f2", "float16", "half"],
    "longdouble": ["g", "f16", "longdouble", "float128"],
    "complex": ["F", "D", "c8", "c16", "complex64", "complex128", "csingle", "cdouble", "complex"],
    "clongdouble": ["G", "c32", "clongdouble", "complex256"],
}
UNITS = ["Y", "M", "W", "D", "h", "m", "s", "ms", "us", "ns", "ps", "fs", "as"]
INVALID = ["i3", "f3", "u16", "c4", "!i4", "<<i4", "><f8", "S-1", "U x", "i4 ", " f8", "M8[x]", "m8[3]",
           "datetime64[", "float31", "Q8", "b2", "V-2", "i4,", ",f8", "[('a', 'i4')", "{'names': ['a']}",
           "int8 ", "f8f8", "a-1", "c", "S", "U", "V", "M8", "m8", "M", "m"]
NAMES = ["int0", "uint0", "Float64", "float96", "complex192", "str", "bytes", "unicode", "void", "a0", "a", "V",
         "M8[2W]", "datetime64", "timedelta64", ">M8", "<m8[Y]", "M8[as]", "M8[3D]", "m8[-1s]", "M8[1.5s]", "M8[s",
         "str_", "bytes_", "float_", "int_", "intp", "uintp", "longfloat", "clongfloat", "longcomplex",
         "singlecomplex", "cfloat", "?1", "e2", "N", "P", "p", "i0", "u0", "Q", ">q", "c8,c8", "(2)", "(2,)i4",
         "2i4", "i4,(0)f8", "3S2", "(2,2)V1", ">i4,<f8", "<U2,>U1", "U2147483647", "uint", "ulonglong", "longlong",
         "B1", "Int32", "INT8", "f8 ", "|S5", "=U2", ">V3", "<M8[us]", "m8[2h]", "M8[7ms]", "m8[Y]", "m",
         "float16,float32", "i1,i1,i1", "(3)u1", "np.dtype('>i2')", "np.dtype('i4,i2', align=True)",
         "np.dtype([('a', 'u1'), ('b', '<i8')], align=True)", "[('a', '<i4', 2)]", "[('a', '<i4', (2, 0))]",
         "[('', 'i4')]", "[('a', 'i4'), ('a', 'u1')]", "[(1, 'i4')]", "[('a',)]", "[('a', 'i4', -1)]"]
FIELD_TYPES = ["u1", "i1", "?", "<i2", ">i2", "<u4", ">i4", "<f4", ">f8", "<f2", "<c8", "S3", "a2", "U2", ">U1",
               "V3", "<M8[s]", ">m8[ms]", "<i8", "b"]


def simple_dtype(rng, kind):
    if kind in SIMPLE:
        return rng.choice(ORDERS) + rng.choice(SIMPLE[kind])
    if kind == "bytes":
        return rng.choice(ORDERS) + rng.choice(["S", "a"]) + str(rng.randint(0, 9)) if rng.random() < 0.9 else "c"
    if kind == "str":
        return rng.choice(ORDERS) + "U" + str(rng.randint(0, 4)) if rng.random() < 0.9 else rng.choice(["<U3", ">U2"])
    if kind in ("datetime", "timedelta"):
        mult = rng.choice(["", "", "", "2", "15", "100"])
        code = ("M8" if kind == "datetime" else "m8") if rng.random() < 0.7 else (
            "datetime64" if kind == "datetime" else "timedelta64")
        return rng.choice(ORDERS) + code + "[" + mult + rng.choice(UNITS) + "]"
    if kind == "names":
        return rng.choice(NAMES)
    if kind == "void":
        return rng.choice(ORDERS) + "V" + str(rng.randint(0, 9))
    return rng.choice(INVALID)


def field_type(rng, depth):
    r = rng.random()
    if r < 0.12 and depth < 2:
        return record_list(rng, depth + 1)
    t = repr(rng.choice(FIELD_TYPES))
    if r < 0.3:
        return t + ", " + repr(tuple(rng.randint(1, 3) for _ in range(rng.randint(1, 2))))
    return t


def record_list(rng, depth=0):
    n = rng.randint(1, 4)
    names = rng.sample(["x", "y", "id", "t", "pos", "rgb", "flag", "sub"], n)
    parts = []
    for name in names:
        label = "(%r, %r)" % ("T_" + name, name) if rng.random() < 0.12 else repr(name)
        parts.append("(%s, %s)" % (label, field_type(rng, depth)))
    return "[" + ", ".join(parts) + "]"


def record_dtype(rng):
    r = rng.random()
    if r < 0.35:
        text = record_list(rng)
        return "np.dtype(%s, align=True)" % text if rng.random() < 0.3 else text
    if r < 0.55:
        return ",".join(rng.choice(["i4", "f8", "u1", "(2)i2", "(2,3)u1", ">f4", "S3", "?", "c8", "<f2"])
                        for _ in range(rng.randint(1, 3)))
    n = rng.randint(1, 3)
    names = rng.sample(["a", "b", "c", "d"], n)
    formats = [rng.choice(FIELD_TYPES) for _ in names]
    d = {"names": names, "formats": formats}
    if rng.random() < 0.8:
        offs, pos = [], 0
        for f in formats:
            pos += rng.choice([0, 0, 1, 3])
            offs.append(pos)
            pos += np.dtype(f).itemsize
        if rng.random() < 0.3:
            rng.shuffle(offs)
        d["offsets"] = offs
        if rng.random() < 0.6:
            d["itemsize"] = pos + rng.choice([-1, 0, 0, 2, 5])
    if rng.random() < 0.15:
        d["titles"] = ["title " + x for x in names]
    if rng.random() < 0.2:
        d["aligned"] = True
    return repr(d)


KINDS = (["bool"] * 3 + ["int"] * 5 + ["uint"] * 4 + ["float"] * 4 + ["float16"] * 3 + ["longdouble"] * 2
         + ["complex"] * 3 + ["clongdouble"] + ["bytes"] * 3 + ["str"] * 3 + ["datetime"] * 3 + ["timedelta"] * 2
         + ["void"] * 2 + ["record"] * 5 + ["invalid-dtype"] + ["names"] * 3)


def rnd_strides(rng, shape, itemsize):
    r = rng.random()
    if r < 0.25:
        return None
    n = len(shape) if rng.random() > 0.03 else len(shape) + rng.choice([-1, 1])
    if r < 0.45:  # C or F order, maybe reversed or with gaps
        out, step = [0] * len(shape), itemsize * rng.choice([1, 1, 2])
        axes = list(range(len(shape)))[::-1] if rng.random() < 0.6 else list(range(len(shape)))
        for k in axes:
            out[k] = step * (-1 if rng.random() < 0.15 else 1)
            step *= max(shape[k], 1)
        return out[:n] + [itemsize] * (n - len(out))
    return [rng.choice([0, 0, 1, 2, 3, -1, -2, -3, itemsize, -itemsize, 2 * itemsize, 5, 7, 8, 16, -16,
                        2 ** 31, 2 ** 40, 2 ** 62, -2 ** 62]) for _ in range(max(n, 0))]


def numpy_dtype(text):
    """np.dtype of the text as Stridescope reads it: a list, dict or np.dtype(...) call is Python."""
    if text[:1] in "[{" or text.startswith("np."):
        return np.dtype(eval(text, {"np": np}))
    return np.dtype(text)


def rnd_case(rng):
    kind = rng.choice(KINDS)
    text = record_dtype(rng) if kind == "record" else simple_dtype(rng, kind)
    try:
        dt = numpy_dtype(text)
        itemsize = dt.itemsize
    except Exception:  # noqa: BLE001 - NumPy's refusal is the answer
        dt, itemsize = None, rng.choice([1, 4, 8])
    length = rng.choice([0, 0, 1, 2, 4, 7, 8, 16]) if rng.random() < 0.2 else rng.randint(0, 200)
    r = rng.random()
    offset = rng.choice([0, 0, 0, 1, 2, 3, 4, 8, itemsize])
    if r < 0.05:
        offset = rng.choice([-1, -8, length, length + 1, 2 ** 62])
    if rng.random() < 0.15:  # frombuffer
        count = rng.choice([-1, -1, -1, 0, 1, 2, 3, 5, 100])
        return kind, text, dt, length, None, None, offset, count
    ndim = rng.choice([0, 1, 1, 2, 2, 3, 4])
    shape = [rng.choice([0, 1, 2, 2, 3, 4, 5, 6]) for _ in range(ndim)]
    if rng.random() < 0.02:
        shape = [-1] if itemsize else [-2]
    if dt is not None and rng.random() < 0.5 and ndim:  # often make it fit
        need = offset + itemsize * int(np.prod(shape))
        length = max(length, min(need + rng.choice([0, 0, 1, itemsize]), 400))
    strides = rnd_strides(rng, shape, itemsize)
    if rng.random() < 0.04:  # many elements over few bytes (repeated by zero strides): the repr's summary
        shape = [rng.choice([1, 2, 7, 40, 333, 1001, 1100]) for _ in range(rng.randint(1, 3))]
        strides = [rng.choice([0, 0, itemsize]) for _ in shape]
    return kind, text, dt, length, shape, strides, offset, -1


def field_op(rng, a):
    """A view of a record array's fields: one, several, a subarray's item, a nested field, a missing one."""
    names = list(a.dtype.names)
    name = rng.choice(names)
    r = rng.random()
    if r < 0.4:
        return "a[%r]" % name
    if r < 0.6:
        return "a[%r]" % rng.sample(names, rng.randint(1, len(names)))
    if r < 0.7:
        return "a[%r]" % "zz"
    sub = a.dtype.fields[name][0]
    if sub.names:
        return "a[%r][%r]" % (name, rng.choice(list(sub.names)))
    if sub.shape:
        return "a[%r][..., %d]" % (name, rng.randint(-1, sub.shape[-1]))
    return rnd_op(rng, "a[%r]" % name, a[name])


def reaches_outside(buf, a):
    """NumPy accepted a layout that reads bytes outside the buffer (one of its holes)."""
    # an empty bytes object's data sits at the end of its header (as in constructor_edges.py)
    start = np.frombuffer(buf, np.uint8).ctypes.data if buf else id(buf) + sys.getsizeof(b"") - 1
    offset = a.__array_interface__["data"][0] - start
    lo = offset + sum(min(0, s * (d - 1)) for s, d in zip(a.strides, a.shape))
    hi = offset + sum(max(0, s * (d - 1)) for s, d in zip(a.strides, a.shape)) + a.itemsize
    return a.size > 0 and (lo < 0 or hi > len(buf))


def numpy_answer(dt, buf, shape, strides, offset, count, expr):
    try:
        if dt is None:
            raise AssertionError("dtype refused")
        if shape is None:
            a = np.frombuffer(buf, dt, count, offset)
        else:
            a = np.ndarray(tuple(shape), dt, buf, offset, None if strides is None else tuple(strides))
        r = a
        if reaches_outside(buf, a):
            return {"ok": False, "type": "BoundsError"}  # a hole of NumPy's: refused before any expression
        if expr is not None:
            r = eval(expr, {"a": a, "np": np, "as_strided": as_strided, "sliding_window_view": sliding_window_view})
    except (SystemError, UnicodeError):  # a scalar str() cannot make (no valid UCS4): not a view question
        return None
    except Exception as e:  # noqa: BLE001 - NumPy's own error
        return {"ok": False, "type": type(e).__name__, "error": str(e)}
    if isinstance(r, np.ndarray) and r.size > 2000:
        return None
    return answer(buf, r)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261206)
    made = 0
    while made < count:
        kind, text, dt, length, shape, strides, offset, cnt = rnd_case(rng)
        buf = bytes(rng.getrandbits(8) for _ in range(length))
        expr = None
        if dt is not None and shape is not None and rng.random() < 0.3:
            try:
                a = np.ndarray(tuple(shape), dt, buf, offset, None if strides is None else tuple(strides))
                if a.size and not reaches_outside(buf, a):
                    expr = field_op(rng, a) if a.dtype.names and rng.random() < 0.6 else rnd_op(rng, "a", a)
                    if rng.random() < 0.3:  # a second operation, only on a view inside the buffer (a copy of
                        # bytes outside it would crash NumPy)
                        x = eval(expr, {"a": a, "np": np, "as_strided": as_strided,
                                        "sliding_window_view": sliding_window_view})
                        if isinstance(x, np.ndarray) and not reaches_outside(buf, x):
                            expr = rnd_op(rng, expr, x)
            except Exception:  # noqa: BLE001 - no view to take an expression of
                expr = None
        if dt is None:  # what NumPy says of the dtype text itself
            try:
                numpy_dtype(text)
            except (SyntaxError, NameError):  # not Python: our input error, no question for NumPy
                continue
            except Exception as e:  # noqa: BLE001
                expect = {"ok": False, "type": type(e).__name__, "error": str(e)}
        elif dt.hasobject or dt.itemsize < 0:  # NumPy reads pointers or takes "S-1": it crashes, no answer
            continue
        else:
            try:
                expect = numpy_answer(dt, buf, shape, strides, offset, cnt, expr)
            except (SystemError, UnicodeError, ValueError, OverflowError):  # a value str() cannot print
                continue
        if expect is None:
            continue
        inp = {"hex": buf.hex(), "dtype": text, "shape": shape, "strides": strides, "offset": offset, "count": cnt}
        if expr is not None:
            inp["expr"] = expr
        print(json.dumps({"id": "z%05d" % made, "category": "expr" if expr else kind, "input": inp,
                          "expect": expect}))
        made += 1


if __name__ == "__main__":
    main()
