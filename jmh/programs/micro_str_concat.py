# Stresses: one operation: concatenating short strings (a new string object per `+`).
import sys

DEFAULT_SIZE = 3000000
CURVE_SIZE = 200000

WORDS = ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg", "hhhhhhhh"]


def bench(n):
    words = WORDS
    head = "key:"
    length = 0
    for i in range(n):
        s = head + words[i & 7]
        s = s + "/"
        s = s + words[(i >> 3) & 7]
        length = length + len(s)
    return length


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("micro_str_concat", n, bench(n))


if __name__ == "__main__":
    main()
