a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, 0))
print({*a, *b})
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2, "z": 0})
