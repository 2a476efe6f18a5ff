# Stresses: one operation: resuming a generator (next() and for-loops over generators).
import sys

DEFAULT_SIZE = 8000000
CURVE_SIZE = 500000


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def bench(n):
    total = 0
    g = numbers(n)
    for _ in range(n // 2):
        total = total + next(g)
    for v in g:
        total = total - v
    for v in numbers(n):
        total = total + v
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("micro_generator", n, bench(n))


if __name__ == "__main__":
    main()
