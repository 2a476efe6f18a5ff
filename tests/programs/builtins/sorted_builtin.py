def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 2, 1)), sorted({3: "a", 1: "b"}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0], reverse=True))
print(sorted([]), sorted(range(5), key=lambda x: -x))
check(sorted, [1, "a"])
check(sorted, 1)
check(sorted)
check(sorted, [], 1)
check(sorted, [], key=1, reverse=2, x=3)
check(sorted, [], cmp=None)
check(sorted, [2, 1], key=lambda x: 1 / 0)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.upper), sorted(set(words)))
