# accumulate (func, initial), chain, chain.from_iterable, compress, starmap, pairwise
import itertools as it

print(list(it.accumulate([1, 2, 3, 4])))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate(['a', 'b', 'c'])))
print(list(it.chain('ab', [1], (), range(2))), list(it.chain()))
print(list(it.chain.from_iterable(['xy', 'z'])))
c = it.chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
print(list(it.compress('abcdef', [1, 0, 1, 0, 1])), list(it.compress('ab', [1, 1, 1, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: a, ['ab'])))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
try:
    it.accumulate(5)
except TypeError as e:
    print('TypeError', e)
try:
    list(it.starmap(len, [1]))
except TypeError as e:
    print('TypeError', e)
