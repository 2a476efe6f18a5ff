def inner():
    try:
        yield 1
    except ValueError:
        yield "inner handled"
    return 5

def outer():
    r = yield from inner()
    yield ("result", r)

g = outer()
print(next(g))
print(g.throw(ValueError))
print(next(g))
