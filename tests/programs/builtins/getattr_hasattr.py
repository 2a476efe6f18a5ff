def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    a = 1
    @property
    def boom(self):
        raise ValueError("boom")
    @property
    def missing(self):
        raise AttributeError("inner")

c = C()
check(getattr, c, "a")
check(getattr, c, "b")
check(getattr, c, "b", "default")
check(getattr, c, "boom", "default")
check(getattr, c, "missing", "default")
check(hasattr, c, "a")
check(hasattr, c, "b")
check(hasattr, c, "boom")
check(hasattr, c, "missing")
check(getattr, c, 1)
check(hasattr, c, 1)
check(getattr, c)
check(getattr, c, "a", 1, 2)
check(getattr, 1, "real")
print(getattr("s", "upper")())
check(getattr, type, "__name__")
import sys
check(getattr, sys, "nonexistent_attr")
