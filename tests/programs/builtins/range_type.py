def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)))
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:3], r[::-1], 9 in r, 10 in r, r.index(9), r.count(9))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 5, 2) == range(1, 6, 2))
print(range(10**20)[10**19], len(range(0, 10**6, 7)), 10**19 in range(10**20))
print(list(reversed(range(4))), bool(range(0)), bool(range(1)))
print(r.start, r.stop, r.step, repr(range(1, 2, 1)))
print(3.0 in range(5), "a" in range(5))
check(range)
check(range, 1, 2, 3, 4)
check(range, 1.5)
check(range, 0, 10, 0)
check(r.index, 4)
check(r.__getitem__, 100)
check(r.__getitem__, "a")
check(len, range(2**64))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(hash(range(3)) == hash(range(0, 3, 1)))
