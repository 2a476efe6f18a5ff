class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
f = c.inc
f(); f(5)
print(c.n, f.__self__ is c, f.__func__ is Counter.inc)
g = Counter.inc
print(g(c, 10))
