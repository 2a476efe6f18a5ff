# Counter: counting, most_common, elements, update/subtract, arithmetic, repr
from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['zz'], len(c))
print(c.most_common(2), c.most_common()[:3], c.most_common(0))
print(sorted(c.elements()), c.total())
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract('aaaa')
c.subtract(z=3)
print(c)
a = Counter(a=3, b=1, c=-1)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b)
print(+a, -a, Counter())
a += Counter(c=5)
print(a)
del a['nope']
del a['a']
print(a, Counter(a=1) == Counter(a=1, b=0), Counter({'x': 2}))
print(Counter(['x', 'y', 'x']).most_common(1)[0], list(Counter('cab')))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
