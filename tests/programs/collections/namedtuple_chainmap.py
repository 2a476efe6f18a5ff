# namedtuple (fields, defaults, _make, _asdict, _replace, rename, errors) and ChainMap basics
from collections import namedtuple, ChainMap
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, Point._fields, Point.__name__, hash(p) == hash((1, 2)))
print(Point._make([3, 4]), p._asdict(), p._replace(x=10), p + (5,), p * 2)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3(5, 6, 7), P3._field_defaults, P3.__new__.__defaults__)
print(namedtuple('R', 'x def x _y', rename=True)._fields, namedtuple('S', 'a, b')._fields)
print(Point.__doc__, Point.x.__doc__, repr(namedtuple('E', '')()))
try:
    p.x = 5
except AttributeError:
    print('AttributeError on set')
for f in [lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', 'x def'), lambda: namedtuple('P', '_x'),
          lambda: namedtuple('1P', 'x'), lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]),
          lambda: p._replace(z=1), lambda: namedtuple('P', 'x y', defaults=[1, 2, 3]), lambda: Point(1, 2, x=3)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
match p:
    case Point(a, b):
        print('matched', a, b)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 'dflt'))
cm['c'] = 4
print(cm.maps[0], cm.new_child({'a': 0})['a'], cm.parents)
del cm['c']
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
