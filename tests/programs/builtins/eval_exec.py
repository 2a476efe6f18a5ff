def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(eval("1 + 2 * 3"))
print(eval("  x + 1", {"x": 41}))
print(eval("y", {}, {"y": "local"}))
x = 10
print(eval("x * 2"))

def f():
    z = 5
    return eval("z + x")

print(f())
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
exec("print('inside exec')")
g = {"v": 1}
l = {}
exec("w = v + 1", g, l)
print(l, "w" in g)
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code))
check(eval, "1 +")
check(exec, "def f(:")
check(eval, 1)
check(exec, 1)
check(eval, "x", [])
check(eval, "x", {}, 5)
check(exec, "x", [])
check(eval)
check(exec)
check(eval, "undefined_name")
print(exec("1"))
print(eval("__name__"))
exec("import sys as _s; print(_s.version_info[0])")
