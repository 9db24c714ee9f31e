"""NumPy 1.24's np.format_float_positional / np.format_float_scientific on random float16/32/64
bit patterns and random options: the digits Dragon4 prints with cutoffs, minimums, trims, pads.

Run with Debian's /usr/bin/python3 (has numpy); writes
../resources/format/numpy-1.24-format-float.jsonl.gz as one line per call: the dtype, the bit
pattern, the function ("kind"), its keyword arguments and the text it returned.
"""
import gzip, json, os, random
import numpy as np

rng = random.Random(20261126)
TYPES = {"<f2": (np.float16, 16), "<f4": (np.float32, 32), "<f8": (np.float64, 64)}
TRIMS = ["k", ".", "0", "-"]
out = []
while len(out) < 6000:
    code = rng.choice(list(TYPES))
    t, nbits = TYPES[code]
    bits = rng.getrandbits(nbits)
    if rng.random() < 0.25:
        bits &= (1 << rng.randint(1, nbits)) - 1  # small values and subnormals
    x = np.frombuffer(bits.to_bytes(nbits // 8, "little"), dtype=code)[0]
    if not np.isfinite(x) and rng.random() < 0.8:
        continue
    kind = rng.choice(["positional", "scientific"])
    unique = rng.random() < 0.7
    precision = rng.choice([None, 0, 1, 2, 3, 5, 8, 9, 12, 17, 25]) if unique else rng.choice([0, 1, 3, 8, 9, 17, 30])
    min_digits = rng.choice([None, None, 0, 1, 3, 8, 10])
    if precision is not None and min_digits is not None and min_digits > precision:
        min_digits = None
    opts = {"precision": precision, "unique": unique, "trim": rng.choice(TRIMS), "sign": rng.random() < 0.3,
            "pad_left": rng.choice([None, None, 0, 2, 5]), "min_digits": min_digits}
    if kind == "positional":
        opts["fractional"] = rng.random() < 0.6
        opts["pad_right"] = rng.choice([None, None, 0, 3, 9])
        try:
            text = np.format_float_positional(x, **opts)
        except ValueError:  # options NumPy refuses are not Dragon4's business
            continue
    else:
        opts["exp_digits"] = rng.choice([None, None, 1, 3])
        try:
            text = np.format_float_scientific(x, **opts)
        except ValueError:
            continue
    out.append({"dtype": code, "bits": bits, "kind": kind, **opts, "text": text})
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "format",
                    "numpy-1.24-format-float.jsonl.gz")
with gzip.open(path, "wt") as f:
    for c in out:
        f.write(json.dumps(c) + "\n")
