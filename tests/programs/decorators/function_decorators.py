def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper

def times(n):
    def deco(f):
        def wrapper(x):
            return f(x) * n
        return wrapper
    return deco

@trace
@times(3)
def inc(x):
    return x + 1

print(inc(4))
