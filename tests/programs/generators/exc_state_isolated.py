def g():
    try:
        raise KeyError("gen")
    except KeyError:
        yield 1
        yield 2

it = g()
next(it)
try:
    raise ValueError("outer")
except ValueError as e:
    next(it)
    print("outer handler still sees", repr(e))
try:
    raise TypeError("t")
except TypeError:
    try:
        raise IndexError("i")
    except IndexError as e2:
        print(repr(e2.__context__))
