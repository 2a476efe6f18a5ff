f = lambda x, y=10, *a, k=1, **kw: (x + y + sum(a) + k, sorted(kw))
print(f(1), f(1, 2, 3, 4, k=5, z=6))
g = (lambda: (yield 1))
print(list(g()))
h = lambda n: "even" if n % 2 == 0 else "odd"
print([h(i) for i in range(4)])
