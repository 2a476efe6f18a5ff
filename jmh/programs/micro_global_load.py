# Stresses: one operation: loading module globals (a dict lookup in globals, then builtins, in CPython).
import sys

DEFAULT_SIZE = 15000000
CURVE_SIZE = 1000000

SCALE = 3
OFFSET = 7
LIMIT = 1000
STEP = 2


def bench(n):
    a = b = c = d = 0
    for _ in range(n):
        a = SCALE
        b = OFFSET
        c = LIMIT
        d = STEP
        a = OFFSET
        b = LIMIT
        c = STEP
        d = SCALE
    return n * (a + b + c + d)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("micro_global_load", n, bench(n))


if __name__ == "__main__":
    main()
