def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    pass

c = C()
check(setattr, c, "x", 1)
print(c.x)
check(getattr, c, "x")
check(delattr, c, "x")
check(getattr, c, "x")
check(delattr, c, "x")
check(setattr, c, 1, 2)
check(setattr, 1, "x", 2)
check(delattr, 1, "real")
check(setattr, c)
check(delattr, c)

class S:
    __slots__ = ("a",)

s = S()
check(setattr, s, "a", 5)
check(setattr, s, "b", 5)
print(s.a)
