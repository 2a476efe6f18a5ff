#!/usr/bin/env python3
"""Write the fixtures of the number/string formatting tests (package org.ramjet.objects.format).

CPython 3.11 is the oracle: this script runs it over many inputs and writes what it returns or
raises under objmodel/src/test/resources/format/. The JUnit tests read those files and never
need CPython. Re-run after adding cases:   tools/gen-format-fixtures.py

Formats. Most files are JSON lines: one JSON array per case. A float is written as the 16 hex
digits of its IEEE bits, an int as a decimal string, and a result as {"ok": value} or
{"err": "ValueError", "msg": "..."}. Python objects passed to %-formatting and str.format are
tagged: see encode(). Big files are gzipped. Random cases use fixed seeds, so the files only
change when the cases do.
"""
import gzip
import json
import math
import os
import random
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen-format-fixtures: need CPython 3.11, this is %s" % sys.version.split()[0])

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "objmodel", "src", "test", "resources", "format")


def bits(x):
    return struct.pack(">d", x).hex()


def from_bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def result(f, conv=lambda v: v):
    try:
        return {"ok": conv(f())}
    except Exception as e:  # noqa: BLE001 - the exception is the expected result
        return {"err": type(e).__name__, "msg": str(e) if not isinstance(e, KeyError) else repr(e.args[0])}


def write_jsonl(name, rows, compress=False):
    path = os.path.join(OUT, name + (".gz" if compress else ""))
    data = "".join(json.dumps(r, ensure_ascii=True, separators=(",", ":")) + "\n" for r in rows)
    if compress:
        with gzip.GzipFile(path, "wb", mtime=0) as f:
            f.write(data.encode("ascii"))
    else:
        with open(path, "w", encoding="ascii", newline="\n") as f:
            f.write(data)
    print("%-40s %7d cases" % (name, len(rows)))


# ---------------------------------------------------------------------------------------------
# doubles

def random_double(rng):
    while True:
        x = from_bits("%016x" % rng.getrandbits(64))
        if math.isfinite(x):
            return x


def edge_doubles():
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 1e-323, 1.5e-323,
          2.2250738585072009e-308, 2.2250738585072014e-308, 1.7976931348623157e308,
          -1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, math.pi, math.e, 2.675, 1.005,
          0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 1e16, 1e16 - 2, 1e17, 9999999999999998.0,
          123456789012345.0, 1234567890123456.0, 12345678901234567.0, 1.2345678901234567e16,
          1e-4, 1e-5, 0.0001, 0.00011, 9.999999999999999e-05, 1e22, 1e23, 1e21, 5e-310,
          4.35, 0.045, 1.45, 2.345, 100.0, 1000.0, 1e100, 1.1e-100]
    for e in range(-1074, 1024):
        xs.append(math.ldexp(1.0, e))
    for e in range(-323, 309):
        p = float("1e%d" % e)
        xs += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    for n in (2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 54 + 2, 2 ** 63, 2 ** 64, 10 ** 15, 10 ** 16):
        xs += [float(n), -float(n)]
    return xs


def gen_repr():
    rng = random.Random(20240611)
    xs = []
    for _ in range(40000):
        xs.append(random_double(rng))
    for _ in range(20000):
        xs.append(rng.random() * 10.0 ** rng.randint(-25, 25) * rng.choice((1, -1)))
    for _ in range(20000):
        k = rng.randint(1, 17)
        xs.append(float("%.*g" % (k, random_double(rng))))
    for _ in range(20000):
        xs.append(math.ldexp(rng.randint(0, 2 ** 53), rng.randint(-80, 80)))
    for _ in range(10000):
        xs.append(from_bits("%016x" % rng.getrandbits(52)))
    path = os.path.join(OUT, "repr_random.txt.gz")
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write("".join(repr(x) + "\n" for x in xs).encode("ascii"))
    print("%-40s %7d cases" % ("repr_random.txt.gz", len(xs)))
    write_jsonl("repr_edge.jsonl", [[bits(x), repr(x)] for x in edge_doubles()], compress=True)


def halfway_doubles(rng):
    """Values whose exact binary expansion ends in 5 at some decimal position: true ties."""
    out = []
    for _ in range(3000):
        j = rng.randint(1, 12)
        out.append(rng.randint(0, 10 ** 6) / 2 ** j)
    for _ in range(1000):
        out.append(rng.randint(0, 2 ** 53) / 2 ** rng.randint(1, 60))
    return out


def gen_float_precision():
    rng = random.Random(77)
    rows = []
    values = []
    for _ in range(15000):
        values.append(random_double(rng))
    for _ in range(15000):
        values.append(rng.random() * 10.0 ** rng.randint(-12, 20))
    for _ in range(6000):
        values.append(float("%.*g" % (rng.randint(1, 17), rng.random() * 10.0 ** rng.randint(-8, 12))))
    values += halfway_doubles(rng)
    for x in values:
        if rng.random() < 0.5:
            x = -x
        code = rng.choice("eEfFgG%")
        p = rng.choice((0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 15, 16, 17, 18, 20, 25, 30))
        if code in "fF%" and abs(x) > 1e30 and p > 6:
            p = 2
        spec = ".%d%s" % (p, code)
        if rng.random() < 0.2:
            spec = "." + str(p)  # the none type with a precision
        rows.append([bits(x), spec, format(x, spec)])
    write_jsonl("float_precision_random.jsonl", rows, compress=True)


