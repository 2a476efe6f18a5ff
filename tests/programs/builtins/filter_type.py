def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 1, 2])))
print(list(filter(str.isdigit, "a1b2c3")))
f = filter(None, [1, 0, 2])
print(next(f), next(f))
check(next, f)
check(filter)
check(filter, None)
check(filter, None, 1)
print(type(filter(None, [])).__name__)
check(list, filter(lambda x: 1 / x, [1, 0]))
