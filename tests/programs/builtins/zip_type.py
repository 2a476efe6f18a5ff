def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1])), list(zip([1, 2], [3, 4], [5, 6])))
print(list(zip([1, 2], [3, 4], strict=True)))
print(dict(zip("abc", range(3))))
check(list, zip([1, 2], [3], strict=True))
check(list, zip([1], [3, 4], strict=True))
check(list, zip([1], [2], [3, 4], strict=True))
check(list, zip([1, 2], [2], [3], strict=True))
check(list, zip([1, 2], [2, 3], [3], strict=True))
check(zip, 1)
check(zip, [1], 2)
check(zip, a=1)
z = zip("ab", "cd")
print(next(z), next(z))
check(next, z)
print(type(zip()).__name__)
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
