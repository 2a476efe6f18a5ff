"""Functional tools for creating and using iterators.

Ramjet's itertools: each iterator is a small class whose __next__ does the work lazily,
consuming its input exactly as far as CPython's does (so side effects and errors happen at
the same moments). Combinatoric iterators take their pools eagerly, as CPython does.
count and islice, which sit in hot loops and generator pipelines, are Java (_itertools).
"""

from _itertools import count, islice

_MISSING = object()


class _Iterator:
    # Shared by the generator-backed iterators below: __next__ resumes self._gen.

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class cycle(_Iterator):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for x in it:
            saved.append(x)
            yield x
        if not saved:
            return
        while True:
            for x in saved:
                yield x


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=_MISSING):
        self._obj = object
        if times is _MISSING:
            self._left = None
        else:
            n = times.__index__() if hasattr(times, "__index__") else None
            if n is None:
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._left = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._left)


class accumulate(_Iterator):
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is not None:
            yield total
        else:
            for total in it:
                yield total
                break
            else:
                return
        if func is None:
            for x in it:
                total = total + x
                yield total
        else:
            for x in it:
                total = func(total, x)
                yield total


class chain(_Iterator):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from iter(source)

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


class compress(_Iterator):
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d in data:
            for s in selectors:
                break
            else:
                return
            if s:
                yield d


class dropwhile(_Iterator):
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Iterator):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_Iterator):
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._current = None

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._current = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            else:
                t, c = self._tgtkey, self._currkey
                if not (t is c or t == c):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        t, c = self._tgtkey, parent._currkey
        if not (t is c or t == c):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value




class pairwise(_Iterator):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield (a, b)
            a = b


class starmap(_Iterator):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)  # CPython's error for a non-iterable item
            yield function(*args)


class _tee_link:
    """One cell of the buffer the iterators of one tee() share; next is None until filled."""

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if isinstance(it, _tee) else _tee(it, _tee_link())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class zip_longest(_Iterator):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument."""

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(its, fill):
        active = len(its)
        if not active:
            return
        while True:
            values = []
            for i in range(len(its)):
                it = its[i]
                if it is None:
                    values.append(fill)
                    continue
                for v in it:
                    break
                else:
                    active -= 1
                    if not active:
                        return
                    its[i] = None
                    v = fill
                values.append(v)
            yield tuple(values)


def _r_arg(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class product(_Iterator):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(x) for x in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for p in pools:
            if not p:
                return
        k = len(pools)
        idx = [0] * k
        yield tuple([p[0] for p in pools])
        while True:
            i = k - 1
            while i >= 0 and idx[i] == len(pools[i]) - 1:
                idx[i] = 0
                i -= 1
            if i < 0:
                return
            idx[i] += 1
            yield tuple([pools[j][idx[j]] for j in range(k)])


class permutations(_Iterator):
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _r_arg(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        # idx is the current permutation of all n indices; the first r are emitted. After
        # each one, advance to the next arrangement of the first r positions in index order.
        idx = list(range(n))
        yield tuple([pool[i] for i in idx[:r]])
        while True:
            # Find the rightmost position among the first r that can take a larger unused index.
            used = idx[:r]
            i = r - 1
            found = False
            while i >= 0:
                current = used[i]
                free = set(range(n)) - set(used[:i])
                bigger = [v for v in free if v > current]
                if bigger:
                    used[i] = min(bigger)
                    rest = sorted(free - {used[i]})
                    used[i + 1:] = rest[:r - i - 1]
                    found = True
                    break
                i -= 1
            if not found:
                return
            idx = used
            yield tuple([pool[j] for j in used])


class combinations(_Iterator):
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _r_arg(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        idx = list(range(r))
        yield tuple([pool[i] for i in idx])
        while True:
            i = r - 1
            while i >= 0 and idx[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
            yield tuple([pool[i] for i in idx])


class combinations_with_replacement(_Iterator):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _r_arg(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if n == 0 and r > 0:
            return
        idx = [0] * r
        yield tuple([pool[i] for i in idx])
        while True:
            i = r - 1
            while i >= 0 and idx[i] == n - 1:
                i -= 1
            if i < 0:
                return
            v = idx[i] + 1
            for j in range(i, r):
                idx[j] = v
            yield tuple([pool[i] for i in idx])


