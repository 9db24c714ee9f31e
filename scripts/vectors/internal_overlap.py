#!/usr/bin/python3
"""Layouts with and without internal overlap (some byte read by two elements), answered by
NumPy 1.24's exact solver (numpy.core._multiarray_tests.internal_overlap, the question ufuncs
ask of an output array). One JSON object per line: itemsize, shape, strides, overlapping.
Named cases (broadcast, sliding windows, ...) first, then random small as_strided layouts.
Usage: internal_overlap.py [count] [seed]"""
import json
import random
import sys

import numpy as np
from numpy.core._multiarray_tests import internal_overlap
from numpy.lib.stride_tricks import as_strided, sliding_window_view

BUF = bytes(4096)


def view(itemsize, shape, strides):
    lo = sum((n - 1) * s for n, s in zip(shape, strides) if s < 0)
    return np.ndarray(shape, f'V{itemsize}', BUF, -lo, strides)


def emit(name, a):
    print(json.dumps(dict(name=name, itemsize=a.itemsize, shape=list(a.shape), strides=list(a.strides),
                          overlapping=bool(internal_overlap(a)))))


def named():
    x = np.arange(24, dtype='<i4')
    emit('c order', x.reshape(4, 6))
    emit('transpose', x.reshape(4, 6).T)
    emit('fortran order', np.asfortranarray(x.reshape(4, 6)))
    emit('negative strides', x.reshape(4, 6)[::-1, ::-2])
    emit('every other row', x.reshape(4, 6)[::2])
    emit('broadcast row', np.broadcast_to(x[:6], (3, 6)))
    emit('broadcast scalar', np.broadcast_to(x[0], (2, 2)))
    emit('stride 0 on a length-1 axis', as_strided(x, (1, 4), (0, 4)))
    emit('sliding windows', sliding_window_view(x, 3))
    emit('sliding windows step 3', sliding_window_view(x, 3)[::3])
    emit('2-d sliding windows', sliding_window_view(x.reshape(4, 6), (2, 2)))
    emit('rows overlap by one element', as_strided(x, (3, 4), (12, 4)))
    emit('rows just touch', as_strided(x, (3, 4), (16, 4)))
    emit('half-element stride', as_strided(x, (3,), (2,)))
    emit('interleaved, no overlap', as_strided(x.view(np.int8), (2, 3), (3, 2)))
    emit('interleaved, overlap', as_strided(x.view(np.int8), (2, 3), (4, 2)))
    emit('complex real part', (x.view('<c8')).real)
    emit('empty', x[:0])
    emit('0-d', np.ndarray((), '<i4', x))
    emit('diagonal', x.reshape(4, 6)[:, :4].diagonal())


def rand(rnd):
    itemsize = rnd.choice([1, 1, 2, 4, 8])
    ndim = rnd.randint(1, 4)
    shape = [rnd.choice([1, 2, 2, 3, 4, 5]) for _ in range(ndim)]
    strides = [rnd.choice([-12, -8, -5, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 16, 24, 40]) for _ in range(ndim)]
    a = view(itemsize, shape, strides)
    emit('random', a)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 6)
    named()
    for _ in range(count):
        rand(rnd)


main()