FLOAT_SPECS = [
    "", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".2", ".3", ".5", ".10", ".16", ".17",
    ".20", ".0e", ".0f", ".0g", ".0%", ".1e", ".1f", ".1g", ".2f", ".3f", ".3g", ".6g", ".12g", ".17g",
    ".20f", ".30e", ".50f", ".100f", ".400f", ".1000e", "#", "#.0", "#e", "#.0e", "#f", "#.0f", "#g",
    "#.0g", "#.3g", "#.10g", "#%", "+", "-", " ", "+e", " f", "+g", "z", "z.0f", "z.1f", "z.3e",
    "+z.2f", " z", "z%", "z.0%", "10", "<10", ">10", "^10", "=10", "010", "010.2f", "+010.3f",
    "-010.3f", " 010.3e", "*^15", "x<12.3g", "0<10", "0>10", "0^11", "0=10", "\u00e9>12", "\U0001F600^9",
    ",", "_", ",f", "_f", ",.2f", "_.2f", ",e", ",g", ",.3%", "015,.2f", "016_.2f", "020,", "=+15,.1f",
    "0,", "010,", "012,", ",.0f", "_.0f", ".3n", "n", "10n", "#.3n", ",.10", ".2%", "%", "10.2%",
    "z10.2f", ".1000", "d", "x", "c", "s", "b", "o", "X", "y", ".2d", "abc", "10.2.3f", ",_f", "_,f",
    ".", ".f", "1000000000000000000000f", ".1000000000000000000000f", "=^10", "<<10", "++f", "#z",
    "z#", ".2147483648f", "\x00", "\u00e9",
]

INT_SPECS = [
    "", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "#b", "#o", "#x", "#X",
    "#d", "+d", "-d", " d", "+x", " #x", "10", "<10", ">10", "^10", "=10", "010", "+010", "-010",
    "#010x", "#010b", "+#010o", "0=+#10X", "*^10x", "\u00e9<10", ",", "_", ",d", "_d", "_b", "_o", "_x",
    "_X", "#_x", "#_b", "015,", "015_", "016,d", "020_x", "#020_x", "011_b", "0,", "01,", "02,",
    "03,", "04,", "05,", "06,", "07,", "08,", "09,", "010,", "0=10,", "=10,", "x=20,", ",b", ",x", ",o",
    ",c", ",n", "_n", ",_", "_,", "10c", "<5c", "+c", "#c", ".2", ".2d", ".2f", ".0e", ".3g", "#.3g",
    ",.2f", "10.3%", "z", "zd", "zf", "s", "y", "abc", "=", "\x00", "\u0e51\u0e50", "+=10", "n", "10n",
]

STR_SPECS = [
    "", "s", "10", "<10", ">10", "^10", "^11", "*^11", "\u00e9^7", "\U0001F600>5", ".0", ".1", ".3",
    ".10", "10.3", ">10.3s", "^2", "=10", "+", "-", " ", "#", "z", "0", "010", "05", ",", "_", "d", "x",
    "c", ".s", "abc", "1000000000000000000000", "<<3", "0<5", "<05", "\x00<5",
]


def float_values():
    return [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1 / 3, 2 / 3, 2.675, 1234.5678,
            -1234.5678, 1e16, 1.5e16, 1e22, 1e100, 1.7976931348623157e308, 5e-324, 1e-5, 0.00012345,
            123456789.0, 1234567.0, 999999.5, 9.5, 0.05, 0.15, 0.25, 0.35, 100.0, 1e6, 12345678901234.0,
            math.inf, -math.inf, math.nan, -math.nan, 0.999999, 9.9999999, -0.0004, 123.456e-10, 42.0]


def gen_float_format():
    rows = []
    for x in float_values():
        for spec in FLOAT_SPECS:
            rows.append([bits(x), spec, result(lambda: format(x, spec))])
    write_jsonl("float_format.jsonl", rows, compress=True)



def gen_int_format():
    ints = [0, 1, -1, 5, -5, 42, 255, -255, 1234, -1234, 65, 233, 0x1F600, 0x10FFFF, 0x110000, 123456789,
            -987654321, 2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64, -(2 ** 100), 10 ** 30,
            12345678901234567890123, -(10 ** 25) + 7]
    rows = []
    for v in ints:
        for spec in INT_SPECS:
            rows.append([str(v), "int", spec, result(lambda: format(v, spec))])
    for v in (True, False):
        for spec in INT_SPECS:
            if spec:
                rows.append([str(int(v)), "bool", spec, result(lambda: format(v, spec))])
    write_jsonl("int_format.jsonl", rows, compress=True)


def gen_str_format():
    values = ["", "a", "abc", "hello world", "\u00e9t\u00e9", "\U0001F600x", "tab\there", "0123456789"]
    rows = []
    for v in values:
        for spec in STR_SPECS:
            rows.append([v, spec, result(lambda: format(v, spec))])
    write_jsonl("str_format.jsonl", rows)


COMPLEX_SPECS = ["", "e", "f", "g", "E", "F", "G", "n", ".0", ".1", ".3", ".2f", ".3e", ".4g", "#", "#.0f",
                 "+", " ", "-", "z", "z.1f", "20", "<20", ">20", "^20", "*^24", "020", "=20", "0<20",
                 ",", "_", ",.2f", "_.3f", "%", "d", "s", "+.3", ">30.5e", "abc"]


def gen_complex_format():
    vals = [(0.0, 0.0), (0.0, 1.0), (-0.0, 1.0), (0.0, -0.0), (1.0, 2.0), (1.5, -2.5), (-1.0, -0.0),
            (1e20, 1e-20), (1234567.891, 9876543.21), (math.inf, math.nan), (math.nan, -math.inf),
            (0.0, math.nan), (-0.001, 0.0004), (2.675, 1 / 3), (1e16, 0.0), (12345.0, 6789.0)]
    rows = []
    for re_, im in vals:
        for spec in COMPLEX_SPECS:
            z = complex(re_, im)
            rows.append([bits(re_), bits(im), spec, result(lambda: format(z, spec))])
        rows.append([bits(re_), bits(im), "repr", repr(complex(re_, im))])
    write_jsonl("complex_format.jsonl", rows)


