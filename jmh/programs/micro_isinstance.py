# Stresses: one operation: isinstance() against a class, a base class and a tuple of classes.
import sys

DEFAULT_SIZE = 2500000
CURVE_SIZE = 300000


class Base:
    pass


class Derived(Base):
    pass


class Other:
    pass


def bench(n):
    values = [1, "s", 2.5, Derived(), Base(), Other(), (1,), None]
    count = 0
    for i in range(n):
        v = values[i & 7]
        if isinstance(v, int):
            count += 1
        if isinstance(v, Base):
            count += 2
        if isinstance(v, (str, float)):
            count += 4
        if isinstance(v, Derived):
            count += 8
    return count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("micro_isinstance", n, bench(n))


if __name__ == "__main__":
    main()
