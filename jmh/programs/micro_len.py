# Stresses: one operation: len() of a list, str, dict and tuple (a builtin call and a type dispatch).
import sys

DEFAULT_SIZE = 3000000
CURVE_SIZE = 500000


def bench(n):
    items = [1, 2, 3, 4, 5]
    text = "hello, world"
    table = {"a": 1, "b": 2}
    pair = (1, 2)
    total = 0
    for i in range(n):
        total = total + len(items) + len(text) + len(table) + len(pair)
        if i & 1023 == 0:
            items.append(i)
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("micro_len", n, bench(n))


if __name__ == "__main__":
    main()