def random_spec(rng):
    parts = []
    if rng.random() < 0.4:
        if rng.random() < 0.5:
            parts.append(rng.choice(["*", "0", "x", " ", "\u00e9", "_", ","]))
        parts.append(rng.choice("<>^="))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.15:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.25:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 25)))
    if rng.random() < 0.25:
        parts.append(rng.choice(",_"))
    if rng.random() < 0.5:
        parts.append("." + str(rng.randint(0, 20)))
    if rng.random() < 0.8:
        parts.append(rng.choice("bcdoxXneEfFgG%s"))
    return "".join(parts)


def gen_spec_fuzz():
    rng = random.Random(31)
    rows = []
    for _ in range(12000):
        kind = rng.choice(("int", "float", "str", "complex"))
        spec = random_spec(rng)
        if kind == "int":
            v = rng.choice([0, 7, -7, 65, 1234567, -98765432101, 2 ** 70, rng.randint(-10 ** 12, 10 ** 12)])
            rows.append(["int", str(v), spec, result(lambda: format(v, spec))])
        elif kind == "float":
            v = rng.choice([0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, math.inf, math.nan,
                            rng.uniform(-1e6, 1e6), random_double(rng)])
            rows.append(["float", bits(v), spec, result(lambda: format(v, spec))])
        elif kind == "str":
            v = rng.choice(["", "a", "hello", "\u00e9\U0001F600z"])
            rows.append(["str", v, spec, result(lambda: format(v, spec))])
        else:
            z = complex(rng.choice([0.0, -1.5, 2.0, 1e10]), rng.choice([0.0, 1.0, -2.5, 1e-3]))
            rows.append(["complex", [bits(z.real), bits(z.imag)], spec, result(lambda: format(z, spec))])
    write_jsonl("spec_fuzz.jsonl", rows, compress=True)


# ---------------------------------------------------------------------------------------------
# Python objects for %-formatting and str.format, tagged for the Java test host

class IndexOnly:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return "IndexOnly(%d)" % self.v


class IntOnly:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return "IntOnly(%d)" % self.v


class FloatOnly:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
    def __repr__(self): return "FloatOnly(%r)" % self.v


class Named:
    def __str__(self): return "str-of-Named"
    def __repr__(self): return "Named(\u00e9)"


class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return "Point(%r, %r)" % (self.x, self.y)


class BytesAble:
    def __bytes__(self): return b"bb"
    def __repr__(self): return "BytesAble()"


def encode(o):
    if o is None:
        return None
    if isinstance(o, bool):
        return {"bool": o}
    if isinstance(o, int):
        return {"int": int_to_dec(o)}
    if isinstance(o, float):
        return {"float": bits(o)}
    if isinstance(o, complex):
        return {"complex": [bits(o.real), bits(o.imag)]}
    if isinstance(o, str):
        return o
    if isinstance(o, bytearray):
        return {"bytearray": bytes(o).hex()}
    if isinstance(o, bytes):
        return {"bytes": o.hex()}
    if isinstance(o, tuple):
        return {"tuple": [encode(x) for x in o]}
    if isinstance(o, list):
        return {"list": [encode(x) for x in o]}
    if isinstance(o, dict):
        return {"dict": [[encode(k), encode(v)] for k, v in o.items()]}
    if isinstance(o, (IndexOnly, IntOnly)):
        return {"obj": type(o).__name__, "v": o.v}
    if isinstance(o, FloatOnly):
        return {"obj": "FloatOnly", "v": bits(o.v)}
    if isinstance(o, Point):
        return {"obj": "Point", "x": encode(o.x), "y": encode(o.y)}
    if isinstance(o, (Named, BytesAble)):
        return {"obj": type(o).__name__}
    raise TypeError(o)


def int_to_dec(n):
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(n)
    finally:
        sys.set_int_max_str_digits(old)


