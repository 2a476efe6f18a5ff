def f():
    try:
        raise KeyError("k")
    except KeyError:
        print("handling")
        raise

try:
    f()
except KeyError as e:
    print("outer", repr(e))

try:
    raise
except RuntimeError as e:
    print(e)
