pairs = [(1, "a"), (2, "b")]
for n, ch in pairs:
    print(n, ch)
for i, (n, ch) in enumerate(pairs):
    print(i, n, ch)
for a, *rest in [(1, 2, 3), (4, 5)]:
    print(a, rest)
