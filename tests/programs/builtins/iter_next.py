def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

it = iter([1, 2, 3])
print(next(it), next(it), next(it))
check(next, it)
print(next(it, "default"))
check(iter, 1)
check(next, [1])
check(iter)
check(iter, 1, 2, 3)
print(list(iter("abc")))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(iter(Seq())))
print(type(iter(Seq())).__name__)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 4)))
print(type(iter(tick, 4)).__name__)
check(iter, 1, 2)

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

print(list(It()))

class BadIter:
    def __iter__(self):
        return 5

check(iter, BadIter())
