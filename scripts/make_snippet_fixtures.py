#!/usr/bin/python3
"""Writes core/src/test/resources/snippets/numpy-snippets.tsv: NumPy code as people paste it, and
the array NumPy 1.24 makes when it runs it over s = bytes(range(64)) (or the bytes the snippet
defines itself). Each line: name, the code (base64), dtype.str, shape, strides, offset of a[0,...]
in the buffer ('-' when the code cannot say: an __array_interface__ holds an address), buffer
length.

Rerun: /usr/bin/python3 scripts/make_snippet_fixtures.py
"""
import ast, base64, os
import numpy as np
from numpy.lib.stride_tricks import as_strided

OUT = os.path.join(os.path.dirname(__file__), '..', 'core', 'src', 'test', 'resources', 'snippets', 'numpy-snippets.tsv')

SNIPPETS = {
    'issue_ndarray': "np.ndarray((2, 2), '>i4', buffer=s, strides=(8, 4))",
    'issue_frombuffer': "np.frombuffer(s, dtype='>i4', count=4)",
    'issue_as_strided': "x = np.frombuffer(s, dtype='<i2')\nnp.lib.stride_tricks.as_strided(x, (3, 3), (4, 2))",
    'ndarray_positional': "np.ndarray((3,), np.float32, s, 8, (-4,))",
    'ndarray_int_shape': "np.ndarray(4, dtype=np.uint16, buffer=s, offset=2)",
    'ndarray_fortran': "np.ndarray((2, 3), dtype='<i2', buffer=s, order='F')",
    'ndarray_zero_d': "np.ndarray((), '<f8', s, 16)",
    'ndarray_np_dtype': "np.ndarray(shape=(2, 2), dtype=np.dtype('>u2'), buffer=s, offset=4, strides=(4, -2))",
    'ndarray_python_float': "np.ndarray(shape=(2,), dtype=float, buffer=s)",
    'ndarray_names': "shape = (2, 3)\nst = (12, 4)\na = np.ndarray(shape, '<i4', s, 0, st)",
    'console': ">>> import numpy as np\n>>> s = bytes(range(64))\n>>> a = np.frombuffer(s, dtype=np.int8, offset=10, count=5)\n",
    'frombuffer_default': "np.frombuffer(s)",
    'frombuffer_literal': "s = b'aaabaaacaaadaaae'\na = np.frombuffer(s, dtype='<u4')",
    'frombuffer_fromhex': "buf = bytes.fromhex('00010203 04050607')\nnp.frombuffer(buf, '>i2', offset=2)",
    'as_strided_keywords': "from numpy.lib.stride_tricks import as_strided\nx = np.frombuffer(s, np.uint8, offset=3)\n"
                           "y = as_strided(x, shape=(4, 4), strides=(1, 0))",
    'as_strided_inline': "as_strided(np.frombuffer(s, '<f4'), (2, 2), (8, 4))",
    'as_strided_broadcast': "x = np.frombuffer(s, '<i8', count=2)\nas_strided(x, shape=(3, 2), strides=(0, 8))",
    'comments': "# a view of the bytes\na = np.ndarray((2,), '<i4', buffer=s,  # two ints\n               offset=4)",
    'our_own_code': "import numpy as np\nbuf = bytes.fromhex('000102030405060708090a0b0c0d0e0f')\n"
                    "a = np.ndarray(shape=(2, 2), dtype='>i2', buffer=buf, offset=2, strides=(6, -2))\n",
}

def offset_of(a, buf):
    return a.__array_interface__['data'][0] - np.frombuffer(buf, np.uint8).__array_interface__['data'][0]

def main():
    rows = []
    for name, code in SNIPPETS.items():
        env = {'np': np, 'as_strided': as_strided, 's': bytes(range(64))}
        source = '\n'.join(l[4:] if l.startswith(('>>> ', '... ')) else l for l in code.split('\n'))
        tree = ast.parse(source)
        last = tree.body[-1]
        exec(compile(ast.Module(tree.body[:-1], []), name, 'exec'), env)
        if isinstance(last, ast.Expr):
            a = eval(compile(ast.Expression(last.value), name, 'eval'), env)
        else:
            exec(compile(ast.Module([last], []), name, 'exec'), env)
            a = env[last.targets[0].id]
        buf = a.base if isinstance(a.base, bytes) else env.get('buf', env['s'])
        while not isinstance(buf, bytes):
            buf = buf.base
        rows.append('\t'.join([name, base64.b64encode(code.encode()).decode(), a.dtype.str,
                               ','.join(map(str, a.shape)), ','.join(map(str, a.strides)), str(offset_of(a, buf)),
                               str(len(buf))]))
    for name, a in {'interface_strided': np.frombuffer(bytes(range(64)), '<i4').reshape(4, 4)[::2, 1:],
                    'interface_contiguous': np.frombuffer(bytes(range(64)), '>u2'),
                    'interface_zero_d': np.frombuffer(bytes(range(8)), '<f8').reshape(())}.items():
        rows.append('\t'.join([name, base64.b64encode(repr(a.__array_interface__).encode()).decode(), a.dtype.str,
                               ','.join(map(str, a.shape)), ','.join(map(str, a.strides)), '-', '64']))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        f.write('\n'.join(rows) + '\n')
    print('wrote', len(rows), 'snippets to', os.path.normpath(OUT))

main()
