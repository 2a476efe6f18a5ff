# defaultdict (default_factory, __missing__, repr) and OrderedDict (move_to_end, popitem, equality)
from collections import defaultdict, OrderedDict
d = defaultdict(list)
d['a'].append(1)
d['b']
print(d, d.default_factory, len(d), 'c' in d)
c = defaultdict(int, {'x': 1}, y=2)
c['z'] += 5
print(c, dict(c), isinstance(c, dict))
n = defaultdict()
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
print(d.__missing__('q'), d)
cp = d.copy()
print(type(cp).__name__, cp.default_factory, cp == d, cp is d)
def dflt():
    return 'dflt'
d.default_factory = dflt
print(d['new'], d.get('absent'), dict(d), d.default_factory.__name__)
od = OrderedDict()
print(od)
od['a'] = 1
od['b'] = 2
od['c'] = 3
od.move_to_end('a')
print(od, list(od))
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
x = OrderedDict([(1, 'a'), (2, 'b')])
y = OrderedDict([(2, 'b'), (1, 'a')])
print(x == y, dict(x) == dict(y), x == dict(y), x != y)
print(OrderedDict.fromkeys('ab', 0), list(reversed(x)), x.copy())
