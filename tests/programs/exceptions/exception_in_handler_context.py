def f():
    try:
        raise KeyError("first")
    except KeyError:
        helper()

def helper():
    raise ValueError("second")

try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__context__))
