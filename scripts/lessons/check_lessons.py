#!/usr/bin/python3
"""Checks every lesson in resources/lessons/ against NumPy itself: builds the array the lesson
loads (np.ndarray(shape, dtype, bytes, offset, strides), then its expression) and compares each
`expect:` line; then applies the `try-*` edits and compares each `try-expect:` line. Run it after
writing or editing a lesson (the Java test LessonsPromiseWhatNumpyGives checks the same lines with
Stridescope's own core). Usage: check_lessons.py [lessons-dir]"""
import ast
import os
import re
import sys

import numpy as np
from numpy.core._multiarray_tests import internal_overlap
from numpy.lib.stride_tricks import as_strided, sliding_window_view

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', 'resources', 'lessons')


def read(path):
    fields, last = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        if line[0] in ' \t':
            fields[-1][1] += ' ' + line.strip()
            continue
        key, _, value = line.partition(':')
        fields.append([key.strip(), value.strip()])
    return fields


def to_bytes(text):
    if text.startswith(("b'", 'b"')):
        return ast.literal_eval(text)
    return bytes.fromhex(text.replace(' ', ''))


def numbers(text):
    text = text.strip().strip('()[]')
    return tuple(int(x) for x in text.split(',') if x.strip())


def dtype(text):
    """A dtype as the form takes it: NumPy's string, or Python for a record dtype (a list, a dict, np.dtype(...))."""
    if text.startswith(('[', '{', '(', 'np.dtype(')):
        return np.dtype(eval(text, {'np': np})) if not text.startswith('np.') else eval(text, {'np': np})
    return text


def build(f):
    buf = to_bytes(f['bytes'])
    f = dict(f, dtype=dtype(f['dtype']))
    shape = f.get('shape', '')
    if shape.strip() == '':
        a = np.frombuffer(buf, f['dtype'], offset=int(f.get('offset') or 0))
    else:
        strides = numbers(f['strides']) if f.get('strides', '').strip() else None
        a = np.ndarray(numbers(shape), f['dtype'], buf, int(f.get('offset') or 0), strides)
    expr = f.get('expr', '').strip()
    if expr:
        a = eval(expr, {'np': np, 'a': a, 'sliding_window_view': sliding_window_view, 'as_strided': as_strided})
    return a, np.frombuffer(buf, np.uint8).__array_interface__['data'][0]


def actual(a, base, what):
    m = re.fullmatch(r'bytes of \[(.*)\]', what)
    if m:
        idx = numbers(m.group(1))
        start = a.__array_interface__['data'][0] - base + sum(i * s for i, s in zip(idx, a.strides))
        return f'{start}..{start + a.itemsize - 1}'
    if what.startswith('['):
        return str(a[numbers(what)])
    if what == 'shape':
        return str(a.shape)
    if what == 'strides':
        return str(a.strides)
    if what == 'dtype':
        return a.dtype.str
    if what == 'overlapping':
        return str(bool(internal_overlap(a)))
    if what in ('c_contiguous', 'f_contiguous', 'aligned', 'writeable'):
        return str(a.flags[what.upper()])
    raise ValueError('unknown expectation ' + what)


def check(name):
    fields = read(os.path.join(DIR, name + '.lesson'))
    f = {k: v for k, v in fields if not k.endswith('expect')}
    bad = 0
    for prefix in ('', 'try-'):
        layout = dict(f)
        for k, v in f.items():
            if prefix and k.startswith(prefix):
                layout[k[len(prefix):]] = v
        a, base = build(layout)
        for key, line in fields:
            if key != prefix + 'expect':
                continue
            what, _, want = (s.strip() for s in line.rpartition('='))
            got = actual(a, base, what)
            if got != want:
                bad += 1
                print(f'{name}: {key}: {what} is {got}, the lesson says {want}')
    return bad


def main():
    names = [l.strip() for l in open(os.path.join(DIR, 'index.txt')) if l.strip() and not l.startswith('#')]
    bad = sum(check(n) for n in names)
    print(f'{len(names)} lessons, {bad} wrong')
    sys.exit(1 if bad else 0)


main()
