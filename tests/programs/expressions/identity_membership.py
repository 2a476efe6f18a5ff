a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(2 in a, 3 not in a, "x" in "xyz", "k" in {"k": 1})
print(None is None, 1 in (1, 2), [] in [[], 1])
