d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
for i, ch in enumerate("xyz", 1):
    print(i, ch)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
print(list(reversed(range(4))))
