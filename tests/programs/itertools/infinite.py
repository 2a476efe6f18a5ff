# count, cycle, repeat: reprs, laziness, argument errors
import itertools as it
print(it.count(5), it.count(5, 2), it.count(0.5), it.count(0, 1.0), it.count(start=2, step=-1))
c = it.count(3)
print(next(c), next(c), c)
print(list(it.islice(it.count(1, 0.5), 4)))
print(it.repeat('a', 3), it.repeat('a'), it.repeat(1, -2))
r = it.repeat('x', 2)
print(list(r), r, r.__length_hint__())
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])))
for bad in ['a', None]:
    try:
        it.count(bad)
    except TypeError as e:
        print('TypeError', e)
seen = []
def gen():
    for i in range(3):
        seen.append(i)
        yield i
cy = it.cycle(gen())
print(next(cy), seen)
print([next(cy) for _ in range(5)], seen)
print(type(it.count()), type(it.repeat(1)).__name__)
print(it.count(0, True), it.count(2 ** 63 - 2), list(it.islice(it.count(2 ** 63 - 2), 4)), it.count(step=2))
big = it.count(2 ** 63 - 1)
next(big)
print(big, list(it.islice(it.count(1, -3), 3)), list(it.islice(it.count(1.5, 0.25), 3)))
for kw in [{'start': 1, 'bogus': 2}, {'start': 'x'}]:
    try:
        it.count(**kw)
    except TypeError as e:
        print('TypeError', e)
