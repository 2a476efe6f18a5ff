def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(divmod, 7, 2)
check(divmod, -7, 2)
check(divmod, 7, -2)
check(divmod, 7.5, 2)
check(divmod, -7.5, 2)
check(divmod, 10**20, 7)
check(divmod, 1, 0)
check(divmod, 1.0, 0)
check(divmod, "a", 1)
check(divmod, 1)
check(divmod, True, 2)

class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)

check(divmod, D(), 3)
check(divmod, 3, D())
