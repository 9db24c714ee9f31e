"""What NumPy 1.24 answers for np.dtype(s) over many strings: the rule tests' reference.

Run with Debian's /usr/bin/python3 (has numpy); writes ../resources/dtype/numpy-1.24-dtype-strings.jsonl.
"""
import json, os, string, warnings
import numpy as np

PREFIXES = ['', '<', '>', '=', '|', '!', '<<', '><']
SIZES = ['0', '1', '2', '3', '4', '5', '8', '10', '12', '16', '32', '64', '+4', ' 4', '\t8', '04', '-1', '-4',
         '4x', '4 ', '0x', '2147483647', '2147483648', '536870911', '536870912', '1073741824', '99999999999']
META = ['', '[s]', '[15m]', '[2Y]', '[Y]', '[M]', '[W]', '[D]', '[h]', '[m]', '[ms]', '[us]', '[ns]', '[ps]',
        '[fs]', '[as]', '[μs]', '[generic]', '[2generic]', '[0s]', '[1W]', '[01s]', '[+1s]', '[ 15m]', '[-1s]',
        '[xs]', '[Y2]', '[]', '[', '[s', 'x', ' ', '[s]x', '[s] ', '[s ]', '[ s]', '[2 s]', '[s,2]', '[]]', '[]x',
        '[5]', '[/2]', '[s/]', '[s/2]', '[s/3]', '[s/2x]', '[s/2]x', '[s/ 2]', '[s/+2]', '[s/-1]', '[15m/2]',
        '[D/2]', '[D/7]', '[W/2]', '[W/3]', '[W/4]', '[W/7]', '[W/11]', '[W/168]', '[W/10080]', '[Y/5]', '[Y/12]',
        '[Y/52]', '[Y/365]', '[Y/7]', '[M/4]', '[M/30]', '[M/720]', '[M/7]', '[h/60]', '[h/3600]', '[h/7]',
        '[m/60000]', '[m/7]', '[ms/1000000]', '[us/1000000]', '[ps/1000]', '[fs/1000]', '[fs/1000000]', '[as/2]',
        '[generic/2]', '[1500000000D/2]', '[3Y/365]', '[2147483647s]', '[2147483648s]', '[2147483647ms/1000]',
        '[3000000000ms/1000]', '[s][s]', '[[s]]', '[GENERIC]', '[μ]', '[ns/-2]', '[0s/2]', '[-0s]', '[25h]']
DT = ['M8', 'm8', 'datetime64', 'timedelta64']


def answer(s):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            d = np.dtype(s)
        except Exception as e:  # noqa
            return {'ok': False, 'type': type(e).__name__, 'error': str(e)}
    r = {'ok': True, 'str': d.str, 'itemsize': d.itemsize}
    if d.names is not None or d.subdtype is not None:
        r['structured'] = True
    if d.kind == 'O':
        r['object'] = True
    return r


def candidates():
    names = sorted(k for k in np.sctypeDict if isinstance(k, str))
    for p in PREFIXES:
        for n in names:
            yield p + n
        for c in list(range(0, 128)) + [0xe9, 0x3bc, 0x2028, 0xd800]:
            yield p + chr(c)
        for k in string.ascii_letters + '?':
            for sz in SIZES:
                yield p + k + sz
        for dt in DT:
            for m in META:
                yield p + dt + m
    for n in names:
        yield ' ' + n
        yield n + ' '
        yield n.upper()
        yield n.capitalize()
    yield from ['', 'int33', 'float8', 'uint128', 'complex32', 'int', 'str8', 'bytes8', 'void8', 'datetime',
                'timedelta', 'datetime6', 'datetime64 [s]', 'M16', 'M4', 'i8[s]', 'string', 'Float64', 'uint_',
                "a'b", 'a"b', 'a\'"b', '\x00', 'f8\x00', 'é', 'f8\n', '\tf8', 'i4,f8', 'i4,', '(2,)i4', '2i4',
                '3', '<2i4', '()i4', '(2)i4', 'i4(2,)', '[s]', 'f4, f8', 'M8[s,2]', 'M8[s],i4', ',', '0', '<0',
                '\\', 'f\u00a08', '\u2028', 'f8\ud800', 'M8[μs]x', 'M8[μs/2]x', 'datetime64[μs]x']


def main():
    seen = set()
    out = os.path.join(os.path.dirname(__file__), '..', 'resources', 'dtype', 'numpy-1.24-dtype-strings.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for s in candidates():
            if s in seen or '/0]' in s:  # a zero divisor crashes NumPy 1.24 (SIGFPE)
                continue
            seen.add(s)
            f.write(json.dumps({'dtype': s, 'expect': answer(s)}, ensure_ascii=True) + '\n')
    print(len(seen), 'strings')


main()
