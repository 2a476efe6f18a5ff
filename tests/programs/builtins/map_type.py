def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(abs, [-1, -2])
print(next(m), next(m))
check(next, m)
check(map)
check(map, len)
check(map, len, 1)
check(list, map(None, [1]))
check(list, map(int, ["1", "x"]))
print(type(map(len, [])).__name__)
print(list(map(len, ["", "ab", [1, 2, 3]])))
