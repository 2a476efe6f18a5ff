# Stresses: one operation: dict get and set with str keys (hashing, probing, key comparison).
import sys

DEFAULT_SIZE = 3000000
CURVE_SIZE = 200000

KEYS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def bench(n):
    counts = {}
    for k in KEYS:
        counts[k] = 0
    keys = KEYS
    for i in range(n):
        k = keys[i & 15]
        counts[k] = counts[k] + 1
        counts["alpha"] = counts["beta"] + 1
        counts["gamma"] = counts.get("missing", 0) + counts.get(k, 0)
    return sum(counts[k] * (j + 1) for j, k in enumerate(KEYS))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("micro_dict_str", n, bench(n))


if __name__ == "__main__":
    main()
