#!/usr/bin/python3
"""Writes the .npy/.npz files the reader is tested against, made by NumPy itself, into
core/src/test/resources/npy/, plus index.tsv saying what NumPy put in each:

file, member ('' for .npy), header version, descr, fortran_order, shape (comma list),
data offset (header length), the data bytes as hex (in the file's own order), and the strides of
the array np.load gives, and (base64) the CSV an export of it must write: one row per last-axis
line, each value str() of the element, quoted by Python's csv module where needed.

Rerun: /usr/bin/python3 scripts/make_npy_fixtures.py
"""
import base64, csv, io, os, shutil, warnings
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'core', 'src', 'test', 'resources', 'npy')
rng = np.random.default_rng(20261125)

def arrays():
    ints = rng.integers(-100, 100, 6)
    for order in '<>':
        for code in ['i2', 'i4', 'i8', 'u2', 'u4', 'u8', 'f2', 'f4', 'f8', 'c8', 'c16', 'U3', 'M8[s]', 'm8[ms]']:
            if code.startswith('U'):
                a = np.array(['ab', 'xyz', '\u00e9'], dtype=order + code)
            elif code.startswith(('M', 'm')):
                a = ints.astype(order + code)
            else:
                a = (ints / 3).astype(order + code) if code[0] in 'fc' else np.abs(ints).astype(order + code)
            yield 'x%s_%s' % ({'<': 'le', '>': 'be'}[order], code.replace('[', '_').replace(']', '')), a
    yield 'bool', np.array([True, False, True])
    yield 'int8', ints.astype('i1')
    yield 'uint8', np.abs(ints).astype('u1')
    yield 'bytes5', np.array([b'ab', b'hello', b''], dtype='S5')
    yield 'void4', np.frombuffer(b'abcdefgh', dtype='V4')
    yield 'fortran_2x3', np.asfortranarray(np.arange(6, dtype='<i4').reshape(2, 3))
    yield 'fortran_3d', np.asfortranarray(np.arange(24, dtype='>f8').reshape(2, 3, 4))
    yield 'c_3d', np.arange(24, dtype='<u2').reshape(2, 3, 4)
    yield 'zero_d', np.array(3.5)
    yield 'empty_0x3', np.zeros((0, 3), dtype='<f4')
    yield 'empty_1d', np.zeros(0, dtype='<i8')

def csv_text(a):
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\n')
    rows = a.reshape(1, 1) if a.ndim == 0 else a.reshape(-1, a.shape[-1]) if a.size else np.zeros((0,))
    if a.ndim > 0 and a.size == 0:
        rows = [[]] * (int(np.prod(a.shape[:-1])) if a.shape[-1] == 0 else 0)
    for r in rows:
        w.writerow([str(x) for x in r])
    return out.getvalue()

def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    rows = []
    def row(file, member, version, a, raw):
        hl = raw.index(b'\n') + 1
        shape = ','.join(str(d) for d in a.shape)
        data = a.tobytes(order='F' if np.isfortran(a) and a.ndim > 1 else 'C')
        rows.append('\t'.join([file, member, '%d.0' % version, np.lib.format.dtype_to_descr(a.dtype),
                               str(np.isfortran(a) and a.ndim > 1), shape, str(hl), data.hex(),
                               ','.join(str(k) for k in np.load(io.BytesIO(raw)).strides),
                               base64.b64encode(csv_text(a).encode('utf-8')).decode('ascii')]))
    for name, a in arrays():
        np.save(os.path.join(OUT, name + '.npy'), a)
        with open(os.path.join(OUT, name + '.npy'), 'rb') as f:
            raw = f.read()
        row(name + '.npy', '', raw[6], a, raw)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for version in (2, 3):
            a = np.arange(5, dtype='>i4')
            name = 'version%d.npy' % version
            with open(os.path.join(OUT, name), 'wb') as f:
                np.lib.format.write_array(f, a, version=(version, 0))
            with open(os.path.join(OUT, name), 'rb') as f:
                raw = f.read()
            row(name, '', version, a, raw)
    # A header as Python 2 and old NumPy wrote it: 'L' suffixes, 16-byte alignment, no spare room.
    a = np.arange(6, dtype='<i4').reshape(2, 3)
    header = b"{'descr': '<i4', 'fortran_order': False, 'shape': (2L, 3L), }"
    pad = 16 - (10 + len(header) + 1) % 16
    raw = b'\x93NUMPY\x01\x00' + (len(header) + pad + 1).to_bytes(2, 'little') + header + b' ' * pad + b'\n' + a.tobytes()
    with open(os.path.join(OUT, 'python2_header.npy'), 'wb') as f:
        f.write(raw)
    assert (np.load(os.path.join(OUT, 'python2_header.npy')) == a).all()
    row('python2_header.npy', '', 1, a, raw)
    members = {'first': np.arange(4, dtype='<i2'), 'second': np.array([[1.5, 2.5]], dtype='>f8'),
               'text': np.array(['hi'], dtype='<U2')}
    for kind, save in (('stored', np.savez), ('deflated', np.savez_compressed)):
        name = 'archive_%s.npz' % kind
        save(os.path.join(OUT, name), **members)
        for key, a in members.items():
            buf = io.BytesIO()
            np.save(buf, a)
            raw = buf.getvalue()
            row(name, key + '.npy', 1, a, raw)
    with open(os.path.join(OUT, 'index.tsv'), 'w') as f:
        f.write('\n'.join(rows) + '\n')
    print('wrote', len(rows), 'arrays to', os.path.normpath(OUT))

main()
