def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(hash(1), hash(1.0), hash(True), hash(0), hash(-1), hash(-2))
print(hash(1.5), hash(-0.5), hash(2**61), hash(2**61 - 1), hash(-(2**61)))
print(hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(1 + 0j), hash(complex(0, 1)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
check(hash, [])
check(hash, {})
check(hash, {1})
check(hash, ([],))

class H:
    def __hash__(self):
        return 12345

class E:
    def __eq__(self, other):
        return True

class BadHash:
    def __hash__(self):
        return "no"

print(hash(H()))
check(hash, E())
check(hash, BadHash())
check(hash)
