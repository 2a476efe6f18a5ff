import math

def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.isnan(math.nan), math.isinf(math.inf))
print(type(math.pi).__name__, math.inf > 1e308, math.nan != math.nan)
print(math.__name__, type(math).__name__)
