def f(x, y):
    def g():
        return x * 10 + y
    x += 1
    return g

print(f(1, 2)())
print(f.__code__.co_cellvars)
