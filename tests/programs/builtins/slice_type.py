s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(list(range(20))[s], "abcdef"[slice(None, None, -1)], s.indices(5), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice()
except TypeError as e:
    print(e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
