# Stresses: dynamic `a + b` on floats: boxed doubles, one new float object per `+` in CPython.
import sys

DEFAULT_SIZE = 6000000
CURVE_SIZE = 400000


def bench(n):
    # halves and quarters keep every sum exact, so all implementations print the same digits
    x = 0.5
    y = 0.25
    z = 1.0
    total = 0.0
    for i in range(n):
        x = y + z
        y = z + 0.5
        z = x + 0.25
        total = total + x + y + z
        if z > 1000.0:
            x = 0.5
            y = 0.25
            z = 1.0
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("add_float", n, "%.3f" % bench(n))


if __name__ == "__main__":
    main()
