def f():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("wins")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
