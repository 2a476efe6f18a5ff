def f():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            raise ValueError("middle")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e, "context", repr(e.__context__))
    finally:
        print("outer finally")

f()
