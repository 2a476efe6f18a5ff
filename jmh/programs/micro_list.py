# Stresses: one operation: list append and list indexing (bounds check, reference load, growth).
import sys

DEFAULT_SIZE = 3000000
CURVE_SIZE = 200000


def bench(n):
    items = []
    total = 0
    for i in range(n):
        items.append(i)
        items.append(i + 1)
        total = total + items[i] + items[-1] + items[i >> 1]
        items[i] = total & 1023
    return total + len(items) + items[n >> 1]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("micro_list", n, bench(n))


if __name__ == "__main__":
    main()
