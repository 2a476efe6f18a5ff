def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

g = globals()
print(type(g).__name__, g["__name__"], "check" in g)
g["created"] = 42
print(created)

def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())

print(f(1))

def outer():
    x = 1
    def inner():
        return x
    return sorted(locals())

print(outer())

class K:
    y = 1
    print(sorted(k for k in locals() if not k.startswith("__")))

class V:
    def __init__(self):
        self.p = 1
        self.q = 2

print(vars(V()))
print(vars(K)["y"])
check(vars, 1)
check(vars, 1, 2)
print(vars() is globals())