PERCENT_CASES = [
    ("%s", "abc"), ("%s", 42), ("%s", (1,)), ("%s", ((1, 2),)), ("%s", [1, 2]), ("%s", {"a": 1}), ("%r", "abc"),
    ("%a", "\u00e9\U0001F600"), ("%r", "\u00e9"), ("%s %s", (1, 2)), ("%s %s", (1,)), ("%s", (1, 2)),
    ("%s", ()), ("hello", ()), ("hello", 5), ("hello", []), ("hello", {}), ("hello", b"x"), ("%s", b"ab"),
    ("%5s|%-5s|%.2s|%5.1s", ("ab", "cd", "xyz", "uvw")), ("%*s|%-*s", (5, "a", 4, "b")), ("%*s", (-5, "a")),
    ("%.*s", (2, "abcdef")), ("%.*s", (-3, "abc")), ("%*.*f", (10, 3, 3.14159)), ("%*s", ("x", "a")),
    ("%.*f", (1.5, 2.0)), ("%*d", (2 ** 70, 1)), ("%.*d", (2 ** 40, 1)),
    ("%d", 42), ("%d", -42), ("%i", 7), ("%u", 7), ("%d", True), ("%d", 3.99), ("%d", -3.99), ("%d", 2 ** 80),
    ("%d", "x"), ("%i", "x"), ("%d", 1j), ("%d", float("nan")), ("%d", float("inf")), ("%d", None),
    ("%d", IndexOnly(5)), ("%d", IntOnly(7)), ("%d", FloatOnly(2.5)), ("%x", IndexOnly(255)), ("%x", IntOnly(7)),
    ("%x", 3.0), ("%o", "s"), ("%X", [1]),
    ("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|%+05d|% 05d", (42, 42, 42, 42, 42, 42, 42, 42, 42)),
    ("%05d|%+05d|%-05d|% -5d|%.3d|%.5d|%8.5d|%-8.5d|%08.5d", (-42, -42, -42, -42, -42, -42, -42, -42, -42)),
    ("%x|%X|%o|%#x|%#X|%#o|%#5x|%#05x|%#-8x|%#08X|%#+08x|%# x", (255,) * 12),
    ("%x|%#x|%#08x|%#.4x|%#010.4o|%#8o|%#08o|%-#8o", (-255,) * 8),
    ("%#.0x|%.0d|%5.0d|%#o|%#x", (0, 0, 0, 0, 0)), ("%ld %hd %Ld", (1, 2, 3)), ("%lf", 1.5), ("%hs", "a"),
    ("%f|%e|%g|%E|%G|%F", (1.5,) * 6), ("%.2f|%.0f|%.0e|%#.0f|%#.0e|%#g|%#.3g|%g", (2.675,) * 8),
    ("%10.3f|%-10.3f|%010.3f|%+.3f|% .3f|%+010.2f|%-+10.2f", (-3.14159,) * 7),
    ("%f|%F|%e|%E|%g|%G|%+f|% f|%010f|%-10f|", (float("inf"),) * 10),
    ("%f|%F|%e|%+f|% f|%010f|%-10f|%+010f", (float("nan"),) * 8), ("%f", -float("inf")),
    ("%.20f|%.25e|%.30g", (0.1, 0.1, 0.1)), ("%.100f", 1e-50), ("%.3f", 1e300), ("%g|%g|%g|%g", (1e-5, 1e16, 123456789.0, 0.0001)),
    ("%f", "x"), ("%f", 1j), ("%f", None), ("%f", 10), ("%f", 2 ** 1030), ("%f", IndexOnly(3)), ("%f", FloatOnly(2.5)),
    ("%f", IntOnly(1)), ("%e", True),
    ("%c", 65), ("%c", "a"), ("%c", "ab"), ("%c", ""), ("%c", 0x1F600), ("%c", "\U0001F600"), ("%c", -1),
    ("%c", 0x110000), ("%c", 2 ** 70), ("%c", 1.5), ("%c", IndexOnly(66)), ("%5c|%-5c|%.0c", (65, 66, 67)),
    ("%%", ()), ("%5%", ()), ("%5%", 1), ("%-5%", (1,)), ("%", ()), ("abc%", ()), ("%(", {}), ("%(a", {"a": 1}),
    ("%(a)", {"a": 1}), ("%(a)s", 1), ("%(a)s", {"a": 1}), ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a)s", {}),
    ("%(a)s %s", {"a": 1}), ("%(a(b))s", {"a(b)": 5}), ("%(a)*d", {"a": 3}), ("%(a)s", [1]), ("%(0)s", [1]),
    ("%s %(a)s", {"a": 1}), ("%(a)s", (1,)), ("%*", (5,)), ("%*", ()), ("%.", ()), ("%.*", (5,)), ("%5", ()),
    ("%l", ()), ("%y", ()), ("%y", 1), ("%\x01", 1), ("%\u1234", 1), ("%\U0001F600", 1), ("a%zb", 1),
    ("%.3000000000f", 1.0), ("%99999999999999999999d", 1), ("%#+ -08.3d", 5), ("%(x)#08x", {"x": 255}),
    ("%s", Named()), ("%r", Named()), ("%a", Named()), ("%s", None), ("%r", None), ("%s", 1.5),
    ("%r", 1e100), ("%s", 1j), ("%s", True), ("%r", b"a'b"), ("%r", (1, "a")), ("%b", 1), ("%b", b"x"),
    ("%d%%%s", (1, 2)), ("%s", "\U0001F600" * 3), ("%.2s", "\U0001F600" * 3), ("%5s", "\U0001F600"),
    ("\U0001F600%s\U0001F600", "x"), ("%\U0001F600", ()),
]

BYTES_CASES = [
    (b"%s", b"abc"), (b"%b", b"abc"), (b"%s", bytearray(b"xy")), (b"%s", "abc"), (b"%s", BytesAble()),
    (b"%s", 42), (b"%r", "abc"), (b"%a", "\u00e9"), (b"%r", b"x"), (b"%a", Named()), (b"%d", 42), (b"%i", "x"),
    (b"%d", "x"), (b"%x", 3.0), (b"%5d|%-5d|%05d|%+d|% d", (7,) * 5), (b"%#x|%#08x|%#o|%#08o|%X|%#X", (255,) * 6),
    (b"%f", 1.5), (b"%.2f|%e|%g", (2.675,) * 3), (b"%f", "x"), (b"%f", None), (b"%010.3f", -1.5),
    (b"%c", 65), (b"%c", b"a"), (b"%c", b"ab"), (b"%c", bytearray(b"z")), (b"%c", 256), (b"%c", -1),
    (b"%c", "a"), (b"%c", 2 ** 70), (b"%5c|%-3c", (65, 66)), (b"%(a)s", {b"a": b"x"}), (b"%(a)s", {"a": b"x"}),
    (b"%(a)s", b"x"), (b"%s", (b"a", b"b")), (b"%s %s", (b"a", b"b")), (b"hello", b"x"), (b"hello", 5),
    (b"hello", {}), (b"%", ()), (b"%y", 1), (b"%\x01", 1), (b"%\xe9", 1), (b"%5%", ()), (b"%%", ()),
    (b"%.1s|%5s|%-5s|", (b"abc", b"ab", b"ab")), (b"%*s", (4, b"a")), (b"\xff%s\x00", b"\x80"),
    (b"%s", 1.5), (b"%s", None), (b"%r", None), (b"%b", memoryview(b"mv")) if False else (b"%b", b"mv"),
]


