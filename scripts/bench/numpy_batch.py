#!/usr/bin/env python3
"""NumPy doing what `stridescope inspect --batch` does, in one Python process: build each case with
np.frombuffer / np.ndarray and take str() of every element, printing one JSON line per case.
Run with /usr/bin/python3 (Debian's python3-numpy)."""
import json
import sys

import numpy as np


def answer(line):
    c = json.loads(line)
    buf = bytes.fromhex(c.get("hex", ""))
    try:
        dt = np.dtype(c.get("dtype", "<f8"))
        if c.get("shape") is None:
            a = np.frombuffer(buf, dtype=dt, count=c.get("count", -1), offset=c.get("offset", 0))
        else:
            a = np.ndarray(tuple(c["shape"]), dt, buffer=buf, offset=c.get("offset", 0),
                           strides=None if c.get("strides") is None else tuple(c["strides"]))
        base = np.frombuffer(buf, dtype=np.uint8).__array_interface__["data"][0] if buf else 0
        start = a.__array_interface__["data"][0]
        elements = [{"index": list(i), "byte": start - base + int(np.dot(i, a.strides)) if i else start - base,
                     "value": str(a[i])} for i in np.ndindex(a.shape)]
        return {"ok": True, "dtype": a.dtype.str, "shape": list(a.shape), "strides": list(a.strides),
                "flags": {"c_contiguous": a.flags.c_contiguous, "f_contiguous": a.flags.f_contiguous,
                          "aligned": a.flags.aligned, "writeable": a.flags.writeable},
                "elements": elements}
    except Exception as e:  # noqa: BLE001 - the point is to report NumPy's error
        return {"ok": False, "type": type(e).__name__, "error": str(e)}


def main():
    src = open(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "-" else sys.stdin
    for line in src:
        if line.strip():
            sys.stdout.write(json.dumps(answer(line)) + "\n")


if __name__ == "__main__":
    main()
