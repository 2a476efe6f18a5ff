import math

def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0, 1, 2, 4, 0.25, 1e-300, 1e300, 10**100]:
    print(x, math.sqrt(x))
for x in [0, 1, -1, 0.5, 10, 100, 709, -745]:
    print(x, math.exp(x))
for x in [1, 2, 10, 0.5, 1e-300, 1e300, math.e, 10**1000, 2**2000]:
    print(math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(1, 5), math.log(27, 3))
print(math.log1p(0), math.log1p(1e-20), math.expm1(0), math.expm1(1e-20), math.exp2(10), math.exp2(-1))
check(math.sqrt, -1)
check(math.sqrt, "4")
check(math.sqrt, 10**400)
check(math.log, 0)
check(math.log, -1)
check(math.log, 0.0)
check(math.log, -10**100)
check(math.log, 8, 1)
check(math.log, 8, 0)
check(math.log2, 0)
check(math.log10, -5)
check(math.log1p, -1)
check(math.exp, 1000)
check(math.exp, -1000)
check(math.exp, math.inf)
check(math.exp, -math.inf)
check(math.exp, math.nan)
check(math.sqrt, math.inf)
check(math.log, math.inf)
check(math.exp2, 1025)
