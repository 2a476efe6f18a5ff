# functools: reduce, partial, wraps, lru_cache/cache, cmp_to_key, total_ordering, cached_property
import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, 'abc'))
for args in [(lambda a, b: a, []), (lambda a, b: a, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
p2 = partial(power, 2)
print(square(5), p2(10), p2(10, mod=1000), partial(p2, 3).args, partial(p2, 3).func is power)
print(repr(partial(len, 'abc')).startswith('functools.partial(<built-in function len>'), partial(len, 'abc')())
print(repr(partial(power, 1, mod=3)).split(' at ')[0], square.keywords)
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def documented(x):
    """Adds one."""
    return x + 1
print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
print([slow(i) for i in [1, 2, 1, 3, 2, 1]], calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.__name__)
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def ident(x, y=0):
    return (x, y)
print(ident(1), ident(1), ident(1, y=2), ident.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
class Obj:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x * 10
print(Obj().m(4), Obj.m.cache_info().misses)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V.__gt__.__name__)
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print('ValueError', e)
class Lazy:
    @functools.cached_property
    def value(self):
        print('computing')
        return 42
lz = Lazy()
print(lz.value, lz.value)
