#!/usr/bin/python3
"""Writes core/src/test/resources/paste/formats.tsv: byte strings in every paste format, as the
real tools print them (Python repr, xxd, xxd -i, hexdump -C, base64), so the paste parser is
tested against the tools and not against itself.

Each line: case name, TAB, expected bytes as hex, TAB, format, TAB, the pasted text as base64.
Rerun: /usr/bin/python3 scripts/make_paste_fixtures.py
"""
import base64, os, random, subprocess, tempfile

OUT = os.path.join(os.path.dirname(__file__), '..', 'core', 'src', 'test', 'resources', 'paste', 'formats.tsv')

def tool(args, data):
    return subprocess.run(args, input=data, stdout=subprocess.PIPE, check=True).stdout.decode('ascii')

def xxd_i_file(data):
    """xxd -i of a file: a full C declaration, unsigned char data_bin[] = {...};"""
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'data.bin'), 'wb') as f:
            f.write(data)
        return subprocess.run(['xxd', '-i', 'data.bin'], cwd=d, stdout=subprocess.PIPE, check=True).stdout.decode('ascii')

def cases():
    rnd = random.Random(20261125)
    yield 'seed', b'aaabaaacaaadaaae'
    yield 'empty', b''
    yield 'one', b'\x00'
    yield 'all_bytes', bytes(range(256))
    yield 'quotes', b'it\'s "quoted" \\ back\\slash'
    yield 'repeated_lines', b'\x00' * 100 + b'abc' + b'\xff' * 64
    yield 'ascii_text', b'Hello, world!\nSecond line\ttab\r\n'
    for k in range(20):
        n = rnd.choice([1, 2, 3, 15, 16, 17, 31, 33, 64, 100, 257])
        alphabet = rnd.choice([range(256), range(32, 127), [0, 1, 255, 97]])
        yield 'random_%d' % k, bytes(rnd.choice(alphabet) for _ in range(n))

# Bytes literals as a person might paste them; the expected bytes are what Python makes of them.
LITERALS = [
    r"b'aaabaaacaaadaaae'",
    r"""b'\a\b\f\n\r\t\v\\\'\"'""",
    r'''b"it's \"both\""''',
    r"b'\0\00\000\1\12\123\1234\377\400\777'",
    r"b'\x00\xff\xAb\x7F'",
    r"b'\q\N\u1234\U0001F600\ \8\9'",
    "b'line one \\\ncontinued'",
    r"rb'\x41\n\''",
    r"Rb'raw\\'",
    r"BR'\d+'",
    "b'''triple 'quoted'\nwith a line break'''",
    'b"""double triple "" inside"""',
    """b'ab' b"cd"  b'ef'""",
    "(b'first line '\n b'second line')",
    r"'\x41 plain string'",
    r'"C string\n\t\x7f"',
    "b''",
]

def main():
    rows = []
    for k, src in enumerate(LITERALS):
        data = eval(src)
        if isinstance(data, str):
            data = data.encode('latin-1')
        rows.append('\t'.join(['literal_%d' % k, data.hex(), 'literal', base64.b64encode(src.encode('ascii')).decode('ascii')]))
    for name, data in cases():
        texts = {
            'repr': repr(data),
            'xxd': tool(['xxd'], data),
            'xxd_g1': tool(['xxd', '-g1'], data),
            'xxd_i': tool(['xxd', '-i'], data),
            'xxd_p': tool(['xxd', '-p'], data),
            'xxd_a': tool(['xxd', '-a'], data),
            'xxd_i_file': xxd_i_file(data),
            'hexdump_c': tool(['hexdump', '-C'], data),
            'hex_spaced': data.hex(' '),
            'hex_colon': data.hex(':'),
            'python_list': repr(list(data)),
            'java_array': 'new byte[]{' + ', '.join(str(b - 256 if b > 127 else b) for b in data) + '}',
        }
        if data:
            texts['base64'] = base64.b64encode(data).decode('ascii')
        for fmt, text in texts.items():
            if fmt == 'hex_spaced' and not data:
                continue
            rows.append('\t'.join([name, data.hex(), fmt, base64.b64encode(text.encode('ascii')).decode('ascii')]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        f.write('\n'.join(rows) + '\n')
    print('wrote', len(rows), 'cases to', os.path.normpath(OUT))

main()
