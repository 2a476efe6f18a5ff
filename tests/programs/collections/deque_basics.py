# deque: appends and pops at both ends, maxlen, rotate, indexing, repr, equality, errors
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d, d.count(1), d.index(2), d.index('a', 2, 7))
d.insert(1, 'ins')
d.remove(9)
print(d)
d.reverse()
print(d)
d[0] = 'first'
del d[1]
print(d, 'first' in d, 'zzz' in d, bool(deque()), list(reversed(deque([1, 2, 3]))))
b = deque(range(5), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(9)
print(b)
b.appendleft(7)
print(b)
b.extend([10, 11])
print(b, deque(maxlen=0), deque('ab', 0))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]), deque([1, 2]) != deque([2, 1]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0], maxlen=1))
e = deque([1, 2])
e += [3, 4]
print(e, e.copy(), e.copy() is e)
e.extend(e)
print(e)
e.clear()
print(e, repr(deque([deque([1])])))
r = deque([1])
r.append(r)
print(r)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])['a'],
          lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque([1], 1).insert(0, 2),
          lambda: deque([1]).index(5), lambda: deque([1]).remove(5), lambda: deque() + [1],
          lambda: deque([], 1, 2), lambda: deque([1]).rotate('a'), lambda: deque([3]) * 'a']:
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__, exc)
m = deque([1, 2, 3])
it = iter(m)
print(next(it))
m.append(4)
try:
    next(it)
except RuntimeError as exc:
    print('RuntimeError', exc)
class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=5)
md.tag = 'x'
print(md, md.tag, isinstance(md, deque), type(md.copy()).__name__)
big = deque()
for i in range(100000):
    big.append(i)
    if len(big) > 10:
        big.popleft()
print(big, sum(big))