def gen_percent_fuzz():
    rng = random.Random(37)
    rows = []
    for _ in range(6000):
        flags = "".join(rng.choice("-+ #0") for _ in range(rng.choice((0, 0, 1, 2, 3))))
        width = rng.choice(("", "", str(rng.randint(0, 20)), "*"))
        prec = rng.choice(("", "", "." + str(rng.randint(0, 15)), ".", ".*"))
        conv = rng.choice("sradiuoxXeEfFgGc")
        fmt = "<%" + flags + width + prec + conv + ">"
        value = rng.choice([0, 5, -5, 255, -65536, 2 ** 70, 97, 1.5, -0.0, 2.675, 1e-7, -1e22, math.inf, math.nan,
                            "abc", "\u00e9", True, None])
        args = []
        if width == "*":
            args.append(rng.randint(-12, 12))
        if prec == ".*":
            args.append(rng.randint(-3, 12))
        args.append(value)
        args = tuple(args)
        rows.append([fmt, encode(args), result(lambda: fmt % args)])
        if conv not in "ar" and not isinstance(value, str):
            bfmt = fmt.encode("latin-1")
            rows.append(["bytes:" + fmt, encode(args), result(lambda: (bfmt % args).decode("latin-1"))])
    write_jsonl("percent_fuzz.jsonl", rows, compress=True)


def gen_percent():
    rows = []
    for fmt, args in PERCENT_CASES:
        rows.append([fmt, encode(args), result(lambda: fmt % args)])
    write_jsonl("percent_str.jsonl", rows)
    rows = []
    for fmt, args in BYTES_CASES:
        rows.append([fmt.decode("latin-1"), encode(args), result(lambda: (fmt % args).decode("latin-1"))])
    write_jsonl("percent_bytes.jsonl", rows)


DOT_FORMAT_CASES = [
    ("{}", (1,), None), ("{} {}", (1, 2), None), ("{0} {1} {0}", ("a", "b"), None), ("{1}", (1,), None),
    ("{}", (), None), ("{} {1}", (1, 2), None), ("{0} {}", (1, 2), None), ("{a} {b}", (), {"a": 1, "b": 2}),
    ("{a}", (), None), ("{a}", (), {"b": 1}), ("{0.real} {0.imag}", (3 + 4j,), None), ("{0.x}", (1,), None),
    ("{p.x},{p.y}", (), {"p": Point(1, 2)}), ("{0[0]} {0[1]}", ([5, 6],), None), ("{0[a]}", ({"a": 7},), None),
    ("{0[0]}", ({0: "zero"},), None), ("{0[-1]}", ([1],), None), ("{0[5]}", ([1],), None), ("{0[5]}", ((1,),), None),
    ("{0[a]}", ([1],), None), ("{0[a][b]}", ({"a": {"b": 3}},), None), ("{0[a].real}", ({"a": 2.5},), None),
    ("{0.real.real}", (1.5,), None), ("{0[}", (1,), None), ("{0[0}", ([1],), None), ("{0.}", (1,), None),
    ("{0[]}", ([1],), None), ("{0]}", (1,), None), ("{0[0]x}", ([1],), None), ("{0x}", (1,), None),
    ("{!r}", ("a",), None), ("{!s}", (1.5,), None), ("{!a}", ("\u00e9",), None), ("{0!r:>10}", ("a",), None),
    ("{0!x}", (1,), None), ("{0!}", (1,), None), ("{0!rr}", (1,), None), ("{0!\u00e9}", (1,), None),
    ("{:>{}}", ("a", 5), None), ("{:{}{}}", ("a", ">", 5), None), ("{0:{1}}", (3.14159, ".2f"), None),
    ("{:{:{}}}", (1, 2, 3), None), ("{0:{a}}", (1.5,), {"a": "e"}), ("{:{}}", ("x", "d"), None),
    ("{:d}", ("x",), None), ("{:x}", (255,), None), ("{:,}", (1234567,), None), ("{:.3}", ("abcdef",), None),
    ("{:10.3f}|{:<8}|{:^8}", (3.14159, "ab", "cd"), None), ("{}", ([1, 2],), None), ("{:x}", ([1],), None),
    ("{}", (None,), None), ("{:>5}", (None,), None), ("{}", (True,), None), ("{:d}", (True,), None),
    ("{{}}", (), None), ("{{{}}}", (1,), None), ("}}{{", (), None), ("{", (), None), ("}", (), None),
    ("a{0}b}", (1,), None), ("{0}}", (), None), ("{0:{", (1,), None), ("{0:}}", (1,), None), ("{:}", (1,), None),
    ("{0!r", (1,), None), ("{0", (1,), None), ("{0!", (1,), None), ("x{ {0}", (1,), None), ("{0{}", (1,), None),
    ("{99999999999999999999}", (1,), None), ("{0[99999999999999999999]}", ([1],), None), ("{\u0661}", ("a", "b"), None),
    ("{:{}}", (Named(), ""), None), ("{!s:>15}", (Named(),), None), ("{0:\U0001F600^7}", ("x",), None),
    ("{0[0]!r:>{1}}", (["q"], 6), None), ("{0.real!s:*^9}", (2j,), None), ("{a.b}", (), {"a": 1}),
]

FORMAT_MAP_CASES = [
    ("{a} {b}", {"a": 1, "b": "x"}), ("{a}", {}), ("{}", {"a": 1}), ("{0}", {"0": 1}), ("{a[0]}", {"a": [9]}),
]


def gen_dot_format():
    rows = []
    for template, args, kwargs in DOT_FORMAT_CASES:
        rows.append([template, encode(list(args)), encode(kwargs),
                     result(lambda: template.format(*args, **(kwargs or {})))])
    for template, mapping in FORMAT_MAP_CASES:
        rows.append([template, None, encode(mapping), result(lambda: template.format_map(mapping))])
    write_jsonl("str_dot_format.jsonl", rows)


# ---------------------------------------------------------------------------------------------
# float round/hex/parse

