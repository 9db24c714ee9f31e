#!/usr/bin/python3
"""Random edge cases of np.ndarray(shape, dtype, buffer, offset, strides) and np.frombuffer,
answered by the NumPy this runs under (1.24), one JSON object per line on stdout.

Where NumPy accepts a view that reads outside the buffer (its holes), the expected answer is
Stridescope's BoundsError. A one-axis shape of -1 with a zero-byte dtype crashes NumPy (division
by zero) unless an earlier check raises: such cases are asked in a child process, and a crash
expects Stridescope's InputError.
Usage: constructor_edges.py [count] [seed]"""
import json
import math
import random
import subprocess
import sys

import numpy as np

DTYPES = ['u1', '<i2', '>i4', '<f8', '>f4', '<c16', 'c8', 'S3', 'S0', 'U1', 'U3', 'U0', 'V0', 'V5', '<M8[s]', 'm8[15m]', '?']
LENGTHS = [0, 1, 7, 8, 15, 16, 17, 24, 64]
DIMS = [-2, -1, 0, 1, 1, 2, 2, 3, 3, 5]
HUGE = [2**31, 2**40, 2**61 + 3, 2**62, 2**63 - 1]
STRIDES = [-16, -8, -3, -1, 0, 0, 1, 2, 3, 4, 8, 8, 12, 16, 2**40, 2**62, -2**62]
OFFSETS = [-9, -8, -1, 0, 0, 0, 1, 3, 4, 8, 15, 16, 17, 24, 2**62]
COUNTS = [-5, -1, -1, 0, 1, 2, 3, 100, 2**61 + 3, 2**63 - 1]


def case(rnd):
    dtype = rnd.choice(DTYPES)
    length = rnd.choice(LENGTHS)
    offset = rnd.choice(OFFSETS)
    if rnd.random() < 0.25:
        return dict(dtype=dtype, length=length, shape=None, strides=None, offset=offset, count=rnd.choice(COUNTS))
    r = rnd.random()
    if r < 0.03:
        shape = [1] * rnd.choice([32, 33, 34])
    elif r < 0.12:
        shape = [-1]
    else:
        shape = [rnd.choice(DIMS) if rnd.random() > 0.05 else rnd.choice(HUGE) for _ in range(rnd.randint(0, 4))]
    strides = None
    if rnd.random() < 0.6:
        n = len(shape) if rnd.random() > 0.05 else len(shape) + rnd.choice([-1, 1, 30])
        strides = [rnd.choice(STRIDES) for _ in range(max(n, 0))]
    return dict(dtype=dtype, length=length, shape=shape, strides=strides, offset=offset, count=-1)


def answer(c, in_child=False):
    buf = bytes(c['length'])
    dt = np.dtype(c['dtype'])
    if c['shape'] == [-1] and dt.itemsize == 0 and not in_child:
        child = subprocess.run([sys.executable, __file__, '--one', json.dumps(c)], capture_output=True, text=True)
        return json.loads(child.stdout) if child.returncode == 0 else {'ok': False, 'type': 'InputError'}
    try:
        if c['shape'] is None:
            a = np.frombuffer(buf, dt, c['count'], c['offset'])
        else:
            a = np.ndarray(tuple(c['shape']), dt, buf, c['offset'],
                           None if c['strides'] is None else tuple(c['strides']))
    except Exception as e:
        return {'ok': False, 'type': type(e).__name__, 'error': str(e)}
    offset = a.__array_interface__['data'][0] - (id(buf) + sys.getsizeof(b'') - 1)
    if math.prod(a.shape) > 0:  # a.size wraps for huge zero-byte arrays
        low = offset + sum(min(0, s * (d - 1)) for s, d in zip(a.strides, a.shape))
        end = offset + sum(max(0, s * (d - 1)) for s, d in zip(a.strides, a.shape)) + dt.itemsize
        if low < 0 or end > len(buf):
            return {'ok': False, 'type': 'BoundsError'}
    f = a.flags
    return {'ok': True, 'shape': list(a.shape), 'strides': list(a.strides), 'offset': offset,
            'flags': {'c_contiguous': f.c_contiguous, 'f_contiguous': f.f_contiguous, 'aligned': f.aligned,
                      'writeable': f.writeable}}


def main():
    if sys.argv[1:2] == ['--one']:
        print(json.dumps(answer(json.loads(sys.argv[2]), in_child=True)))
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    for k in range(count):
        c = case(rnd)
        category = 'frombuffer' if c['shape'] is None else 'ndarray' if c['strides'] is None else 'ndarray-strides'
        expect = answer(c)
        c = dict(c, hex='00' * c.pop('length'))
        print(json.dumps({'id': 'e%05d' % k, 'category': category, 'input': c, 'expect': expect}))


if __name__ == '__main__':
    main()
