# product (repeat=), permutations, combinations, combinations_with_replacement, tee, zip_longest
import itertools as it
print(list(it.product('ab', [1, 2])), list(it.product('ab', repeat=2)))
print(list(it.product()), list(it.product('ab', [])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations('abc')))
print(list(it.permutations(range(4), 2)))
print(list(it.permutations('ab', 3)), list(it.permutations('ab', 0)))
print(list(it.combinations('abcd', 2)), list(it.combinations('abc', 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))
for f in [it.permutations, it.combinations, it.combinations_with_replacement]:
    try:
        f('abc', -1)
    except ValueError as e:
        print('ValueError', e)
try:
    it.product('a', repeat=-1)
except ValueError as e:
    print('ValueError', e)
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
x, y, z = it.tee('abc', 3)
print(list(x), list(y), next(z), it.tee('a', 0))
c, d = it.tee(a)
print(list(c), list(d))
try:
    it.tee('a', -1)
except ValueError as e:
    print('ValueError', e)
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest('ab', [1])))
