import math

def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0, 0.5, 1, -1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2, 10]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in [0, 0.5, -0.5, 1, -1]:
    print(x, math.asin(x), math.acos(x), math.atan(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(1, 0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(), math.hypot(-3), math.hypot(1, 2, 2))
check(math.asin, 2)
check(math.acos, -1.5)
check(math.atanh, 1)
check(math.atanh, -1)
check(math.acosh, 0.5)
check(math.sin, math.inf)
check(math.cos, -math.inf)
check(math.tan, math.nan)
check(math.cosh, 1000)
check(math.sinh, 1000)
check(math.hypot, math.inf, math.nan)
check(math.hypot, math.nan, 1)
check(math.hypot, "a")
