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
    write_jsonl("repr_edge.jsonl", [[bits(x), repr(x)] for x in edge_doubles()])


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
    write_jsonl("float_format.jsonl", rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    sections = {
        "repr": gen_repr,
        "float_precision": gen_float_precision,
        "float_format": gen_float_format,
    }
    wanted = sys.argv[1:] or list(sections)
    for name in wanted:
        sections[name]()


if __name__ == "__main__":
    main()
