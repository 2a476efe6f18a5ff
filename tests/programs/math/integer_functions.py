import math

def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print([math.factorial(n) for n in range(11)])
print(math.factorial(30), len(str(math.factorial(1000))))
check(math.factorial, -1)
check(math.factorial, 2.0)
check(math.factorial, 2.5)
check(math.factorial, 10**20)
check(math.factorial, "5")
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
check(math.comb, 5, -1)
check(math.comb, -5, 1)
check(math.comb, 5.0, 1)
check(math.perm, -1)
check(math.perm, 5, -2)
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(True))
check(math.isqrt, -1)
check(math.isqrt, 4.0)
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 30), math.gcd(2**100, 2**50 * 3))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5))
check(math.gcd, 1.5)
check(math.lcm, 1, "2")
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod(range(1, 11)), math.prod([1.5, 2]))
print(math.prod(["ab"], start=1) if False else math.prod([3], start="x"))
check(math.prod, 5)
check(math.prod, [1, "a"], start=1)
