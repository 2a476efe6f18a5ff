try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
