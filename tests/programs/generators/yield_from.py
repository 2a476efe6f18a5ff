def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(outer()))
