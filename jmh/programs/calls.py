# Stresses: call-heavy recursion: a frame per call, argument passing, small-int arithmetic on results.
import sys

DEFAULT_SIZE = 33
CURVE_SIZE = 28


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def count_down(n, acc):
    # a chain of calls that are not tail-call friendly in CPython: depth n
    if n == 0:
        return acc
    return count_down(n - 1, acc + n) + 1


def bench(n):
    # fib's call count grows by 1.6x per step of n, so the other two grow likewise
    total = fib(n)
    total += tak(n * 3 // 4, n // 2, n // 4)
    for _ in range(1 << (n - 20)):
        total += count_down(200, 0)
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("calls", n, bench(n))


if __name__ == "__main__":
    main()
