import math

def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Floatable:
    def __float__(self):
        return 4.0

class Indexable:
    def __index__(self):
        return 9

class BadFloat:
    def __float__(self):
        return "nope"

print(math.sqrt(Floatable()), math.sqrt(Indexable()), math.sqrt(True), math.sqrt(16))
check(math.sqrt, BadFloat())
check(math.sqrt, None)
check(math.sqrt, [4])
check(math.sqrt, 1j)
check(math.sqrt)
check(math.sqrt, 1, 2)
check(math.floor, None)
check(math.factorial, Indexable())
check(math.gcd, Indexable(), 6)
print(math.sqrt.__name__, type(math.sqrt).__name__)
