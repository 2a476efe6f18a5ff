def inner():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("inner got", repr(e))
            return "inner done"

def outer():
    r = yield from inner()
    yield r

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
