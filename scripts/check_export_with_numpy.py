#!/usr/bin/python3
"""Checks `stridescope export` against NumPy: for views of random bytes (several dtypes, both byte
orders, negative strides, expressions), the .npy must be what np.load reads as the same view, bit for
bit; the .bin the view's bytes in C order; the CSV one row per last-axis line of str() of each value.

Usage: /usr/bin/python3 scripts/check_export_with_numpy.py [path/to/stridescope.jar]
(build the jar first: mvn -q -B install -DskipTests). Exit status 1 on any difference.
"""
import os
import subprocess
import sys
import tempfile

import numpy as np

JAR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "app", "target",
                                                           "stridescope.jar")
rng = np.random.default_rng(4)
BUF = rng.integers(0, 256, 192, dtype=np.uint8).tobytes()

# (dtype, shape, strides, offset, expression): the same text goes to Stridescope and to NumPy.
CASES = [
    ("<u2", (3, 4), (32, -4), 14, None),
    ("<u2", (3, 4), (32, -4), 14, "a[::2, 1:].T"),
    (">i4", (4, 5), (40, 8), 4, "np.flip(a, 0)[:, ::2]"),
    ("<f8", (3, 3), (64, 8), 0, "a.T"),
    (">f4", (6, 2), (-16, 4), 160, "a[1::2]"),
    ("|u1", (5, 7), (21, 3), 2, "a[:, ::-1]"),
    ("<c8", (2, 3), (48, 8), 8, "a.T"),
    (">i8", (10,), (-16,), 176, "a[::3]"),
    ("<i2", (2, 3, 4), (48, 16, 2), 0, "np.moveaxis(a, 0, -1)"),
    ("<f4", (), (), 12, None),
]


def run(args):
    return subprocess.run(["java", "-jar", JAR, "export"] + args, capture_output=True, text=True)


def main():
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        for dtype, shape, strides, offset, expr in CASES:
            a = np.ndarray(shape, dtype, BUF, offset, strides)
            view = eval(expr, {"np": np, "a": a}) if expr else a
            layout = ["--hex", BUF.hex(), "--dtype", dtype, "--shape", ",".join(map(str, shape)),
                      "--strides", ",".join(map(str, strides)), "--offset", str(offset)]
            if expr:
                layout += ["--expr", expr]
            name = f"{dtype} {shape} {strides} +{offset} {expr or ''}"
            for ext in ("npy", "bin", "csv"):
                out = os.path.join(work, "view." + ext)
                r = run(layout + ["--to", out])
                if r.returncode != 0 or r.stdout:
                    print(f"FAIL {name} .{ext}: exit {r.returncode}, stdout {r.stdout!r}, stderr {r.stderr!r}")
                    failures += 1
                    continue
                if ext == "npy":
                    back = np.load(out)
                    ok = (back.dtype.str == view.dtype.str and back.shape == view.shape
                          and back.flags.c_contiguous and back.tobytes() == view.tobytes())
                elif ext == "bin":
                    ok = open(out, "rb").read() == view.tobytes()
                else:
                    rows = view.reshape(1, 1) if view.ndim == 0 else view.reshape(-1, view.shape[-1])
                    expect = "".join(",".join(str(x) for x in row) + "\n" for row in rows)
                    ok = open(out, encoding="utf-8").read() == expect
                print(("ok   " if ok else "FAIL ") + name + " ." + ext)
                failures += not ok
    print(f"{failures} difference(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