def gen_round():
    rng = random.Random(3)
    rows = []
    vals = [2.675, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.125, 0.375, 1.005, 5e-324, 1.7976931348623157e308,
            -0.0, 0.0, 1e-7, 123.456, 1234567.5, 2.5e15, 4.5e15, 9007199254740993.0, 1e300, -1e-300,
            math.inf, -math.inf, math.nan, 0.285, 0.015, 1.15, 2 ** 52 + 0.5, 0.49999999999999994]
    nds = [None, 0, 1, 2, 3, -1, -2, -3, 5, 10, 15, 16, 17, 20, 22, 30, -10, -20, -100, -308, -309, 300, 322,
           323, 324, 400, -400]
    for x in vals:
        for nd in nds:
            rows.append([bits(x), nd, result(lambda: round(x, nd), conv=lambda r: int_to_dec(r) if isinstance(r, int) else bits(r))])
    for _ in range(6000):
        kind = rng.random()
        if kind < 0.4:
            x = rng.random() * 10.0 ** rng.randint(-5, 10)
            x = float("%.*f" % (rng.randint(0, 6), x)) if rng.random() < 0.5 else x
        elif kind < 0.7:
            x = rng.randint(-10 ** 6, 10 ** 6) / 2 ** rng.randint(0, 10)
        else:
            x = random_double(rng)
        nd = rng.choice([None, rng.randint(-12, 20)])
        rows.append([bits(x), nd, result(lambda: round(x, nd), conv=lambda r: int_to_dec(r) if isinstance(r, int) else bits(r))])
    write_jsonl("round.jsonl", rows, compress=True)


def gen_hex():
    rng = random.Random(11)
    xs = edge_doubles()[:80] + [random_double(rng) for _ in range(2000)] + [from_bits("%016x" % rng.getrandbits(52)) for _ in range(300)]
    rows = [[bits(x), x.hex()] for x in xs]
    write_jsonl("float_hex.jsonl", rows)
    strings = ["0x1p0", "0x1.8p1", "-0x1.8p-1", "1.8", "+1.8P+1", "0X1P2", "  0x1p3  ", "0x.8", "0x1.", "0x.",
               "0x", "0", "-0", "0x0p0", "-0x0.0p+0", "1p", "1p+", "1px", "0x1p99999999999999999999",
               "0x1p-99999999999999999999", "0x0p99999999999999999999", "inf", "-Infinity", "nan", "-NAN", " nan ",
               "infinit", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1.fffffffffffffp1023",
               "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1.8p-1074", "0x3p-1076",
               "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000000000001p0",
               "0x" + "f" * 300, "0x0." + "0" * 300 + "1p1200", "1_0", "0x1p1_0", "\u00e9", "0x1p0\x00", "g",
               "0x1.8p1 x", "++1", "0x-1", "0x 1", "1e5", "0x1e5", ".p1", "0x1.8P-1022", "0x1.8p-1023",
               "0x0.0000000000001p-1022", "0xABCDEFp-20", "0xabcdef.abcdefp0", "  -0X1.AP3\t\n"]
    for _ in range(500):
        m = rng.getrandbits(rng.randint(1, 70))
        strings.append("%s0x%x%sp%d" % (rng.choice(["", "-"]), m, rng.choice(["", ".", ".8", ".0001"]), rng.randint(-1150, 1100)))
    rows = [[s, result(lambda: float.fromhex(s), conv=bits)] for s in strings]
    write_jsonl("float_fromhex.jsonl", rows)


def gen_float_parse():
    rng = random.Random(5)
    strings = ["1", "1.5", "-1.5", "+1.5", " 1.5 ", "\t1.5\n", "1.", ".5", ".", "", " ", "-", "+", "e5", "1e5",
               "1E5", "1e+5", "1e-5", "1e", "1e+", "1.5e3x", "1_000", "1__000", "_1", "1_", "1_.5", "1._5",
               "1.5_5", "1e1_0", "1e_10", "1_e10", "inf", "-inf", "+inf", "INF", "Infinity", "-infinity", "iNfInItY",
               "infinit", "infx", "nan", "-nan", "+NaN", "NAN", "nan0", "nan(1)", "0x10", "1e500", "-1e500",
               "1e-500", "-1e-400", "1e99999999999999999999", "1e-99999999999999999999", "0" * 400 + "1",
               "0." + "0" * 400 + "1e400", "1" * 500, "1" * 400 + "e-400", "\u0661\u0662\u0663", "\u0661.\u0665",
               "\u00a01.5\u2000", "\u30001\u3000", "1.5\x00", "\x001", "1.5\x1c", "\x1c1.5", "١_٢", "1\u00e9",
               "0.1", "0.30000000000000004", "2.2250738585072011e-308", "2.2250738585072012e-308",
               "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
               "1.7976931348623157e308", "1.797693134862315807e308", "9007199254740993", "9007199254740993.0000000001",
               "1e23", "8.988465674311580536566680e307", "-0", "-0.0", "0e0", "00", "1e0001", "123.456e-2",
               "1" + "0" * 30 + "e-30", "3.14159265358979323846264338327950288419716939937510", "1_2.3_4e5_6"]
    for _ in range(3000):
        d = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
        p = rng.randint(0, len(d))
        strings.append("%s%s.%se%d" % (rng.choice(["", "-"]), d[:p], d[p:], rng.randint(-340, 320)))
    for _ in range(1000):
        # exact midpoints between adjacent doubles, and one ulp-fraction either side
        x = abs(random_double(rng))
        if x == 0 or math.isinf(math.nextafter(x, math.inf)):
            continue
        from decimal import Decimal, getcontext
        getcontext().prec = 1200
        mid = (Decimal(x) + Decimal(math.nextafter(x, math.inf))) / 2
        strings.append(format(mid, "f") if abs(mid.adjusted()) < 30 else str(mid))
        strings.append(str(mid.next_plus() if rng.random() < 0.5 else mid.next_minus()))
    rows = [[s, result(lambda: float(s), conv=bits)] for s in strings]
    write_jsonl("float_parse.jsonl", rows, compress=True)
    brows = []
    for s in ["1.5", " -2 ", "x", "1_0", "nan", "\xe9", "1\x00"]:
        b = s.encode("latin-1")
        brows.append([b.hex(), result(lambda: float(b), conv=bits)])
    write_jsonl("float_parse_bytes.jsonl", brows)


