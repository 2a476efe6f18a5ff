print({3, 1, 2}, set(), set([1, 2, 2, 3]), frozenset(), frozenset({5, 4}))
a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a, a >= {1, 2}, a.isdisjoint(b))
print(a.union([9]), a.intersection(range(2, 5)), a.difference([1]), a.symmetric_difference([1, 9]))
s = set()
s.add(10)
s.add(5)
s.update([7, 7, 8])
print(s, len(s), 5 in s, 6 in s)
s.discard(5)
s.remove(7)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(sorted(s), s.pop() in {8, 10})
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {[]}
except TypeError as e:
    print(e)
print(frozenset([1, 2]) == {1, 2}, {frozenset([1])}, set("aaa"))
print({x * x for x in range(6)})
print({10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1000, 33})
print(set(range(20)) - set(range(5, 15)))
