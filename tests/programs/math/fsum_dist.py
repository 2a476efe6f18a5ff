import math

def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([0.1, 0.2, 0.3]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, 1]), math.fsum([math.nan, 1]))
check(math.fsum, [math.inf, -math.inf])
check(math.fsum, [1e308, 1e308])
check(math.fsum, ["a"])
check(math.fsum, 5)
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1,), (5,)), math.dist((), ()))
check(math.dist, (1, 2), (1,))
check(math.dist, 1, 2)
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(3e-320, 4e-320))
print(math.hypot(*range(10)), math.dist(range(5), range(5, 10)))
