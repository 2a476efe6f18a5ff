# Stresses: the array module in numeric loops: every element read boxes a machine double or long, every write unboxes.
import sys
from array import array

DEFAULT_SIZE = 200
CURVE_SIZE = 12

LENGTH = 20000


def bench(n):
    xs = array('d', [0.0]) * LENGTH
    ks = array('l', [0]) * LENGTH
    for i in range(LENGTH):
        xs[i] = (i % 64) * 0.125
        ks[i] = i % 1000 - 500
    dot = 0.0
    ksum = 0
    for _ in range(n):
        # saxpy-like update on doubles (IEEE operations in a fixed order: the same bits everywhere)
        for i in range(LENGTH):
            xs[i] = xs[i] * 0.5 + 4.0
        for i in range(LENGTH):
            dot = dot + xs[i] * 2.0
        # prefix sum on longs
        run = 0
        for i in range(LENGTH):
            run = run + ks[i]
            ks[i] = run % 1000
        ksum = ksum + run
    return "%.3f %d" % (dot, ksum)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("array_numeric", n, bench(n))


if __name__ == "__main__":
    main()
