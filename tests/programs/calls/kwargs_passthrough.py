def inner(a, b=2, **kw):
    return a, b, sorted(kw.items())
def outer(*args, **kwargs):
    return inner(*args, **kwargs)
print(outer(1))
print(outer(1, b=3, c=4))
print(outer(**{"a": 9, "z": 0}))
