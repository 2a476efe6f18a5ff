def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16 + 1, 123.456]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(7, 2))
print(round(2.5, None), type(round(2.5)), type(round(2.5, 0)), type(round(3, 1)))
check(round, "a")
check(round, 1.5, "x")
check(round, float("inf"))
check(round, float("nan"))
check(round, float("inf"), 2)
check(round)
check(round, 1, 2, 3)

class Rnd:
    def __round__(self, n=None):
        return ("rounded", n)

print(round(Rnd()), round(Rnd(), 3))
