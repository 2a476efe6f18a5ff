import math

def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3), math.frexp(1e-320), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(1, -1074), math.ldexp(-0.0, 10), math.ldexp(3, 0))
check(math.ldexp, 1, 2000)
check(math.ldexp, 1, 2.0)
check(math.ldexp, 1, 10**30)
print(math.isfinite(1), math.isfinite(math.inf), math.isfinite(math.nan), math.isinf(-math.inf), math.isnan(0))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.001), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1, 1.1, rel_tol=0.2), math.isclose(a=1, b=1))
check(math.isclose, 1, 2, rel_tol=-1)
check(math.isclose, 1, 2, abs_tol=-1)
check(math.isclose, 1)
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(1, 1))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf), math.ulp(2**52))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 3), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(0, 0))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(-1, math.inf))
check(math.pow, 0, -1)
check(math.pow, -1, 0.5)
check(math.pow, 10, 400)
check(math.pow, "2", 2)
