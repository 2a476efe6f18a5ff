# Stresses: dynamic `a + b` on small ints: every `+` must find out at run time that both sides are ints.
import sys

DEFAULT_SIZE = 6000000
CURVE_SIZE = 400000


def bench(n):
    a = 1
    b = 2
    c = 3
    total = 0
    for i in range(n):
        a = b + c
        b = c + i
        c = a + 7
        total = total + a + b + c
        if c > 1000000:
            a = a - c
            c = i + 1
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("add_int", n, bench(n))


if __name__ == "__main__":
    main()
