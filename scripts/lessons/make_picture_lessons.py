#!/usr/bin/python3
"""Makes the bytes of the three picture lessons (issue 14): small uint8 pictures, 24 rows of 32
bytes, drawn so that each lesson's effect shows at a glance in the grid's first columns and in a
picture. Rewrites only the `bytes:` value of resources/lessons/{row-padding,wrong-stride-shears,
transposed-picture}.lesson; the text and the expectations are written by hand and checked by
scripts/lessons/check_lessons.py (NumPy) and the Java tests. Usage: make_picture_lessons.py [--print]"""
import os
import re
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, '..', '..', 'resources', 'lessons')
ROWS = 24


def row_padding():
    """A 30 x 24 picture (a gradient and a bright disc), each row padded to 32 bytes with 255, 255."""
    y, x = np.mgrid[0:ROWS, 0:30]
    img = 10 + 4 * x + 3 * y
    img[(x - 9) ** 2 + (y - 9) ** 2 <= 25] = 230
    rows = np.full((ROWS, 32), 255, np.uint8)
    rows[:, :30] = img
    return rows.tobytes()


def wrong_stride_shears():
    """A 32 x 24 picture: a vertical bar (columns 3, 4) and a disc on a dark ground, rows back to back."""
    y, x = np.mgrid[0:ROWS, 0:32]
    img = np.full((ROWS, 32), 40, np.uint8)
    img[(x - 20) ** 2 + (y - 14) ** 2 <= 25] = 150
    img[:, 3:5] = 220
    return img.tobytes()


def transposed_picture():
    """A letter F, 24 rows by 32 columns, stored column by column (Fortran order, as MATLAB writes)."""
    img = np.full((ROWS, 32), 30, np.uint8)
    img[2:22, 2:5] = 230  # the stem
    img[2:5, 2:28] = 230  # the top bar
    img[10:13, 2:18] = 230  # the middle bar
    return img.tobytes(order='F')


LESSONS = {'row-padding': row_padding, 'wrong-stride-shears': wrong_stride_shears,
           'transposed-picture': transposed_picture}


def hex_lines(data):
    """Two picture rows (64 bytes) a line, 32-byte groups: 'bytes:' then indented lines."""
    lines = []
    for i in range(0, len(data), 64):
        chunk = data[i:i + 64]
        lines.append('  ' + ' '.join(chunk[j:j + 32].hex() for j in range(0, len(chunk), 32)))
    return 'bytes:\n' + '\n'.join(lines) + '\n'


def main():
    for name, make in LESSONS.items():
        block = hex_lines(make())
        if '--print' in sys.argv:
            print(name + ':\n' + block)
            continue
        path = os.path.join(DIR, name + '.lesson')
        text = open(path, encoding='utf-8').read()
        # the bytes: line and the indented lines that continue it
        new, n = re.subn(r'^bytes:.*\n(?:[ \t]+.*\n)*', lambda m: block, text, count=1, flags=re.M)
        if n != 1:
            sys.exit(path + ': no bytes: line to replace')
        open(path, 'w', encoding='utf-8').write(new)
        print(path, len(make()), 'bytes')


main()
