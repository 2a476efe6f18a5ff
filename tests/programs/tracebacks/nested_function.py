def outer():
    def inner(x):
        return x.upper()
    return inner(5)

outer()
