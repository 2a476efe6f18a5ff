# dropwhile, takewhile, filterfalse, groupby, islice (including CPython's errors)
import itertools as it
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, 2, 0, '', 'a'])), list(it.filterfalse(lambda x: x % 2, range(7))))
print([(k, list(g)) for k, g in it.groupby('aabbbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5], key=lambda x: x // 2)])
g = it.groupby('aabb')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print([k for k, _ in it.groupby([])], [k for k, _ in it.groupby('aaaabbbccda')])
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice('abcdefg', 1, 4)), list(it.islice('abc', None)))
print(list(it.islice('abcdefg', None, None, 3)), list(it.islice(range(10), 5, 3)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
for args in [(-1,), (1, -1), (-1, 3), ('a',), (0, 5, 0), (0, 5, -1), (0, 5, 'x'), (), (1, 2, 3, 4)]:
    try:
        it.islice('abc', *args)
        print('ok', args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(it.islice('abc', None, 2)), list(it.islice('abcdef', 1, None, 4)))
for args in [(2 ** 70,), (1, 5, 2 ** 65), (2 ** 65, 3), (None, 3, -2 ** 65)]:
    try:
        it.islice('abc', *args)
    except ValueError as e:
        print('ValueError', e)
try:
    it.islice('abc', stop=1)
except TypeError as e:
    print('TypeError', e)
sl = it.islice(iter([1, 2, 3]), 1, None)
print(iter(sl) is sl, next(sl), list(sl), list(sl), type(sl).__name__)
