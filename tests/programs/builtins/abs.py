def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(abs, -5)
check(abs, 5)
check(abs, -2.5)
check(abs, -0.0)
check(abs, 3 + 4j)
check(abs, True)
check(abs, -10**30)
check(abs, float("-inf"))
check(abs, "a")
check(abs, [])
check(abs)
check(abs, 1, 2)

class A:
    def __abs__(self):
        return "absolute"

check(abs, A())
