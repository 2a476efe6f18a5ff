def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([1, 2], start=10))
print(sum([0.1] * 10), sum([1, 0.5]), sum([0.5, 1]), sum([True, True, 2]))
print(sum([2**62, 2**62, 2**62]), sum([-(2**63), -1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([1, 2.5, 3]), sum([1e100, 1.0, -1e100]))
print(sum(x * x for x in range(10)))
check(sum)
check(sum, [1], 2, 3)
check(sum, "ab")
check(sum, ["a"], "")
check(sum, [1], start="a")
check(sum, [b"a"], b"")
check(sum, [1, "a"])
check(sum, 1)
check(sum, [1], start=1, x=2)

class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + other)
    def __radd__(self, other):
        return Acc(other + self.v)

print(sum([Acc(1), 2, 3]).v, sum([1, 2], Acc(10)).v)
