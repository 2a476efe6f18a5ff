def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate("abc", start=10)))
print(list(enumerate([], 5)))
print(list(enumerate("ab", -3)))
print(list(enumerate("ab", 2**63 - 1)))
e = enumerate(["x", "y"])
print(next(e), next(e))
check(next, e)
print(type(e).__name__, iter(e) is e)
check(enumerate)
check(enumerate, 1)
check(enumerate, [], "a")
check(enumerate, [], 1, 2)
check(enumerate, x=[])

class MyEnum(enumerate):
    pass

print(list(MyEnum("ab")))
print(isinstance(MyEnum("ab"), enumerate))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
