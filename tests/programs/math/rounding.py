import math

def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [2.5, -2.5, 2.0, -0.1, 1e20, -1e20, 0.0]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(7), math.ceil(-3), math.trunc(True), math.floor(10**30), math.ceil(2**70 + 0.0))
check(math.floor, math.inf)
check(math.ceil, -math.inf)
check(math.floor, math.nan)
check(math.trunc, math.nan)
check(math.floor, "1")
check(math.trunc, "1")

class F:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"

class P:
    def __float__(self):
        return 2.5

print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.floor(P()), math.ceil(P()))
check(math.trunc, P())
print(math.modf(3.5), math.modf(-3.5), math.modf(0.0), math.modf(math.inf), math.modf(-math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(1, math.inf))
check(math.fmod, 1, 0)
check(math.fmod, math.inf, 1)
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7, 2), math.remainder(1, math.inf))
check(math.remainder, 1, 0)
check(math.remainder, math.inf, 1)
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(5, -math.inf), math.fabs(-3), math.fabs(-0.0))