def gen_complex_parse():
    strings = ["1__0j", "", " ", "(1+2j)", " ( 1+2j ) ", "1+2J", "j", "J", "-j", "+j", "1+j", "1-j", "infj",
               "1+nanj", "-inf-infj", "(1", "1)", "1e5j", "1e+j", "1_0+2_0j", "1 +2j", "\u0661+\u0662j", "x",
               "1+2", "1j+2", "+-1j", "-1.5e-3-2.5e+3j", "()", "( )", "1", "-0", "-0j", "-0-0j", "(-0+0j)",
               "1.e5+.5j", ".j", "1.j", "1.5", " 2.5j\n", "\u30001j\u3000", "1+2j)", "((1))", "1e400j",
               "1e-400+1e400j", "nan", "NaN+NaNj", "infinityj", "1+infinityj", "1+infinit", "0x1j", "1jj",
               "\x001j", "1j\x00", "_1j", "1j_", "1_j", "1+_2j", "1_+2j"]
    rows = [[s_, result(lambda: complex(s_), conv=lambda z: [bits(z.real), bits(z.imag)])] for s_ in strings]
    write_jsonl("complex_parse.jsonl", rows)


# ---------------------------------------------------------------------------------------------
# ints

def gen_int_parse():
    rng = random.Random(9)
    cases = []
    strs = ["0", "1", "-1", "+1", " 42 ", "\t-42\n", "1_000", "1__000", "_1", "1_", "0_0", "00", "007", "0x1f",
            "0X1F", "0o17", "0b101", "0b", "0x", "0x_1f", "0x__1f", "0_x1", "1e5", "1.0", "", " ", "-", "+-1",
            "abc", "ABC", "zz", "Zz", "9" * 30, "-" + "9" * 30, "1" * 4300, "1" * 4301, "1" * 5000 + "x", "x" * 300,
            "\u0661\u0662", "\u00a012\u2003", "12\x00", "1 2", "0b1_0_1", "0o_7", "0_7", "08", "0_8", "00_0",
            "-0", "- 1", "0x1G", "\U0001D7D9", "\u00e9", "1\u00e9" * 150, "2" * 700, "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551616"]
    bases = [0, 2, 8, 10, 16, 36, 3, 7, 1, 37, -1]
    for s in strs:
        for b in bases:
            cases.append((s, b))
    for _ in range(2000):
        b = rng.choice([2, 3, 5, 8, 10, 10, 10, 16, 16, 36])
        n = rng.getrandbits(rng.randint(1, 300)) * rng.choice((1, -1))
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:b]
        m, t = abs(n), ""
        while m:
            m, r = divmod(m, b)
            t = digits[r] + t
        t = ("-" if n < 0 else "") + (t or "0")
        if rng.random() < 0.3:
            t = t.upper()
        cases.append((t, b))
    rows = [[s, b, result(lambda: int(s, b), conv=int_to_dec)] for s, b in cases]
    write_jsonl("int_parse.jsonl", rows, compress=True)
    brows = []
    for s, b in [("12", 10), (" -0x1f ", 0), ("x" * 300, 10), ("1\xe9", 10), ("1\x00", 10), ("z", 36)]:
        bb = s.encode("latin-1")
        brows.append([bb.hex(), b, result(lambda: int(bb, b), conv=int_to_dec)])
    write_jsonl("int_parse_bytes.jsonl", brows)


def big_ints(rng):
    out = [0, 1, -1, 2, 7, -7, 10, 255, 2 ** 31 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 62, 2 ** 63 - 1, -2 ** 63,
           2 ** 63, -2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64, 10 ** 18, 10 ** 19, 2 ** 100, -(2 ** 100) + 1, 3 ** 200,
           2 ** 1023, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024, 2 ** 2000, -(2 ** 1024 - 2 ** 970)]
    for _ in range(150):
        out.append(rng.getrandbits(rng.randint(1, 200)) * rng.choice((1, -1)))
    return out


