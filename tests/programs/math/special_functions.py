import math

def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0, 0.5, 1, 2, 3, -0.5, -1.5, 5.5, 10]:
    # erfc: 12 digits, since C libraries differ in the last bit here (Ramjet's is correctly rounded)
    print(x, math.erf(x), f"{math.erfc(x):.12g}")
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erfc(30))
for x in [1, 2, 3, 5, 10, 0.5, 1.5, 2.5, 0.1, -0.5, -1.5, 20.5, 100]:
    print(x, math.gamma(x), math.lgamma(x))
check(math.gamma, 0)
check(math.gamma, -1)
check(math.gamma, -2.0)
check(math.gamma, 200)
check(math.gamma, -math.inf)
check(math.lgamma, 0)
check(math.lgamma, -3)
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(-250.5))
