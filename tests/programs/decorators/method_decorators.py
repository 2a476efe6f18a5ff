import functools

def logged(f):
    @functools.wraps(f)
    def wrapper(self, *a):
        print("->", f.__name__)
        return f(self, *a)
    return wrapper

class K:
    @logged
    def go(self, x):
        return x * 2

print(K().go(21), K.go.__name__)
