# Stresses: one operation: raising and catching an exception, in the same frame and one call deeper.
import sys

DEFAULT_SIZE = 1500000
CURVE_SIZE = 100000


def check(i):
    if i & 1:
        raise ValueError(i)
    return i


def bench(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            caught += 1
        try:
            total += check(i)
        except ValueError as e:
            total -= e.args[0]
    return caught * 7 + total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("micro_exception", n, bench(n))


if __name__ == "__main__":
    main()
