# Stresses: one operation: calling a closure (a function reading a variable of its enclosing function).
import sys

DEFAULT_SIZE = 4000000
CURVE_SIZE = 250000


def make_adder(k):
    def add(x):
        return x + k
    return add


def bench(n):
    add3 = make_adder(3)
    add5 = make_adder(5)
    x = 0
    for _ in range(n):
        x = add3(x)
        x = add5(x)
        x = add3(x)
        x = add5(x)
    return x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("micro_closure_call", n, bench(n))


if __name__ == "__main__":
    main()
