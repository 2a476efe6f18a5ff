import sys
print(sys.exc_info())
try:
    raise KeyError(1)
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info())
