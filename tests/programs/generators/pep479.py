def g():
    yield 1
    raise StopIteration("oops")

try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
