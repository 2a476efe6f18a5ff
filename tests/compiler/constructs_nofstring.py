"""Every construct of the grammar, for the compiler's structural checks (not run as a test program)."""
from __future__ import annotations
import sys, os.path
import a.b.c
import a.b.c as d
from . import sibling
from ..pkg.mod import (x as y, z)
from os import *

CONST = -1, 2 ** 8, ~5, not 0, 1.5 * 2, "ab" * 3, b"x" + b"y", 1j + 2, (1, (2, 3))
big = 10 ** 100
s = {1, 2, 3}
l = [1, 2, 3, *s]
t = (*l, 4)
dd = {'a': 1, **{'b': 2}, 'c': 3}
sl = l[1:2], l[::2], l[1:], l[:-1:3], l[...]
chained = 1 < 2 < 3 != 4
b1 = s and l or t
cond = 1 if s else 2
walrus = (n := 10) + n
lam = lambda a, /, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
names: list[int]
annotated: int = 5
obj.attr: int
obj[0]: int = 3
x = y = z = 0
x += 1; obj.attr -= 2; obj[1] *= 3; obj[1:2] @= 4
a, (b, c), *rest = range(10)
[p, q] = 1, 2
p, q = q, p
p, q, r = r, q, p
del p, q
if __debug__:
    pass
elif x:
    pass
else:
    pass
assert x, "message"

def positional(a, b, /, c, *, d=4, **kw) -> int:
    global CONST
    CONST = 1
    return a

def closures():
    v = 1
    def inner():
        nonlocal v
        v += 1
        def innermost():
            return v
        return innermost
    return inner

def generator(n):
    total = yield n
    yield from range(total)
    return (yield)

async def coroutine(a):
    await a
    async with a as b, a:
        pass
    async for i in a:
        if i:
            break
        continue
    else:
        pass
    r = [i async for i in a if await i]
    g = (i async for i in a)
    return r, g

async def agen():
    yield 1
    async with ctx():
        yield 2

@decorator
@decorator.attr(1)
class Klass(Base, metaclass=Meta, **opts):
    """Doc."""
    field: int = 0
    __private = 1

    def method(self, *args, **kwargs):
        super().method(*args, **kwargs)
        return __class__, self.__private

    @property
    def prop(self):
        return [self for _ in range(3) if _]

    class Inner:
        def m(self):
            return Klass

def loops(seq):
    for i in seq:
        for j in seq:
            if j:
                continue
            if i:
                break
        else:
            return i
    while seq:
        try:
            break
        finally:
            seq = None
    for x in [1, 2, 3]:
        with open(x) as f:
            if f:
                continue
            return f
    while True:
        try:
            continue
        except Exception:
            raise
        else:
            pass

def exceptions():
    try:
        pass
    except (TypeError, ValueError) as e:
        raise RuntimeError("x") from e
    except OSError:
        raise
    else:
        return 1
    finally:
        print("f")
    try:
        try:
            return 1
        finally:
            return 2
    except* ValueError as eg:
        pass
    except* TypeError:
        pass
    try:
        pass
    except* OSError:
        pass
    finally:
        pass

def matching(command):
    match command:
        case 1 | 2 | -3:
            pass
        case None:
            pass
        case "go", direction:
            pass
        case ["drop", *objects]:
            pass
        case [first, *_]:
            pass
        case [*_, last]:
            pass
        case {"key": value, **rest}:
            pass
        case {1: _, Color.RED: v2}:
            pass
        case Point(x=0, y=0):
            pass
        case Point(1, 2, z=[a, b]) as pt:
            pass
        case [Point(x=px) | Other(px)] if px > 0:
            pass
        case (a1, b1) | [b1, a1]:
            pass
        case {}:
            pass
        case _:
            pass
    match command:
        case x if x:
            pass
        case other:
            pass

def comprehensions(data):
    a = [x * y for x in data for y in x if y if not x]
    b = {x for x in data}
    c = {k: v for k, v in data}
    d = (x for x in data)
    e = [y for x in data for y in [x]]
    f = [[z for z in y] for y in data]
    g = [last := x for x in data]
    return a, b, c, d, e, f, g, last

def calls(f, *a, **k):
    f()
    f(1, 2)
    f(1, x=2)
    f(*a)
    f(1, *a, 2, *a)
    f(**k)
    f(x=1, **k, y=2)
    f(*a, **k)
    f.m(1, k=2)
    f.m(*a)
    f(i for i in a)
    return f(*[1, 2], **{'a': 1})

def many_args():
    return f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
             21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, a=1, b=2)

def big_literals():
    return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
            24, 25, 26, 27, 28, 29, 30, 31, 32, x], {1: x, 2: x, 3: x, 4: x, 5: x, 6: x, 7: x,
            8: x, 9: x, 10: x, 11: x, 12: x, 13: x, 14: x, 15: x, 16: x, 17: x}

def with_return():
    with a() as (b, c):
        return b
    with a():
        with b():
            return 1

def nested_finally():
    for i in range(3):
        try:
            try:
                continue
            finally:
                break
        finally:
            return i

def star_except():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print(e)

def delete_stuff(o):
    del o.attr, o[0], o[1:2]
    x = 1
    del x

def ann_in_function():
    local: int = 1
    other: str
    obj.attr: int = 2
    return local

def unpack_in_return():
    return 1, *[2], 3

def slices(a):
    a[1:2] = a[3:4]
    del a[::2]
    return a[1:2, 3]

class WithClassDeref:
    def f():
        y = 1
        class C:
            z = y
            def g(self):
                return y
        return C

def lambda_closure(x):
    return lambda: lambda: x

def yield_expressions():
    x = yield
    y = yield x
    return (yield y) if False else y