def gen_int_ops():
    rng = random.Random(17)
    vals = big_ints(rng)
    rows = []

    def add(op, args, f, conv=lambda r: r):
        rows.append([op, [encode(a) for a in args], result(f, conv)])

    def num(r):
        if isinstance(r, tuple):
            return [num(x) for x in r]
        if isinstance(r, float):
            return bits(r)
        if isinstance(r, bytes):
            return r.hex()
        return int_to_dec(r) if isinstance(r, int) and not isinstance(r, bool) else r

    pairs = [(a, b) for a in vals[:40] for b in vals[:40]]
    pairs += [(rng.choice(vals), rng.choice(vals)) for _ in range(800)]
    for a, b in pairs:
        add("floordiv", (a, b), lambda: a // b, num)
        add("mod", (a, b), lambda: a % b, num)
        add("divmod", (a, b), lambda: divmod(a, b), num)
        add("truediv", (a, b), lambda: a / b, num)
    for n in [(1 << 1080) + 1, 3 << 1020, (1 << 1075) - 1, 1 << 1074]:
        for d in [1, 3, 1 << 50, (1 << 60) + 1, 10 ** 300, 1 << 2100, 1 << 2149, 1 << 2150, 3 << 2148]:
            add("truediv", (n, d), lambda: n / d, num)
            add("truediv", (d, n), lambda: d / n, num)
    for _ in range(600):
        a, b, m = rng.choice(vals), rng.randint(-5, 300) if rng.random() < 0.8 else rng.choice(vals), rng.choice(vals + [0, 1, -1, 7, -7, 97])
        add("pow", (a, b, m), lambda: pow(a, b, m), num)
    for a, b, m in [(2, -1, 4), (3, -1, 7), (3, -2, -7), (0, -1, 1), (2, 5, 0), (5, -1, 1), (6, -1, 9), (-3, -3, 11)]:
        add("pow", (a, b, m), lambda: pow(a, b, m), num)
    for v in vals:
        add("float", (v,), lambda: float(v), num)
        add("bit_length", (v,), lambda: v.bit_length(), num)
        add("bit_count", (v,), lambda: v.bit_count(), num)
        add("str", (v,), lambda: str(v))
        add("bin", (v,), lambda: bin(v))
        add("oct", (v,), lambda: oct(v))
        add("hex", (v,), lambda: hex(v))
        add("hash", (v,), lambda: hash(v), num)
        for nd in (-1, -2, -5, -20, -40, 0, 3):
            add("round", (v, nd), lambda: round(v, nd), num)
        for length in (0, 1, 2, 8, 9, 16, 40):
            for order in ("big", "little"):
                for signed in (False, True):
                    add("to_bytes", (v, length, order, signed), lambda: v.to_bytes(length, order, signed=signed), num)
    add("to_bytes", (1, -1, "big", False), lambda: (1).to_bytes(-1, "big"), num)
    add("to_bytes", (1, 1, "middle", False), lambda: (1).to_bytes(1, "middle"), num)
    for _ in range(300):
        b = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 20)))
        for order in ("big", "little"):
            for signed in (False, True):
                add("from_bytes", (b, order, signed), lambda: int.from_bytes(b, order, signed=signed), num)
    for big in (10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300), 2 ** 14300, 2 ** 14000, 7 ** 5087, 7 ** 5088):
        add("str", (big,), lambda: str(big))
        add("hex_len", (big,), lambda: len(hex(big)))
    # exact comparison of floats with ints
    fl = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 1e300, -1e300,
          math.inf, -math.inf, math.nan, 9007199254740993.0, 1.5e19, 2.0 ** 1023]
    for x in fl:
        for v in vals[:40] + [2 ** 53 + 1, 2 ** 53 - 1, 2 ** 63 + 1, 2 ** 64 + 1, int(1e300), int(1e300) + 1]:
            add("cmp", (x, v), lambda: (x < v) - (x > v) if x == x else "nan", lambda r: -r if isinstance(r, int) else "unordered")
    write_jsonl("int_ops.jsonl", rows, compress=True)


def gen_hash():
    rng = random.Random(23)
    rows = []
    for v in big_ints(rng) + [2 ** 61 - 1, 2 ** 61, 2 ** 61 - 2, -(2 ** 61), -(2 ** 61) + 1, 2 ** 122]:
        rows.append(["int", int_to_dec(v), str(hash(v))])
    fl = edge_doubles()[:60] + [random_double(rng) for _ in range(3000)] + [rng.randint(-10 ** 6, 10 ** 6) / 8 for _ in range(500)]
    for x in fl:
        if x == x:
            rows.append(["float", bits(x), str(hash(x))])
    for _ in range(500):
        re_, im = random_double(rng), random_double(rng)
        rows.append(["complex", [bits(re_), bits(im)], str(hash(complex(re_, im)))])
    for re_, im in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (math.inf, 1.0), (1.0, -math.inf), (2.5, -3.5)]:
        rows.append(["complex", [bits(re_), bits(im)], str(hash(complex(re_, im)))])
    write_jsonl("hash.jsonl", rows, compress=True)


def gen_float_ops():
    rng = random.Random(29)
    rows = []
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, -3.0, 7.5, -7.5, 1e300, -1e-300, 5e-324, math.inf, -math.inf, math.nan,
            0.1, 1e16, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 1.7976931348623157e308]
    vals += [random_double(rng) for _ in range(60)] + [rng.uniform(-100, 100) for _ in range(60)]
    def f2(r):
        return [bits(r[0]), bits(r[1])] if isinstance(r, tuple) else bits(r)
    for x in vals:
        rows.append(["ratio", [bits(x)], result(lambda: x.as_integer_ratio(), lambda r: [int_to_dec(r[0]), int_to_dec(r[1])])])
        rows.append(["int", [bits(x)], result(lambda: int(x), int_to_dec)])
        for y in vals[:25] + [rng.choice(vals) for _ in range(5)]:
            rows.append(["floordiv", [bits(x), bits(y)], result(lambda: x // y, f2)])
            rows.append(["mod", [bits(x), bits(y)], result(lambda: x % y, f2)])
            rows.append(["divmod", [bits(x), bits(y)], result(lambda: divmod(x, y), f2)])
    write_jsonl("float_ops.jsonl", rows, compress=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    sections = {
        "repr": gen_repr,
        "float_precision": gen_float_precision,
        "float_format": gen_float_format,
        "int_format": gen_int_format,
        "str_format": gen_str_format,
        "complex_format": gen_complex_format,
        "spec_fuzz": gen_spec_fuzz,
        "percent": gen_percent,
        "percent_fuzz": gen_percent_fuzz,
        "dot_format": gen_dot_format,
        "round": gen_round,
        "hex": gen_hex,
        "float_parse": gen_float_parse,
        "complex_parse": gen_complex_parse,
        "int_parse": gen_int_parse,
        "int_ops": gen_int_ops,
        "hash": gen_hash,
        "float_ops": gen_float_ops,
    }
    wanted = sys.argv[1:] or list(sections)
    for name in wanted:
        sections[name]()


if __name__ == "__main__":
    main()
