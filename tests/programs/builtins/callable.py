def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def f():
    pass

class C:
    def m(self):
        pass

class D:
    def __call__(self):
        return 1

for x in [f, C, C(), C().m, D(), len, 1, "s", print, lambda: 0, type, int]:
    print(callable(x))
check(callable)
check(callable, 1, 2)
