def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10

print(list(reversed(Seq())), type(reversed(Seq())).__name__)

class R:
    def __reversed__(self):
        return iter("custom")

print(list(reversed(R())))

class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i

check(reversed, NotRev())
check(reversed, 1)
check(reversed, {1, 2})
check(reversed)
check(reversed, [], [])
check(reversed, seq=[])
r = reversed([1, 2])
print(next(r), next(r))
check(next, r)
