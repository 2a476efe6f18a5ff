import sys
print(sys.exc_info())
print(sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__)
    print(repr(sys.exception()))
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

def gen():
    try:
        raise RuntimeError("in gen")
    except RuntimeError:
        yield sys.exc_info()[0].__name__

print(next(gen()), sys.exc_info())
